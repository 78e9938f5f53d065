"""``build.py import`` and ``build.py new plan``: real .docx / .xlsx / .csv files made here, read back."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.errors import UsageError
from gongkai.models import Assignment, Plan, Progress, Task
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.importer import import_table
from gongkai.plans.scaffold import new_plan

from .test_plans_exports import load_plan, shape

HEADER = ["序号", "工作任务", "工作任务", "具体要求", "责任单位", "完成时限"]
# A 槐荫-style table: two 工作任务 columns under one merged header cell, merged group cells,
# 「……牵头，有关部门配合，各街道办事处」, 「……等有关部门」, the header repeated on a new page,
# and a unit the registry does not know.
HUAIYIN_LIKE = [
    [
        "1",
        "聚焦重点领域",
        "紧扣高质量发展",
        "抓好新旧动能转换领域信息公开。",
        "区发展改革局、区科技局等有关部门，各街道办事处",
        "全年",
    ],
    [
        "2",
        "聚焦重点领域",
        "紧扣高质量发展",
        "加强减税降费信息公开。",
        "区财政局、区大数据局",
        "2022年年底前完成，长期坚持",
    ],
    HEADER,
    [
        "3",
        "聚焦重点领域",
        "紧扣优化营商环境",
        "深入推进“放管服”改革。",
        "区政府办公室、区行政审批服务局牵头，有关部门配合，各街道办事处",
        "全年",
    ],
    [
        "4",
        "聚焦保障机制",
        "抓好责任落实",
        "发布本单位年度政务公开工作要点。",
        "区政府各部门，各街道办事处",
        "本文件印发后30日内",
    ],
]


def write_docx(path: Path, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("2022年槐荫区政务公开重点工作任务分解表")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    cells = [row.cells for row in table.rows]
    covered = {
        (r, c) for r1, c1, r2, c2 in merges for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) != (r1, c1)
    }
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if (r, c) not in covered:
                cells[r][c].text = text
    for r1, c1, r2, c2 in merges:
        cells[r1][c1].merge(cells[r2][c2])
    document.save(str(path))


def site(tmp_path: Path, orgs: str) -> Path:
    root = tmp_path / "site"
    (root / "content").mkdir(parents=True)
    (root / "content" / "organizations.yaml").write_text(orgs, encoding="utf-8")
    return root


HUAIYIN_ORGS = """\
- {id: zfbgs, name: 区政府办公室, kind: 部门}
- {id: fgj, name: 区发展改革局, aliases: [区发展改革委], kind: 部门}
- {id: kjj, name: 区科技局, kind: 部门}
- {id: czj, name: 区财政局, kind: 部门}
- {id: xzspfwj, name: 区行政审批服务局, kind: 部门}
- {id: qzfgbm, name: 区政府各部门, kind: 统称}
- {id: yggbm, name: 有关部门, kind: 统称}
- {id: gjdbsc, name: 各街道办事处, kind: 统称}
"""


def test_word_table_with_merged_cells(tmp_path: Path) -> None:
    root = site(tmp_path, HUAIYIN_ORGS)
    source = tmp_path / "任务分解表.docx"
    rows = [HEADER, *HUAIYIN_LIKE]
    # header 工作任务 over two columns; 一级 rows 1-4 (page-break header row inside: kept merged);
    # 二级 rows 1-2; row 3 repeats the header and the 一级 text, as a table continued on a new page does.
    write_docx(source, rows, [(0, 1, 0, 2), (1, 1, 2, 1), (1, 2, 2, 2)])
    result = import_table(source, root, None, force=False)
    assert result.path == root / "content/plans/2022-zwgk-gzyd.yaml"
    assert result.task_count == 4 and result.table == "第 1 个表格"
    assert [str(u) for u in result.unmapped] == ["区大数据局（表格第 3 行）"]
    plan = load_plan(result.path)
    assert (plan.title, plan.year, plan.publisher) == ("2022年槐荫区政务公开工作要点", 2022, "zfbgs")
    assert plan.table_columns == ("序号", "工作任务", "具体要求", "责任单位", "完成时限")
    assert shape(plan.tasks) == [
        (
            "聚焦重点领域",
            [
                (
                    "紧扣高质量发展",
                    [
                        (
                            None,
                            "1",
                            "抓好新旧动能转换领域信息公开。",
                            ("fgj", "kjj", "yggbm", "gjdbsc"),
                            (),
                            (),
                            (),
                            "全年",
                            None,
                        ),
                        (
                            None,
                            "2",
                            "加强减税降费信息公开。",
                            ("czj", "区大数据局"),
                            (),
                            (),
                            (),
                            "2022年年底前完成，长期坚持",
                            None,
                        ),
                    ],
                ),
                (
                    "紧扣优化营商环境",
                    [
                        (
                            None,
                            "3",
                            "深入推进“放管服”改革。",
                            (),
                            ("zfbgs", "xzspfwj"),
                            ("yggbm", "gjdbsc"),
                            (),
                            "全年",
                            None,
                        ),
                    ],
                ),
            ],
        ),
        (
            "聚焦保障机制",
            [
                (
                    "抓好责任落实",
                    [
                        (
                            None,
                            "4",
                            "发布本单位年度政务公开工作要点。",
                            ("qzfgbm", "gjdbsc"),
                            (),
                            (),
                            (),
                            "本文件印发后30日内",
                            None,
                        ),
                    ],
                )
            ],
        ),
    ]
    text = result.path.read_text(encoding="utf-8")
    assert "#   区大数据局（表格第 3 行）" in text


def test_xlsx_with_two_header_rows_merged_units_and_a_title(tmp_path: Path) -> None:
    from openpyxl import Workbook

    root = site(tmp_path, HUAIYIN_ORGS)
    book = Workbook()
    sheet = book.active
    sheet.append(["2023年示例区政务公开重点工作任务分解表"])
    sheet.append(["工作任务", "具体要求", "责任单位", None, "完成时间"])
    sheet.append([None, None, "牵头单位", "配合单位", None])
    sheet.append(["一、 公开重点", "公开 重大项目进展。", "区发展改革委", "区财政局、区科技局", "2023年6月底前"])
    sheet.append([None, "公开财政预决算。", "区财政局", None, None])
    sheet.append(["二、保障", "加强培训。", "区政府办公室", "有关部门", "全年"])
    for area in ("A1:E1", "A2:A3", "B2:B3", "C2:D2", "E2:E3", "A4:A5", "E4:E5"):
        sheet.merge_cells(area)
    source = tmp_path / "rwfjb.xlsx"
    book.save(source)
    result = import_table(source, root, tmp_path / "out.yaml", force=False)
    plan = load_plan(result.path)
    assert (plan.year, plan.table_title, plan.title) == (
        2023,
        "2023年示例区政务公开重点工作任务分解表",
        "2023年示例区政务公开工作要点",
    )
    assert shape(plan.tasks) == [
        (
            "一、 公开重点",
            [
                (None, None, "公开 重大项目进展。", (), ("fgj",), ("czj", "kjj"), (), "2023年6月底前", None),
                (None, None, "公开财政预决算。", (), ("czj",), (), (), "2023年6月底前", None),
            ],
        ),
        ("二、保障", [(None, None, "加强培训。", (), ("zfbgs",), ("yggbm",), (), "全年", None)]),
    ]
    assert "deadline: 2023年6月底前  # 原表合并单元格" in result.path.read_text(encoding="utf-8")


def test_gbk_csv_with_blank_cells_for_same_as_above_and_heading_rows(tmp_path: Path) -> None:
    root = site(tmp_path, HUAIYIN_ORGS)
    lines = [
        "序号,工作任务,具体要求,责任单位,完成时限",
        "一、聚焦重点领域,,,,",
        "1,紧扣高质量发展,抓好信息公开。,区发展改革局,2022年9月底前",
        "2,,做好解读。,区科技局,全年",
        "3,紧扣民生保障,公开养老政策。,区政府各部门、区民政局,全年",
        ",,,,",
        '4,,公开救助信息。,"区总体预案：区财政局；专项预案：区科技局、区财政局",全年',
    ]
    source = tmp_path / "2022年任务.csv"
    source.write_bytes("\r\n".join(lines).encode("gb18030"))
    result = import_table(source, root, tmp_path / "o.yaml", force=False)
    assert [(u.name, u.rows) for u in result.unmapped] == [("区民政局", ("第 5 行",))]
    plan = load_plan(result.path)
    assert plan.year == 2022
    assert shape(plan.tasks) == [
        (
            "一、聚焦重点领域",
            [
                (
                    "紧扣高质量发展",
                    [
                        (None, "1", "抓好信息公开。", ("fgj",), (), (), (), "2022年9月底前", None),
                        (None, "2", "做好解读。", ("kjj",), (), (), (), "全年", None),
                    ],
                ),
                (
                    "紧扣民生保障",
                    [
                        (None, "3", "公开养老政策。", ("qzfgbm", "区民政局"), (), (), (), "全年", None),
                        (
                            None,
                            "4",
                            "公开救助信息。",
                            (),
                            (),
                            (),
                            (("区总体预案", ("czj",)), ("专项预案", ("kjj", "czj"))),
                            "全年",
                            None,
                        ),
                    ],
                ),
            ],
        )
    ]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("t.pdf", b"%PDF-1.4", "不支持的文件类型"),
        ("t.xlsx", b"not a zip file", "无法读取 t.xlsx"),
        ("t.docx", b"PK\x03\x04broken", "无法读取 t.docx"),
        ("t.csv", "名称,数量\n甲,1\n".encode(), "找不到任务分解表"),
        ("2022年空表.csv", "工作任务,具体要求,责任单位\n".encode(), "有表头但没有任务行"),
        ("t.csv", "工作任务,具体要求,责任单位\n公开,做好公开。,区财政局\n".encode(), "无法确定 t.csv 的年度"),
    ],
)
def test_unreadable_or_unusable_files_are_refused(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    root = site(tmp_path, HUAIYIN_ORGS)
    (tmp_path / name).write_bytes(data)
    with pytest.raises(UsageError, match=message):
        import_table(tmp_path / name, root, None, force=False)
    assert not (root / "content" / "plans").exists()


def test_import_never_overwrites_without_force(tmp_path: Path) -> None:
    root = site(tmp_path, HUAIYIN_ORGS)
    source = tmp_path / "2022年.csv"
    source.write_text("具体要求,责任单位,完成时限\n做好公开。,区财政局,全年\n", encoding="utf-8")
    target = tmp_path / "plan.yaml"
    target.write_text("原有内容\n", encoding="utf-8")
    with pytest.raises(UsageError, match="已存在，未写入：加 --force 覆盖"):
        import_table(source, root, target, force=False)
    assert target.read_text(encoding="utf-8") == "原有内容\n"
    import_table(source, root, target, force=True)
    assert load_plan(target).tasks[0].units == ("czj",)  # type: ignore[union-attr]
    with pytest.raises(UsageError, match="找不到文件"):
        import_table(tmp_path / "missing.xlsx", root, None, force=False)


def test_new_plan_has_every_field_and_builds(sample_root: Path) -> None:
    path = new_plan(sample_root, None, force=False)
    assert path == sample_root / "content/plans/2025-zwgk-gzyd.yaml"  # the year after the newest plan
    text = path.read_text(encoding="utf-8")
    for model in (Plan, Task, Progress, Assignment):
        for name in model.model_fields:
            assert f"{name}:" in text, f"{model.__name__}.{name} missing from the template"
    assert "previous: 2024-gzyd" in text
    linked, problems = check_site(sample_root, strict=True)
    assert problems.items == [] and len(linked.of(PLANS).tasks["2025-zwgk-gzyd"]) == 5
    with pytest.raises(UsageError, match="已存在，未写入：加 --force 覆盖"):
        new_plan(sample_root, path, force=False)
    path.write_text("编辑过的内容\n", encoding="utf-8")
    assert new_plan(sample_root, path, force=True) == path
    assert path.read_text(encoding="utf-8") == text
