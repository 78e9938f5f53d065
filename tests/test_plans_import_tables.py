"""``import`` of task tables laid out the way real 任务分解表 are, and their round trip through the ledger.

Every fixture is a real .xlsx / .docx / .csv file made here: department headers (责任科室, 时限要求,
承办单位, 工作措施), two-row headers, merged 工作任务 cells, the header repeated on a new page, a
title row, heading rows across the table, and columns no field holds (督办领导, 备注, 进展情况).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from gongkai.build import build, check_site
from gongkai.errors import UsageError
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.headers import assign, role_of
from gongkai.plans.import_report import summary_lines
from gongkai.plans.importer import import_table
from gongkai.plans.ledger import ledger_table
from gongkai.plans.progress_lines import read_progress
from gongkai.source import SourceFile, load_yaml

from .test_plans_exports import TODAY, WRITERS, load_plan

SECTION = "一、深化重点领域信息公开"
TWO_ROW_HEADER = [
    ["序号", "工作任务", "具体要求", "责任单位", None, "责任领导", "时限要求", "督办领导", "备注"],
    [None, None, None, "牵头科室", "配合科室", None, None, None, None],
]
# Areas merged in both header rows (written again where the header repeats on a new page).
HEADER_MERGES = ("A{0}:A{1}", "B{0}:B{1}", "C{0}:C{1}", "D{0}:E{0}", "F{0}:F{1}", "G{0}:G{1}", "H{0}:H{1}", "I{0}:I{1}")


def two_row_header_xlsx(path: Path, unit: str) -> None:
    """A title row, a two-row header (责任单位 over 牵头科室 | 配合科室), a heading row across the
    table, merged 工作任务 and 责任领导 cells, the header again on page 2, a blank row, a row
    without 具体要求 and a note across the foot of the table."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    rows: list[list[Any]] = [
        ["2024年示例县政务公开重点工作任务分解表"],
        *TWO_ROW_HEADER,
        [SECTION],
        ["1", "优化营商环境", "公开惠企政策申请条件和办理流程。", "县发展改革委", "县司法局", "分管副县长"]
        + ["2024年6月底前", "王某某", "与上年度第3项合并\n按季度报送"],
        ["2", None, "公开行政许可事项清单。", "县司法局", None, "分管副县长", "全年", None, None],
        *TWO_ROW_HEADER,
        ["3", "加强应急信息公开", "公开应急预案。", "县应急局", unit, "分管副县长", "长期坚持", "李某某", None],
        [None] * 9,
        ["4", None, None, None, None, None, None, None, "本行原表无具体要求"],
        ["注：本表由县政府办公室负责解释。"],
    ]
    for row in rows:
        sheet.append(row)
    for area in ("A1:I1", *[m.format(2, 3) for m in HEADER_MERGES], "A4:I4", "B5:B6", "F5:F6", "A12:I12"):
        sheet.merge_cells(area)
    for area in (m.format(7, 8) for m in HEADER_MERGES):
        sheet.merge_cells(area)
    book.save(path)


DEPARTMENT_HEADER = ["工作任务", "序号", "具体要求", "责任科室", "时限要求", "督办领导"]


def department_docx(path: Path, unit: str) -> None:
    """The issue's table, 「工作任务 | 序号 | 具体要求 | 责任科室 | 时限要求」 and a 督办领导 column, with
    no year in its title; a merged 工作任务 cell, the header repeated inside the table, and the table
    continued after a section paragraph in a second table with the same header."""
    import docx

    document = docx.Document()
    document.add_paragraph("附件2")
    document.add_paragraph("示例县政务公开重点工作任务分解表")
    first = [
        DEPARTMENT_HEADER,
        ["推进决策公开", "1", "公开重大行政决策事项目录。", "县政府办公室", "2024年6月底前", "王某某"],
        ["", "2", "做好政策解读。", unit, "全年", ""],
        DEPARTMENT_HEADER,
        ["加强平台建设", "3", "规范政府网站信息发布。", "县政府办公室", "长期坚持", "李某某"],
    ]
    _docx_table(document, first, [(1, 0, 2, 0)])
    document.add_paragraph("二、强化保障")
    second = [DEPARTMENT_HEADER, ["抓好责任落实", "4", "梳理形成工作台账。", "县政府办公室", "2024年年底前", ""]]
    _docx_table(document, second, [])
    document.save(str(path))


