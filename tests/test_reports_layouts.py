"""（六）其他处理 as real reports print it (issue #9 point 7).

Many reports in the 2021 format print （六）其他处理 as one row, as the 2019 form did. That row
is ``other_processing``; it is rendered as one row, checked in R1–R3, and a report that mixes it
up with the three-row form is told both forms, never to relabel the （六） total as 「3.其他」.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from gongkai.build import build, check_site
from gongkai.reports.exports import report_files

from .test_reports_pages import cells_of
from .test_reports_rules import REPORT, REPORT_2019, changed, problems_of

THREE = (
    "  other_no_correction: [0, 0, 0, 0, 0, 0, 0]\n  other_no_fee: [0, 0, 0, 0, 0, 0, 0]\n"
    "  other: [0, 0, 0, 0, 0, 0, 0]\n"
)
# One application of 其他处理, moved from （一）予以公开 so that every rule still holds.
ONE_ROW = changed(
    (THREE, "  other_processing: [1, 0, 0, 0, 0, 0, 1]\n"),
    ("granted: [5, 1, 0, 0, 1, 0, 7]", "granted: [4, 1, 0, 0, 1, 0, 6]"),
)
BOTH_FORMS = (
    "照原报告的版式填写。原报告在（六）其他处理下印有“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知"
    "要求缴纳费用…”“3.其他”三行时，写 other_no_correction、other_no_fee、other 三行，没有的数写 0；"
    "原报告只印“（六）其他处理”一行时，把这一行写作 other_processing：它是（六）其他处理的合计，不是“3.其他”。"
)
L1 = "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"
L2 = "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"


def test_one_row_form_is_accepted_and_rendered_as_printed(
    make_project: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    root = make_project({REPORT: ONE_ROW})
    assert problems_of(root) == []
    build(root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    cells = cells_of(html, "t3")
    heads = [c["text"] for c in cells if c["tag"] == "th"]
    assert heads[heads.index("（五）不予处理") + 6 : heads.index("（七）总计") + 1] == ["（六）其他处理", "（七）总计"]
    spans = {c["text"]: (c.get("rowspan"), c.get("colspan")) for c in cells}
    assert spans["（六）其他处理"] == (None, "2") and spans["三、本年度办理结果"] == ("20", None)
    row = [c["text"] for c in cells if c["tag"] == "td" and "t3-other_processing" in c.get("headers", "")]
    assert row == ["1", "0", "0", "0", "0", "0", "1"]
    linked, _ = check_site(root)
    t3 = {f.url: f.data for f in report_files(linked)}["/zfxxgk/ndbg/2023/2023-biao3.csv"].decode()
    assert "三、本年度办理结果,（六）其他处理,,1,0,0,0,0,0,1" in t3.split("\r\n")
    assert "other_no_fee" not in t3 and "3.其他" not in t3


def test_one_row_form_is_checked(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("other_processing: [1, 0, 0, 0, 0, 0, 1]", "other_processing: [2, 0, 0, 0, 0, 0, 1]"), text=ONE_ROW)
    found = [(e.field, e.zh) for e in problems_of(make_project({REPORT: text}))]
    assert found == [
        ("applications.other_processing[6]", "表三 （六）其他处理 / 总计：各项之和为 2，填写为 1"),
        ("applications.total[0]", "表三 （七）总计 / 自然人：各项之和为 10，填写为 9"),
    ]


def test_one_row_written_as_other_names_both_forms(make_project: Callable[[dict[str, str]], Path]) -> None:
    """The printed 一行 typed as ``other`` (which is 「3.其他」): named, not resolved by guessing."""
    text = changed(("other_processing:", "other:"), text=ONE_ROW)
    (err,) = problems_of(make_project({REPORT: text}))
    assert (err.field, err.line, err.warning) == ("applications.other", 40, False)
    assert err.zh == (
        "表三 （六）其他处理：只写了三行写法中的 other（3.其他），"
        f"缺少 other_no_correction（{L1}）、other_no_fee（{L2}）"
    )
    assert err.hint == BOTH_FORMS
    assert "填在 other" not in err.hint and "写在 other" not in err.hint


def test_both_forms_at_once(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("  other_processing:", "  other: [0, 0, 0, 0, 0, 0, 0]\n  other_processing:"), text=ONE_ROW)
    (err,) = problems_of(make_project({REPORT: text}))
    assert err.field == "applications.other_processing"
    assert err.zh == (
        "表三 （六）其他处理：既写了 other_processing（印为一行的“（六）其他处理”（2019试行格式的版式，"
        "许多按2021年格式编制的报告也这样印）），又写了三行写法中的 other（3.其他）；两种写法只能用一种"
    )
    assert err.hint == BOTH_FORMS


def test_neither_form(make_project: Callable[[dict[str, str]], Path]) -> None:
    (err,) = problems_of(make_project({REPORT: changed((THREE, ""))}))
    assert (err.field, err.zh, err.hint) == ("applications", "表三 缺少（六）其他处理", BOTH_FORMS)


def test_three_rows_in_a_2019_report_name_the_2021_format(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("  other: [0, 0, 0, 0, 0, 0, 0]\n", THREE), text=REPORT_2019)
    (err,) = problems_of(make_project({"content/reports/2020.yaml": text}))
    assert err.field == "applications.other_no_correction"
    assert err.zh == (
        "表三 （六）其他处理：2019试行格式（国办公开办函〔2019〕60号）只有一行 other，"
        f"这里写了三行写法（2021年格式）的 other_no_correction（{L1}）、other_no_fee（{L2}）"
    )
    assert err.hint.startswith('原报告在（六）其他处理下印有三行时，它用的是2021年格式：把 format 改为 "2021"')


def test_one_row_key_in_a_2019_report(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("  other: [0, 0, 0, 0, 0, 0, 0]", "  other_processing: [0, 0, 0, 0, 0, 0, 0]"), text=REPORT_2019)
    (err,) = problems_of(make_project({"content/reports/2020.yaml": text}))
    assert (err.field, err.zh) == (
        "applications.other_processing",
        "表三 （六）其他处理：2019试行格式中这一行写作 other，不是 other_processing",
    )


def test_unknown_row_near_other_is_never_sent_to_3_other(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("other_processing:", "others:"), text=ONE_ROW)
    found = [(e.field, e.zh, e.hint) for e in problems_of(make_project({REPORT: text}))]
    assert found == [
        (
            "applications.others",
            "表三 未知的行 “others”：（六）其他处理写作三行 other_no_correction、other_no_fee、other，"
            "或印为一行时写 other_processing",
            BOTH_FORMS,
        ),
        ("applications", "表三 缺少（六）其他处理", BOTH_FORMS),
    ]


def test_unknown_row_gets_the_nearest_name(make_project: Callable[[dict[str, str]], Path]) -> None:
    typo = changed(("refused_query:", "refused_qurey:"))
    missing, unknown = problems_of(make_project({REPORT: typo}))
    assert missing.zh == "缺少必填字段 “表三 （三）不予公开 8.属于行政查询事项”"
    assert (unknown.field, unknown.zh) == (
        "applications.refused_qurey",
        "表三 未知的行 “refused_qurey”，是否应为 “refused_query”？",
    )
    assert unknown.hint.startswith("可用的行：new、carried_over、granted、")
