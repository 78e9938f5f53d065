"""有效性 derived in link from dates and 废止/失效/修改 decisions; 统一登记号 in the site's form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.errors import BuildFailed

Project = Callable[[dict[str, str]], Path]


def doc(title: str, written: str, *extra: str, doc_type: str = "行政规范性文件", number: str = "") -> str:
    """A minimal 公文 file; ``extra`` lines are added as written."""
    lines = [
        f"title: {title}",
        *([f"number: {number}"] if number else []),
        "publisher: zfb",
        f"written: {written}",
        f"published: {written}",
        'category: "20-1"',
        f"doc_type: {doc_type}",
        "topic: 综合政务\\政务公开",
        f"summary: {title}的内容概述。",
        *extra,
        "body: |",
        "  正文。",
    ]
    return "\n".join(lines) + "\n"


def docs(files: dict[str, str]) -> dict[str, str]:
    return {f"content/documents/{slug}.yaml": text for slug, text in files.items()}


def states(root: Path, today: dt.date | None = None) -> dict[str, tuple[str, dt.date | None, str]]:
    linked, _ = check_site(root, today=today)
    return {s: (life.state, life.since, life.since_label) for s, life in linked.of(DOCUMENTS).lifecycles.items()}


def failure(root: Path) -> list[str]:
    with pytest.raises(BuildFailed) as failed:
        check_site(root, strict=True)
    return [f"{e.path}:{e.line}: {e.field}: {e.zh}" for e in failed.value.errors]


def test_states_follow_dates_and_decisions(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "a-old": doc("甲办法", "2020-01-10", "effective: 2020-02-01"),
                "b-new": doc("乙办法", "2022-03-01", "effective: 2022-04-01", "repeals: [a-old]"),
                "c-term": doc("丙办法", "2021-01-05", "valid_until: 2023-12-31"),
                "d-future": doc("丁办法", "2026-10-01", "effective: 2027-01-01"),
                "e-base": doc("戊办法", "2021-05-01"),
                "f-amend": doc("己决定", "2023-05-01", "amends: [e-base]", doc_type="其他公文"),
                "g-clean": doc("清理结果", "2024-12-20", "invalidates: [h-gone]", doc_type="其他公文"),
                "h-gone": doc("庚办法", "2019-06-01"),
            }
        )
    )
    got = states(root)
    assert got["a-old"] == ("已废止", dt.date(2022, 4, 1), "")  # the decision's 施行日期
    assert got["b-new"] == ("现行有效", dt.date(2022, 4, 1), "施行日期")
    assert got["c-term"] == ("已失效", dt.date(2023, 12, 31), "有效期至")
    assert got["d-future"] == ("尚未施行", dt.date(2027, 1, 1), "施行日期")
    assert got["e-base"][0] == "已修改"
    assert got["h-gone"] == ("已失效", dt.date(2024, 12, 20), "")  # the decision's 成文日期
    # The same files on an earlier day: 丙's term not yet over, 庚 not yet declared invalid.
    earlier = states(root, today=dt.date(2023, 9, 1))
    assert earlier["c-term"][0] == "现行有效"
    assert earlier["h-gone"][0] == "现行有效"
    assert earlier["a-old"][0] == "已废止"


def test_both_pages_name_the_decision(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "a-old": doc("甲办法", "2020-01-10", "replaced_by: b-new", number="示政发〔2020〕1号"),
                "b-new": doc("乙办法", "2022-03-01", "repeals: [a-old]", number="示政发〔2022〕2号"),
            }
        )
    )
    output, _ = build_site(root)
    old = (output.get(urls.document("20-1", "a-old")) or b"").decode()
    notice = old[old.index('class="status-notice') : old.index("</div>", old.index('class="status-notice'))]
    assert "本文件已废止" in notice
    assert "废止依据：" in notice and "《乙办法》</a>（示政发〔2022〕2号）" in notice
    assert '成文日期 <time datetime="2022-03-01">' in notice
    assert "现行文件：" in notice and "以下为原文" in notice
    assert "正文。" in old, "a repealed document keeps its text"
    new = (output.get(urls.document("20-1", "b-new")) or b"").decode()
    assert (
        "本文件作出的废止、失效和修改决定" in new and "废止：<a" in new and "《甲办法》</a>（示政发〔2020〕1号）" in new
    )
    assert 'class="status-notice' not in new


def test_pending_and_amended_pages_say_so(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "d-future": doc("丁办法", "2026-10-01", "effective: 2027-01-01"),
                "e-base": doc("戊办法", "2021-05-01"),
                "f-amend": doc("己决定", "2023-05-01", "amends: [e-base]", doc_type="其他公文"),
            }
        )
    )
    output, _ = build_site(root)
    pending = (output.get(urls.document("20-1", "d-future")) or b"").decode()
    assert '本文件尚未施行</strong>（施行日期：<time datetime="2027-01-01">' in pending
    amended = (output.get(urls.document("20-1", "e-base")) or b"").decode()
    assert "本文件已修改" in amended and "修改文件：" in amended and "《己决定》" in amended


def test_an_explicit_state_the_evidence_contradicts_is_an_error(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "a-old": doc("甲办法", "2020-01-10", "validity: 现行有效"),
                "b-new": doc("乙办法", "2022-03-01", "repeals: [a-old]"),
                "c-term": doc("丙办法", "2021-01-05", "valid_until: 2023-12-31", "validity: 现行有效"),
                "d-ended": doc("丁办法", "2021-01-05", "validity: 已废止", "expired: 2027-01-01"),
            }
        )
    )
    errors = failure(root)
    assert any(
        e.startswith("content/documents/a-old.yaml:")
        and "validity: 有效性写为 “现行有效”，但按本站内容应为 “已废止”：《乙办法》废止了本文件" in e
        for e in errors
    ), errors
    assert any(e.startswith("content/documents/c-term.yaml:") and "有效期至 2023-12-31 已届满" in e for e in errors)
    assert any(e.startswith("content/documents/d-ended.yaml:") and "在构建日期 2026-11-23 之后" in e for e in errors)


def test_explicit_states_without_contrary_evidence_stand(make_project: Project) -> None:
    root = make_project(
        docs(
            {
                "a-old": doc("甲办法", "2020-01-10", "validity: 已废止", "expired: 2021-03-01"),
                "e-base": doc("戊办法", "2021-05-01", "validity: 已修改"),
            }
        )
    )
    got = states(root)
    assert got["a-old"] == ("已废止", dt.date(2021, 3, 1), "废止日期")
    assert got["e-base"][0] == "已修改"


@pytest.mark.parametrize(
    ("files", "fragment"),
    [
        (
            {"x": doc("甲", "2020-01-10", "validity: 已废止")},
            "validity: 有效性为 “已废止” 时必须填写废止/失效日期 expired",
        ),
        ({"x": doc("甲", "2020-01-10", "expired: 2021-01-01")}, "expired: 填写了废止/失效日期，但没有写明有效性"),
        ({"x": doc("甲", "2020-01-10", "validity: 尚未施行")}, "validity: 有效性为 “尚未施行” 时应填写施行日期"),
        (
            {"x": doc("甲", "2021-01-10"), "y": doc("乙", "2020-01-10", "repeals: [x]")},
            "repeals[0]: 文件 “x” 的成文日期 2021-01-10 晚于本文件的成文日期 2020-01-10",
        ),
        ({"y": doc("乙", "2020-01-10", "repeals: [y]")}, "repeals[0]: 文件不能废止、宣布失效或修改自身"),
        ({"y": doc("乙", "2020-01-10", "amends: [nope]")}, "amends[0]: 引用的文件 “nope” 不存在"),
        (
            {"x": doc("甲", "2019-01-10"), "y": doc("乙", "2020-01-10", "repeals: [x]", "amends: [x]")},
            "amends[0]: 文件 “x” 在本文件的废止、宣布失效、修改清单中出现了不止一次",
        ),
        (
            {"x": doc("甲", "2020-01-10", "valid_until: 2019-12-31")},
            "valid_until: 有效期至 2019-12-31 早于成文日期",
        ),
        (
            {"x": doc("甲", "2020-01-10", "register_no: ZBSR-2020-0010001", doc_type="其他公文")},
            "register_no: 只有行政规范性文件有统一登记号",
        ),
    ],
)
def test_lifecycle_errors_are_located(make_project: Project, files: dict[str, str], fragment: str) -> None:
    errors = failure(make_project(docs(files)))
    assert any(fragment in e and e.split(":")[1] != "None" for e in errors), errors


REGISTER = "register_no:\n  pattern: '^ZBSR-\\d{4}-\\d{7}$'\n  example: ZBSR-2020-0010001\n"


def site_yaml(extra: str) -> str:
    from .conftest import SAMPLE

    return (SAMPLE / "site.yaml").read_text(encoding="utf-8") + extra


def test_register_numbers_follow_the_sites_form(make_project: Project) -> None:
    root = make_project(
        {
            "site.yaml": site_yaml(REGISTER),
            **docs(
                {
                    "a": doc("甲", "2020-01-10", "register_no: ZBSR-2020-0010001"),
                    "b": doc("乙", "2020-02-10", "register_no: ZBSR-2020-0010001"),
                    "c": doc("丙", "2020-03-10", "register_no: 鲁2020-1"),
                    "d": doc("丁", "2020-04-10"),
                }
            ),
        }
    )
    errors = failure(root)
    assert any(e.startswith("content/documents/b.yaml:") and "与 content/documents/a.yaml 重复" in e for e in errors)
    assert any(
        e.startswith("content/documents/c.yaml:") and "不符合本站设定的格式（如 ZBSR-2020-0010001）" in e
        for e in errors
    )
    assert any(e.startswith("content/documents/d.yaml:") and "行政规范性文件没有统一登记号" in e for e in errors)


def test_another_provinces_form_is_set_the_same_way(make_project: Project) -> None:
    other = make_project(
        {
            "site.yaml": site_yaml("register_no:\n  pattern: '^[A-Z]{2}\\d{8}$'\n  example: JS20200001\n"),
            **docs({"c": doc("丙", "2020-03-10", "register_no: JS20200001")}),
        }
    )
    _, problems = check_site(other)
    errors = [e for e in problems.items if "documents" in e.path and not e.warning]
    assert errors == []  # JS20200001 fits; the documents without one only warn


def test_the_register_form_itself_is_checked(make_project: Project) -> None:
    root = make_project({"site.yaml": site_yaml("register_no:\n  pattern: '^ZBSR-\\d{4}$'\n  example: ZBSR-20\n")})
    errors = failure(root)
    assert any("登记号示例 “ZBSR-20” 不符合登记号格式" in e for e in errors), errors


def test_the_default_site_shows_every_state() -> None:
    from .conftest import ROOT

    linked, _ = check_site(ROOT, strict=True)
    shown = {life.state for slug, life in linked.of(DOCUMENTS).lifecycles.items()}
    assert shown == {"现行有效", "已修改", "已废止", "已失效", "尚未施行"}
