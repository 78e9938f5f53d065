"""Ledger downloads: CSV, XLSX, Word and JSON; every seed plan survives export → import unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

import pytest

from gongkai import urls
from gongkai.build import check_site
from gongkai.models import Plan, TaskGroup
from gongkai.plans.checks import iter_tasks
from gongkai.plans.exports import ledger_csv, ledger_docx, ledger_xlsx, plan_files
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.importer import import_table
from gongkai.plans.ledger import ledger_table
from gongkai.source import SourceFile, load_yaml
from gongkai.validate import parse_model

from .conftest import ROOT, SAMPLE
from .test_examples import SITES

TODAY = dt.date(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23)
WRITERS = {
    "xlsx": lambda table: ledger_xlsx(table, "示例", STAMP),
    "docx": lambda table: ledger_docx(table, "示例", STAMP),
    "csv": ledger_csv,
}


def shape(nodes: tuple[Any, ...], ids: bool = True) -> list[Any]:
    """A plan's task tree as comparable values: groups, and each task's table fields."""
    out: list[Any] = []
    for node in nodes:
        if isinstance(node, TaskGroup):
            out.append((node.group, shape(node.items, ids)))
        else:
            out.append(
                (
                    node.id if ids else None,
                    node.no,
                    node.requirement,
                    node.units,
                    node.lead,
                    node.support,
                    tuple((a.label, a.units) for a in node.assignments),
                    node.deadline,
                    node.deadline_note,
                )
            )
    return out


def load_plan(path: Path) -> Plan:
    raw = load_yaml(SourceFile("content/plans/x.yaml", "plans", path.read_bytes()))
    assert not raw.errors
    plan, errors = parse_model(raw.data, Plan, raw.locator)
    assert not errors and plan is not None, errors
    return plan


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("site", [*sorted(SITES), "tests/sample_site"])
def test_seed_plan_round_trips(site: str, fmt: str, tmp_path: Path) -> None:
    """Export each plan, import the file back: the same tasks, groups, units and 完成时限."""
    linked, _ = check_site(ROOT / site)
    for entry in linked.site.of(PLANS):
        source = tmp_path / urls.ledger(entry.slug, fmt).rsplit("/", 1)[-1]
        source.write_bytes(WRITERS[fmt](ledger_table(linked, entry, TODAY)))
        result = import_table(source, ROOT / site, tmp_path / f"{entry.slug}.yaml", force=False)
        assert result.unmapped == () and result.skipped == ()
        imported = load_plan(result.path)
        # Word tables leave out the 网址 column, which carries the anchor ids.
        assert shape(imported.tasks, fmt != "docx") == shape(entry.model.tasks, fmt != "docx")
        assert kept(imported) == kept(entry.model)
        assert (imported.year, imported.table_title, imported.title, imported.table_columns) == (
            entry.model.year,
            entry.model.table_title,
            entry.model.title,
            entry.model.table_columns,
        )


def kept(plan: Plan) -> list[Any]:
    """What each task holds beyond ``shape``: leader, extra, and the 落实情况 the ledger shows (up to
    its date; the links to documents are not in the table)."""
    return [
        (t.leader, t.extra, [(p.date, p.status, p.note, p.sample) for p in t.progress if p.date <= TODAY])
        for t, _, _ in iter_tasks(plan.tasks)
    ]


def test_round_trip_result_builds_in_the_site(tmp_path: Path, sample_root: Path) -> None:
    linked, _ = check_site(sample_root)
    entry = next(e for e in linked.site.of(PLANS) if e.slug == "2024-gzyd")
    source = tmp_path / "2024-gzyd-rwtz.xlsx"
    source.write_bytes(WRITERS["xlsx"](ledger_table(linked, entry, TODAY)))
    (sample_root / "content/plans/2024-gzyd.yaml").unlink()
    result = import_table(source, sample_root, None, force=False)
    assert result.path == sample_root / "content/plans/2024-gzyd.yaml"
    relinked, problems = check_site(sample_root, strict=True)
    assert problems.items == []
    assert [r.anchor for r in relinked.of(PLANS).tasks["2024-gzyd"]] == [
        r.anchor for r in linked.of(PLANS).tasks["2024-gzyd"]
    ]


def test_downloads_are_deterministic_and_complete() -> None:
    linked, _ = check_site(SAMPLE)
    first, second = plan_files(linked, TODAY), plan_files(linked, TODAY)
    assert [(f.url, f.data) for f in first] == [(f.url, f.data) for f in second]
    assert {f.url for f in first} == {
        urls.ledger(s, fmt) for s in ("2023-gzyd", "2024-gzyd") for fmt in ("csv", "xlsx", "docx")
    } | {urls.TASKS_JSON}
    relinked, _ = check_site(SAMPLE, today=dt.date(2027, 1, 1))
    later = {f.url: f.data for f in plan_files(relinked, dt.date(2027, 1, 1))}
    assert later[urls.ledger("2024-gzyd", "xlsx")] != {f.url: f.data for f in first}[urls.ledger("2024-gzyd", "xlsx")]


def test_csv_opens_in_excel_and_keeps_the_ledger_columns() -> None:
    linked, _ = check_site(SAMPLE)
    entry = next(e for e in linked.site.of(PLANS) if e.slug == "2024-gzyd")
    data = ledger_csv(ledger_table(linked, entry, TODAY))
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["2024年政务公开工作任务分解表"]
    assert "状态截至2026年11月23日" in rows[1][0]
    assert rows[1][0].endswith("；原表列：工作任务｜具体要求｜责任单位｜完成时限")  # the plan's own columns
    assert rows[2] == [
        "编号",
        "一级工作任务",
        "二级工作任务",
        "具体要求",
        "责任单位",
        "完成时限",
        "完成时限说明",
        "到期日期",
        "状态",
        "落实情况",
        "网址",
    ]
    first, second, third = rows[3], rows[4], rows[5]
    assert first[:3] == ["1", "聚焦重点领域", "优化营商环境"] and first[7:9] == [
        "2024-09-30",
        "已完成（晚于完成时限）",
    ]
    assert second[4] == "牵头：县司法局；配合：各乡镇人民政府、街道办事处" and second[7] == "2024-04-01"
    assert third[2] == "" and third[4] == "县总体预案：县应急局；乡镇预案：各乡镇人民政府、街道办事处"
    assert rows[6][-1] == "https://www.example.gov.cn/zfxxgk/fdzdgknr/gzyd/2024-gzyd/task-ledger/"


def test_xlsx_merges_group_cells_and_word_repeats_the_header() -> None:
    import docx
    from openpyxl import load_workbook

    linked, _ = check_site(ROOT / "examples/huaiyin")
    table = ledger_table(linked, linked.site.of(PLANS)[0], TODAY)
    sheet = load_workbook(io.BytesIO(WRITERS["xlsx"](table))).active
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert "B4:B29" in merged  # 一级 「聚焦重点领域，深化信息公开」: rows 1–26
    assert "C4:C6" in merged  # 二级 「紧扣高质量发展加强信息公开」: rows 1–3
    assert sheet.print_title_rows == "$3:$3" and sheet.freeze_panes == "A4"
    document = docx.Document(io.BytesIO(WRITERS["docx"](table)))
    grid = document.tables[0]
    assert grid.rows[0]._tr.trPr.xpath("./w:tblHeader")  # repeated on every printed page
    assert [c.text for c in grid.rows[0].cells][:4] == ["序号", "一级工作任务", "二级工作任务", "具体要求"]
    assert grid.rows[1].cells[1]._tc is grid.rows[26].cells[1]._tc


def test_tasks_json_has_every_task_with_state() -> None:
    linked, _ = check_site(SAMPLE)
    data = json.loads({f.url: f.data for f in plan_files(linked, TODAY)}[urls.TASKS_JSON])
    assert data["date"] == "2026-11-23" and [p["slug"] for p in data["plans"]] == ["2024-gzyd", "2023-gzyd"]
    plan = data["plans"][0]
    assert plan["total"] == 4 and plan["counts"]["逾期"] == 1 and plan["previous"] == "2023-gzyd"
    task = plan["tasks"][1]
    assert task["lead"] == [{"id": "sfj", "name": "县司法局"}]
    assert task["deadline"]["due"] == "2024-04-01" and task["deadline"]["kind"] == "印发后限期"
    assert task["status"] == "逾期" and task["url"].endswith("/2024-gzyd/task-2/")
    assert (task["leader"], task["extra"]) == (None, {})
    older = data["plans"][1]["tasks"]
    assert older[0]["progress"][0]["links"] == ["https://www.example.gov.cn/zfxxgk/fdzdgknr/fgwj/2023-gfxwj/"]
    assert older[2]["deadline"]["due"] is None and older[2]["status"] == "未报送落实情况"
