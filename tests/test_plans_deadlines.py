"""完成时限: every form written in the five example sites resolves as expected; bad texts are located errors."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.errors import BuildFailed
from gongkai.plans.deadlines import DeadlineKind, parse_deadline, resolve
from gongkai.plans.facts import KEY as PLANS

from .conftest import ROOT, SAMPLE
from .test_examples import SITES

D = dt.date

# (text as written, plan year) → (kind, milestones). Every text below occurs in a seed-derived plan
# (the site is named), or is a usual variant of one.
SEED_FORMS = [
    ("全年", 2022, DeadlineKind.YEAR, (D(2022, 12, 31),)),  # 槐荫
    ("2022年年底前", 2022, DeadlineKind.DUE, (D(2022, 12, 31),)),  # 槐荫
    ("2022年9月底前", 2022, DeadlineKind.DUE, (D(2022, 9, 30),)),  # 槐荫
    ("2022年6月底前", 2022, DeadlineKind.DUE, (D(2022, 6, 30),)),  # 槐荫
    ("2022年6月底前", 2020, DeadlineKind.DUE, (D(2022, 6, 30),)),  # 高新区 (a 2020 plan)
    ("2022年年底前完成，长期坚持", 2022, DeadlineKind.DUE_THEN_ONGOING, (D(2022, 12, 31),)),  # 槐荫
    ("2022年9月底前完成，长期坚持", 2022, DeadlineKind.DUE_THEN_ONGOING, (D(2022, 9, 30),)),  # 槐荫
    ("本文件印发后30日内", 2022, DeadlineKind.AFTER_ISSUE, ()),  # 槐荫 (no 印发 date)
    ("2020年9月22日前", 2020, DeadlineKind.DUE, (D(2020, 9, 22),)),  # 高新区 (text)
    ("2020年9月22日前；9月25日前", 2020, DeadlineKind.DUE, (D(2020, 9, 22), D(2020, 9, 25))),  # 高新区: two dates
    ("2020年11月15日前", 2020, DeadlineKind.DUE, (D(2020, 11, 15),)),  # 高新区
    ("2020年12底前", 2020, DeadlineKind.DUE, (D(2020, 12, 31),)),  # 高新区: 「月」 missing
    ("到2023年", 2020, DeadlineKind.DUE, (D(2023, 12, 31),)),  # 高新区
    ("7月底前", 2020, DeadlineKind.DUE, (D(2020, 7, 31),)),  # 周村: the plan's year
    ("2020年底前", 2020, DeadlineKind.DUE, (D(2020, 12, 31),)),  # 周村
    ("2020年年底", 2020, DeadlineKind.DUE, (D(2020, 12, 31),)),  # 周村
    ("2020年年底前", 2020, DeadlineKind.DUE, (D(2020, 12, 31),)),  # 周村 default
    ("2021年年底前", 2021, DeadlineKind.DUE, (D(2021, 12, 31),)),  # 兖州, 聊城 default
    ("2021年年底", 2021, DeadlineKind.DUE, (D(2021, 12, 31),)),  # 聊城
    ("2021年11月30日前", 2021, DeadlineKind.DUE, (D(2021, 11, 30),)),  # 兖州 default
    ("长期坚持", 2024, DeadlineKind.ONGOING, ()),  # sample site
    ("2024年9月底前", 2024, DeadlineKind.DUE, (D(2024, 9, 30),)),  # sample site
    ("2023年6月底前", 2023, DeadlineKind.DUE, (D(2023, 6, 30),)),  # sample site
    ("2023年9月22日前；9月25日前", 2023, DeadlineKind.DUE, (D(2023, 9, 22), D(2023, 9, 25))),
    ("2024年年底前", 2024, DeadlineKind.DUE, (D(2024, 12, 31),)),
    ("全年", 2023, DeadlineKind.YEAR, (D(2023, 12, 31),)),
    ("长期坚持", 2023, DeadlineKind.ONGOING, ()),
    ("本文件印发后30日内", 2023, DeadlineKind.AFTER_ISSUE, ()),
    ("本文件印发后30日内", 2024, DeadlineKind.AFTER_ISSUE, ()),
    # usual variants
    ("全年  ", 2022, DeadlineKind.YEAR, (D(2022, 12, 31),)),
    ("２０２２年９月底前", 2022, DeadlineKind.DUE, (D(2022, 9, 30),)),
    ("九月底前", 2022, DeadlineKind.DUE, (D(2022, 9, 30),)),
    ("2022年上半年", 2022, DeadlineKind.DUE, (D(2022, 6, 30),)),
    ("下半年", 2022, DeadlineKind.DUE, (D(2022, 12, 31),)),
    ("第三季度", 2022, DeadlineKind.DUE, (D(2022, 9, 30),)),
    ("2022年9月中旬", 2022, DeadlineKind.DUE, (D(2022, 9, 20),)),
    ("2022-09-30", 2022, DeadlineKind.DUE, (D(2022, 9, 30),)),
    ("年内", 2022, DeadlineKind.YEAR, (D(2022, 12, 31),)),
    ("持续推进", 2022, DeadlineKind.ONGOING, ()),
    ("确保2022年年底前完成", 2022, DeadlineKind.DUE, (D(2022, 12, 31),)),
]


@pytest.mark.parametrize(("text", "year", "kind", "dates"), SEED_FORMS)
def test_deadline_forms_resolve(text: str, year: int, kind: DeadlineKind, dates: tuple[dt.date, ...]) -> None:
    parsed = parse_deadline(text, year)
    assert parsed is not None
    assert (parsed.kind, parsed.dates) == (kind, dates)


@pytest.mark.parametrize(
    "text", ["尽快", "适时", "2022年13月底前", "2022年2月30日前", "9月22日前；另行通知", "本文件印发后一个月内", "2023"]
)
def test_unresolvable_texts(text: str) -> None:
    assert parse_deadline(text, 2022) is None


def test_every_deadline_in_the_example_sites_is_covered() -> None:
    """Each seed row's 完成时限 text is in the table above and resolves to what the table says."""
    table = {(" ".join(t.split()), y): (k, d) for t, y, k, d in SEED_FORMS}
    seen = 0
    for site in [*SITES, "tests/sample_site"]:
        linked, _ = check_site(ROOT / site)
        for slug, refs in linked.of(PLANS).tasks.items():
            year = linked.of(PLANS).by_slug[slug].model.year
            for ref in refs:
                text = ref.deadline.text
                if not text:
                    continue
                kind, dates = table[(text, year)]
                assert ref.deadline.kind is kind, (site, text)
                if kind is not DeadlineKind.AFTER_ISSUE:  # those depend on the notice, tested below
                    assert ref.deadline.milestones == dates, (site, text)
                seen += 1
    assert seen > 200


