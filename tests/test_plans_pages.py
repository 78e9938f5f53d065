"""The ledger as pages: plan page summaries, per-task pages, 回头看, /zfxxgk/zrdw/ views, downloads."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from gongkai.build import build, check_site
from gongkai.kinds import REGISTRY
from gongkai.pages import make_pages
from gongkai.plans.facts import KEY as PLANS

from .conftest import ROOT, SAMPLE

PLAN = "zfxxgk/fdzdgknr/gzyd/2024-gzyd"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plans") / "out"
    build(SAMPLE, out, search=False)
    return out


def read(out: Path, rel: str) -> str:
    return (out / rel / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_plan_page_shows_counts_bars_and_states_in_words(built: Path) -> None:
    html = read(built, PLAN)
    text = text_of(html)
    assert (
        "状态截至 2026年11月23日 ：共 4 项任务，已完成 1 项，进行中 1 项，未到期 0 项，逾期 1 项，未报送落实情况 1 项。"
        in text
    )
    assert '<progress class="bar" max="4" value="1" aria-label="全部任务完成进度">25%</progress>' in html
    assert "已完成 1/4（25%）" in text
    # per 一级 task and per 责任单位, with the numbers in text beside each bar
    assert re.search(r'<th scope="row"><a href="#task-1">聚焦重点领域</a></th>\s*<td>3</td>', html)
    assert re.search(
        r'/zrdw/sfj/">县司法局</a></th>\s*<td>1</td>\s*<td>0</td><td>0</td><td>0</td><td class="has-overdue">1</td>',
        html,
    )
    # overdue is a word, not a colour; its reason is spelled out
    assert '<strong class="status status-overdue">逾期</strong>' in html
    assert "已过原文载明的完成时限（2024年4月1日）966天，2024年3月20日登记为未启动" in text
    assert "已完成 （晚于完成时限）" in text  # task 1 was completed on 2024-10-15, due 2024-09-30
    assert " style=" not in html and not re.search(r"<script(?![^>]*\bsrc=)", html)  # CSP: nothing inline


def test_task_table_keeps_seed_layout_and_header_ids(built: Path) -> None:
    html = read(built, PLAN)
    table = html.split('<table class="task-table">')[1].split("</table>")[0]
    heads = re.findall(r'<th id="(col-[a-z]+)"', table)
    assert heads == ["col-task", "col-req", "col-units", "col-deadline", "col-status"]
    ids = set(re.findall(r' id="([^"]+)"', table))
    for headers in re.findall(r'<td headers="([^"]+)"', table):
        assert set(headers.split()) <= ids, headers
    assert '<tr id="task-ledger">' in table and 'rowspan="3" class="group-l0">聚焦重点领域' in table
    assert '本文件印发后30日内<br><span class="hint">即2024年4月1日前</span>' in table
    assert '<span class="hint">原表未列；推定按2024年年底前（推定的时限不用于判定逾期）</span>' in table


def test_every_task_has_its_own_page_linking_back_to_its_row(built: Path) -> None:
    linked, _ = check_site(SAMPLE)
    for slug, refs in linked.of(PLANS).tasks.items():
        for ref in refs:
            html = read(built, f"zfxxgk/fdzdgknr/gzyd/{slug}/{ref.anchor}")
            assert f'/gzyd/{slug}/#{ref.anchor}">在任务分解表中查看本项</a>' in html
            assert ref.task.requirement in html and "data-pagefind-body" in html
    page = text_of(read(built, f"{PLAN}/task-2"))
    assert (
        "做好规范性文件集中公开" in page and "牵头： 县司法局" in page and "配合： 各乡镇人民政府、街道办事处" in page
    )
    assert "自印发日期2024年3月2日起30日内，即2024年4月1日前" in page and "逾期" in page
    older = text_of(read(built, "zfxxgk/fdzdgknr/gzyd/2023-gzyd/task-3"))
    assert "工作要点未载明印发日期，此时限无法换算为具体日期" in older and "未报送落实情况" in older
    assert "示例县2023年政务公开工作要点" in older  # the plan it belongs to


def test_review_of_last_years_plan(built: Path) -> None:
    html = read(built, PLAN)
    review = text_of(html.split('id="review"')[1].split("</section>")[0])
    assert "上年度工作要点： 示例县2023年政务公开工作要点" in review
    assert "共 5 项任务，已完成 1 项，进行中 0 项，未到期 0 项，逾期 1 项，未报送落实情况 3 项" in review
    assert "上年度未完成的任务（4 项）" in review
    assert "第2项 ：做好应急预案公开。 县应急局 2023年9月22日前；9月25日前" in review
    assert "第3项" in review and "县司法局" in review and "第1项" not in review


def test_units_see_all_their_tasks_lead_and_support_apart(built: Path) -> None:
    listing = text_of(read(built, "zfxxgk/zrdw"))
    linked, _ = check_site(SAMPLE)
    for org in linked.site.organizations.model:
        assert org.name in listing
    fgj = read(built, "zfxxgk/zrdw/fgj")
    sections = re.findall(r'<h3 id="role-\d">([^<]+)</h3>', fgj)
    assert sections == ["牵头的任务（1 项）", "承担的任务（原表未区分牵头、配合）（2 项）"]
    assert "共 3 项任务，已完成 2 项，进行中 0 项" in text_of(fgj)
    yjj = read(built, "zfxxgk/zrdw/yjj")
    assert "配合的任务（1 项）" in yjj and "2023年政务公开工作要点" in yjj
    zfb = text_of(read(built, "zfxxgk/zrdw/zfb"))
    assert "发布的文件（" in zfb and "示例县人民政府办公室关于印发示例县2024年政务公开工作要点的通知" in zfb


def test_downloads_are_linked_and_written(built: Path) -> None:
    html = read(built, PLAN)
    for name in ("2024-gzyd-rwtz.xlsx", "2024-gzyd-rwtz.docx", "2024-gzyd-rwtz.csv"):
        assert f'/gzyd/2024-gzyd/{name}" download' in html
        assert (built / PLAN / name).stat().st_size > 0
    assert '/gzyd/tasks.json" download' in html and (built / "zfxxgk/fdzdgknr/gzyd/tasks.json").is_file()


@pytest.mark.parametrize(
    ("today", "phrase"),
    [
        # 未报送落实情况 is counted on every date because last year's plan (shown on the same page) has such tasks
        (dt.date(2024, 3, 20), "共 4 项任务，已完成 0 项，进行中 0 项，未到期 3 项，逾期 0 项，未报送落实情况 1 项"),
        (dt.date(2024, 8, 1), "共 4 项任务，已完成 0 项，进行中 2 项，未到期 1 项，逾期 1 项，未报送落实情况 0 项"),
        (None, "共 4 项任务，已完成 1 项，进行中 1 项，未到期 0 项，逾期 0 项，无法判定 2 项"),
    ],
)
def test_the_build_date_decides_what_pages_say(today: dt.date | None, phrase: str, sample_root: Path) -> None:
    if today is None:  # a site without build_date, built without --date
        site_yaml = sample_root / "site.yaml"
        site_yaml.write_text(
            "".join(line for line in site_yaml.read_text("utf-8").splitlines(True) if "build_date" not in line), "utf-8"
        )
    linked, _ = check_site(sample_root, today=today)
    page = next(p for p in make_pages(linked, REGISTRY) if p.url == f"/{PLAN}/")
    overall, statuses = page.context["overall"], page.context["statuses"]
    summary = f"共 {overall.total} 项任务" + "".join(f"，{s.value} {overall.count(s)} 项" for s in statuses)
    assert summary == phrase


def test_example_sites_show_sample_progress_as_sample() -> None:
    for site in ("examples/huaiyin", "examples/gaoxin"):
        linked, _ = check_site(ROOT / site)
        entries = [p for refs in linked.of(PLANS).tasks.values() for r in refs for p in r.task.progress]
        assert entries and all(p.sample for p in entries)