def _docx_table(document: Any, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    cells = [row.cells for row in table.rows]
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            cells[r][c].text = text
    for r1, c1, r2, c2 in merges:
        cells[r1][c1].merge(cells[r2][c2])


def progress_csv(path: Path, unit: str) -> None:
    """A GBK CSV as Excel saves it: 承办单位, 工作措施, 完成时间, a 进展情况 column in words (one line
    dated in the ledger's form), 备注, a heading row, and blank cells meaning "same as above"."""
    lines = [
        "2024年示例县政务公开工作任务分解表,,,,,,",
        "序号,重点任务,工作措施,承办单位,完成时间,进展情况,备注",
        "一、聚焦重点领域,,,,,,",
        "1,公开财政信息,公开预决算。,县发展改革局,2024年9月底前,已完成公开,",
        '2,,公开专项资金。,县应急局,全年,"正在推进\n2024-06-30 推进中：已公开上半年资金分配结果。",季度报送',
        f'3,公开应急信息,公开预案。,"牵头：县应急局；配合：{unit}",长期坚持,,督办',
    ]
    path.write_bytes("\r\n".join(lines).encode("gb18030"))


TABLES = {
    "xlsx": ("2024年任务分解表.xlsx", two_row_header_xlsx),
    "docx": ("任务分解表.docx", department_docx),
    "csv": ("2024年任务.csv", progress_csv),
}


def plan_data(path: Path) -> Any:
    return load_yaml(SourceFile("content/plans/x.yaml", "plans", path.read_bytes())).data


def import_fixture(kind: str, root: Path, tmp_path: Path, unit: str = "各科室", slug: str = "imp") -> Path:
    name, make = TABLES[kind]
    source = tmp_path / name
    make(source, unit)
    return import_table(source, root, root / "content/plans" / f"{slug}.yaml", force=False, year=2024).path


@pytest.mark.parametrize(
    ("header", "role"),
    [
        *[(h, "units") for h in ("责任单位", "责任科室", "责任部门", "承办单位", "责任单位（部门）")],
        ("牵头单位", "lead"),
        ("配合单位", "support"),
        ("责任领导", "leader"),
        *[(h, "deadline") for h in ("完成时限", "时限要求", "完成时间", "时间节点", "完成时限（截止日期）")],
        *[(h, "requirement") for h in ("具体要求", "工作措施", "主要内容")],
        *[(h, "group") for h in ("工作任务", "重点任务", "任务名称", "二级工作任务")],
        ("序 号", "no"),
        *[(h, "progress") for h in ("进展情况", "落实情况")],
        *[(h, None) for h in ("备注", "督办领导", "网址", "状态")],
    ],
)
def test_header_words_of_real_tables(header: str, role: str | None) -> None:
    assert role_of(header) == role


def test_a_second_column_of_a_kind_keeps_its_own_values() -> None:
    columns = assign(["重点任务", "主要内容", "工作措施", "备注", "备注", "责任单位"])
    assert [(c.role, c.key, c.same_as) for c in columns] == [
        ("group", "重点任务", ""),
        ("requirement", "主要内容", ""),
        ("extra", "工作措施", "主要内容"),
        ("extra", "备注", ""),
        ("extra", "备注（2）", ""),
        ("units", "责任单位", ""),
    ]


def test_department_table_keeps_every_column(sample_root: Path, tmp_path: Path) -> None:
    """The issue's example: 责任科室 is the 责任单位 column, 督办领导 is kept, 各科室 is kept and listed."""
    source = tmp_path / "任务分解表.docx"
    department_docx(source, "各科室")
    with pytest.raises(UsageError, match=r"请用 --year 指明工作要点的年度（如 --year 2024）"):
        import_table(source, sample_root, tmp_path / "plan.yaml", force=False)
    result = import_table(source, sample_root, tmp_path / "plan.yaml", force=False, year=2024)
    text = result.path.read_text(encoding="utf-8")
    assert "没有责任单位" not in text
    plan = load_plan(result.path)
    assert plan.year == 2024 and plan.table_columns == tuple(DEPARTMENT_HEADER)
    assert (plan.table_title, plan.title) == ("示例县政务公开重点工作任务分解表", "示例县政务公开工作要点")
    data = plan_data(result.path)["tasks"]
    assert data[0] == {
        "group": "推进决策公开",
        "items": [
            {
                "no": "1",
                "requirement": "公开重大行政决策事项目录。",
                "units": ["zfb"],
                "deadline": "2024年6月底前",
                "extra": {"督办领导": "王某某"},
            },
            {"no": "2", "requirement": "做好政策解读。", "units": ["各科室"], "deadline": "全年"},
        ],
    }
    # The second Word table continues the first; the paragraph between them heads its rows.
    assert [g["group"] for g in data] == ["推进决策公开", "加强平台建设", "二、强化保障"]
    assert data[2]["items"][0]["group"] == "抓好责任落实"
    lines = summary_lines(result)
    assert lines[0] == "导入摘要（第 1 个表格、第 2 个表格）："
    assert lines[1] == "  读取 7 行，写入 4 项任务；1 行为通栏标题，作为上一级工作任务（第 2 个表格前的段落）；" + (
        "2 行为续页重复的表头（第 1 个表格第 4 行、第 2 个表格第 1 行）；跳过 0 行。"
    )
    assert "  年度：2024（按 --year 指定）" in lines
    assert "    责任科室 → 责任单位（units）" in lines and "    时限要求 → 完成时限（deadline）" in lines
    assert "    督办领导 → 未识别，按原列名保留在各任务的 extra 下" in lines
    assert "  按原列名保留在 extra 下的列：督办领导" in lines
    assert "    各科室（第 1 个表格第 3 行）" in lines


def test_two_row_header_with_leader_remarks_and_a_row_without_requirement(sample_root: Path, tmp_path: Path) -> None:
    path = import_fixture("xlsx", sample_root, tmp_path)
    plan = load_plan(path)
    assert (plan.year, plan.title) == (2024, "2024年示例县政务公开工作要点")
    assert plan.table_columns == (
        *("序号", "工作任务", "具体要求", "牵头科室", "配合科室", "责任领导", "时限要求", "督办领导", "备注"),
    )
    tasks = plan_data(path)["tasks"]
    assert tasks[0]["group"] == SECTION
    first, second = tasks[0]["items"][0]["items"]
    assert first == {
        "no": "1",
        "requirement": "公开惠企政策申请条件和办理流程。",
        "lead": ["fgj"],
        "support": ["sfj"],
        "leader": "分管副县长",
        "deadline": "2024年6月底前",
        "extra": {"督办领导": "王某某", "备注": "与上年度第3项合并\n按季度报送"},
    }
    assert second == {
        "no": "2",
        "requirement": "公开行政许可事项清单。",
        "lead": ["sfj"],
        "leader": "分管副县长",
        "deadline": "全年",
    }
    text = path.read_text(encoding="utf-8")
    assert "leader: 分管副县长  # 原表合并单元格" in text
    assert "      备注: |-\n                与上年度第3项合并\n                按季度报送" in text
    assert "# 已跳过：第 11 行：没有具体要求，不能作为一项任务（原文：序号：4｜备注：本行原表无具体要求）" in text
    assert "#   各科室（第 9 行）" in text
    assert (
        "# 已跳过：第 12 行：通栏文字，其下没有任务行（如表末的说明）（原文：注：本表由县政府办公室负责解释。）" in text
    )


def test_two_row_header_summary(sample_root: Path, tmp_path: Path) -> None:
    name, make = TABLES["xlsx"]
    make(tmp_path / name, "各科室")
    result = import_table(tmp_path / name, sample_root, tmp_path / "p.yaml", force=False)
    lines = summary_lines(result)
    assert lines[1] == (
        "  读取 8 行，写入 3 项任务；1 行为通栏标题，作为上一级工作任务（第 4 行）；"
        "2 行为续页重复的表头（第 7 行、第 8 行）；跳过 2 行；另有空行 1 行。"
    )
    assert "  年度：2024（取自表题）" in lines
    assert lines[lines.index("  各列的对应：") + 1 :][:9] == [
        "    序号 → 序号（no）",
        "    工作任务 → 工作任务（group）",
        "    具体要求 → 具体要求（requirement）",
        "    牵头科室 → 牵头单位（lead）",
        "    配合科室 → 配合单位（support）",
        "    责任领导 → 责任领导（leader）",
        "    时限要求 → 完成时限（deadline）",
        "    督办领导 → 未识别，按原列名保留在各任务的 extra 下",
        "    备注 → 未识别，按原列名保留在各任务的 extra 下",
    ]
    assert "  按原列名保留在 extra 下的列：督办领导、备注" in lines
    assert lines[-2:] == [
        "    第 11 行：没有具体要求，不能作为一项任务（原文：序号：4｜备注：本行原表无具体要求）",
        "    第 12 行：通栏文字，其下没有任务行（如表末的说明）（原文：注：本表由县政府办公室负责解释。）",
    ]


def test_progress_column_in_words_is_kept_and_dated_lines_are_read(sample_root: Path, tmp_path: Path) -> None:
    path = import_fixture("csv", sample_root, tmp_path, unit="县司法局")
    tasks = plan_data(path)["tasks"][0]["items"]
    assert [t["group"] for t in tasks] == ["公开财政信息", "公开应急信息"]
    first, second = tasks[0]["items"]
    assert first["extra"] == {"进展情况": "已完成公开"} and "progress" not in first
    assert second["extra"] == {"进展情况": "正在推进", "备注": "季度报送"}
    assert second["progress"] == [
        {"date": dt.date(2024, 6, 30), "status": "推进中", "note": "已公开上半年资金分配结果。"}
    ]
    third = tasks[1]["items"][0]
    assert (third["lead"], third["support"], third["extra"]) == (["yjj"], ["sfj"], {"备注": "督办"})


def test_progress_lines_keep_continuations_and_the_sample_mark() -> None:
    kept, entries = read_progress("原表文字\n2024-03-01 推进中：第一行\n第二行（示例）\n2024-13-01 已完成：日期不对")
    assert kept == "原表文字"
    assert [(e.date, e.status, e.note, e.sample) for e in entries] == [
        (dt.date(2024, 3, 1), "推进中", "第一行\n第二行（示例）\n2024-13-01 已完成：日期不对", False),
    ]
    _, entries = read_progress("2024-03-01 已完成：已公开。\n补充说明（示例）")
    assert [(e.note, e.sample) for e in entries] == [("已公开。\n补充说明", True)]


def test_year_from_title_or_option(sample_root: Path, tmp_path: Path) -> None:
    source = tmp_path / "rwfjb.csv"
    source.write_text("2023年任务分解表\n具体要求,责任单位\n做好公开。,县司法局\n", encoding="utf-8")
    result = import_table(source, sample_root, tmp_path / "a.yaml", force=False)
    assert (result.report.year, result.report.year_source) == (2023, "取自表题")
    result = import_table(source, sample_root, tmp_path / "b.yaml", force=False, year=2024)
    assert (result.report.year, result.report.year_source) == (2024, "按 --year 指定；表题写的是 2023 年")
    assert load_plan(result.path).year == 2024


@pytest.mark.parametrize("fmt", sorted(WRITERS))
@pytest.mark.parametrize("kind", sorted(TABLES))
def test_import_export_import_gives_the_same_yaml(kind: str, fmt: str, sample_root: Path, tmp_path: Path) -> None:
    """import → ledger download → import: the same plan, unknown columns, leader and 落实情况 included."""
    first = import_fixture(kind, sample_root, tmp_path, unit="各乡镇人民政府、街道办事处")
    linked, problems = check_site(sample_root)
    assert problems.items == []
    entry = next(e for e in linked.site.of(PLANS) if e.slug == "imp")
    table = ledger_table(linked, entry, TODAY)
    own = load_plan(first).table_columns
    assert table.subtitle.endswith("；原表列：" + "｜".join(own))
    for header in own:
        assert header in table.headers or role_of(header) == "group"  # under the header the table had
    download = tmp_path / f"imp-rwtz.{fmt}"
    download.write_bytes(WRITERS[fmt](table))
    again = import_table(download, sample_root, tmp_path / "again.yaml", force=False)
    assert again.report.ledger and again.unmapped == () and again.skipped == ()
    assert plan_data(again.path) == plan_data(first)


def test_plan_and_task_pages_show_the_kept_columns(sample_root: Path, tmp_path: Path) -> None:
    import_fixture("xlsx", sample_root, tmp_path, unit="各乡镇人民政府、街道办事处")
    out = tmp_path / "out"
    build(sample_root, out, search=False)
    page = (out / "zfxxgk/fdzdgknr/gzyd/imp/index.html").read_text(encoding="utf-8")
    for header in ("责任领导", "督办领导", "备注"):
        assert f'scope="col">{header}</th>' in page
    assert 'data-label="督办领导" class="extra-cell">王某某</td>' in page
    assert 'data-label="备注" class="extra-cell">与上年度第3项合并\n按季度报送</td>' in page
    task = (out / "zfxxgk/fdzdgknr/gzyd/imp/task-1/index.html").read_text(encoding="utf-8")
    assert '<th scope="row">督办领导</th><td class="extra-cell">王某某</td>' in task
    assert '<th scope="row">责任领导</th><td>分管副县长</td>' in task


def test_csv_two_row_header_unnamed_and_repeated_columns(sample_root: Path, tmp_path: Path) -> None:
    """A CSV of a two-row header (the merged 责任单位 cell left blank to its right), a header broken
    over two lines, two 备注 columns and a column with text but no header: all kept, all named."""
    source = tmp_path / "2024年.csv"
    source.write_text(
        '工作任务,具体要求,责任单位,,"完成\n时限",备注,备注,\n'
        ",,牵头单位,配合单位,,,,\n"
        "公开重点,公开预算。,县发展改革局,县司法局,2024年6月底前,甲,乙,手写补充\n",
        encoding="utf-8",
    )
    result = import_table(source, sample_root, tmp_path / "p.yaml", force=False)
    plan = load_plan(result.path)
    assert plan.table_columns == ("工作任务", "具体要求", "牵头单位", "配合单位", "完成时限", "备注", "备注", "第8列")
    assert plan_data(result.path)["tasks"][0]["items"][0] == {
        "requirement": "公开预算。",
        "lead": ["fgj"],
        "support": ["sfj"],
        "deadline": "2024年6月底前",
        "extra": {"备注": "甲", "备注（2）": "乙", "第8列": "手写补充"},
    }
    lines = summary_lines(result)
    assert "    备注 → 未识别，按原列名保留在各任务的 extra 下（键名 “备注（2）”）" in lines
    assert "  按原列名保留在 extra 下的列：备注、备注、第8列" in lines


def test_other_sheets_are_named_not_dropped_silently(sample_root: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["具体要求", "责任单位"])
    book.active.append(["做好公开。", "县司法局"])
    other = book.create_sheet("2023年")
    for row in (["具体要求", "责任单位"], ["做好解读。", "县司法局"], ["做好培训。", "县司法局"]):
        other.append(row)
    book.save(tmp_path / "2024年.xlsx")
    result = import_table(tmp_path / "2024年.xlsx", sample_root, tmp_path / "p.yaml", force=False)
    assert result.table == "工作表“2023年”" and result.task_count == 2
    assert summary_lines(result)[-1] == (
        "  未导入：工作表“Sheet”（2 行；一次只导入一个工作表，其余的请另存为单独的文件再导入）"
    )