def test_after_issue_counts_from_the_notice_and_says_so_without_one() -> None:
    issued = resolve("本文件印发后30日内", 2024, (D(2024, 3, 2), "印发日期"))
    # 民法典 第二百零一条: the day of issue is not counted.
    assert issued.due == D(2024, 4, 1) and "自印发日期2024年3月2日起30日内" in issued.explanation
    unknown = resolve("本文件印发后30日内", 2022, None)
    assert unknown.due is None and not unknown.resolved and "未载明印发日期" in unknown.explanation


def test_default_deadline_is_inherited_and_free_text_is_kept() -> None:
    inherited = resolve(None, 2021, None, default="2021年11月30日前")
    assert inherited.inherited and inherited.due == D(2021, 11, 30) and "默认时限" in inherited.explanation
    free = resolve("按上级部署适时开展", 2021, None, free_text=True)
    assert free.kind is DeadlineKind.FREE and free.due is None
    assert resolve(None, 2021, None).kind is DeadlineKind.NONE


def test_huaiyin_relative_deadline_has_no_date_and_sample_site_has_one() -> None:
    huaiyin, _ = check_site(ROOT / "examples/huaiyin")
    row65 = next(r for r in huaiyin.of(PLANS).tasks["2022-zwgk-gzyd"] if r.task.no == "65")
    assert row65.deadline.kind is DeadlineKind.AFTER_ISSUE and row65.deadline.due is None
    sample, _ = check_site(SAMPLE)
    task2 = sample.of(PLANS).tasks["2024-gzyd"][1]
    assert task2.deadline.due == D(2024, 4, 1)  # printed 2024-03-02 in 2024-tz


BAD_PLAN = """title: t
year: 2024
publisher: zfb
default_deadline: {default}
tasks:
  - requirement: r
    units: [zfb]
    deadline: {text}
{extra}"""


@pytest.mark.parametrize(
    ("default", "text", "extra", "found"),
    [
        ("2024年年底前", "尽快", "", [("tasks[0].deadline", 8, "完成时限 “尽快” 无法换算")]),
        ("2024年年底前", "尽快", "    deadline_free_text: true\n", []),
        ("年底左右", "全年", "", [("default_deadline", 4, "默认完成时限 “年底左右” 无法换算")]),
        ("2024年年底前", "全年", "    deadline_free_text: false\n", []),
    ],
)
def test_unresolvable_deadline_is_a_located_error(
    make_project: Callable[[dict[str, str]], Path],
    default: str,
    text: str,
    extra: str,
    found: list[tuple[str, int, str]],
) -> None:
    root = make_project({"content/plans/2024-gzyd.yaml": BAD_PLAN.format(default=default, text=text, extra=extra)})
    if not found:
        check_site(root)
        return
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    got = [(e.field, e.line, e.zh) for e in failed.value.errors]
    for field, line, zh in found:
        assert any(f == field and n == line and zh in z for f, n, z in got), got
