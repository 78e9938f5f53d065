"""Report figures exactly as written (issue #9 points 4–5): page, CSV, charts and arithmetic.

An amount keeps every decimal the editor typed; a blank cell (``~``, ``""``) is shown 「—」 with
a note and exported empty, never as 0, and counts as 0 only in the arithmetic (R6).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from gongkai.build import build, check_site
from gongkai.reports.charts import report_charts
from gongkai.reports.exports import report_files
from gongkai.reports.facts import KEY as REPORTS
from gongkai.source import SourceFile, load_yaml

from .test_reports_pages import cells_of
from .test_reports_rules import REPORT, REPORT_2019, changed, problems_of

FEE = "fees: 5949.088667"
BLANKS = 'refused_query: [~, "", 0, null, 0, 0, ~]'


def _site(make_project: Callable[[dict[str, str]], Path], *pairs: tuple[str, str]) -> Path:
    return make_project({REPORT: changed(*pairs)})


def _csv(root: Path, name: str) -> list[str]:
    linked, _ = check_site(root)
    files = {f.url: f.data for f in report_files(linked)}
    return files[f"/zfxxgk/ndbg/2023/{name}"].decode("utf-8").lstrip("\ufeff").split("\r\n")


def test_loader_keeps_the_text_of_numbers() -> None:
    from gongkai.models.figures import read_figure

    text = "a: 5949.088667\nb: 12.50\nc: 3\nd: 012\ne: 0.1\n"
    data = load_yaml(SourceFile("x.yaml", "reports", text.encode())).data
    figures = {k: read_figure(v, "amount") for k, v in data.items()}
    assert {k: f.text for k, f in figures.items() if f} == {"a": "5949.088667", "b": "12.50", "c": "3", "e": "0.1"}
    assert figures["a"].value == Decimal("5949.088667") and figures["e"].value == Decimal("0.1")  # exact, not float
    assert figures["d"] is None, "YAML reads 012 as octal 10: refused, never shown as 10"


def test_fee_is_shown_and_exported_as_written(make_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    root = _site(make_project, ("fees: 0.0", FEE))
    assert problems_of(root) == []
    build(root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    assert [c["text"] for c in cells_of(html, "t2") if c["tag"] == "td"][-1] == "5949.088667"
    assert "第二十条第（八）项,行政事业性收费,本年收费金额（单位：万元）,5949.088667" in _csv(root, "2023-biao2.csv")


def test_2019_amount_keeps_its_trailing_zero(make_project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("amount: 120.5", "amount: 120.50"), text=REPORT_2019)
    root = make_project({"content/reports/2020.yaml": text})
    linked, _ = check_site(root)
    files = {f.url: f.data for f in report_files(linked)}
    assert "第二十条第（九）项,政府集中采购,采购总金额,120.50" in files["/zfxxgk/ndbg/2020/2020-biao2.csv"].decode()


def test_octal_looking_count_is_refused(make_project: Callable[[dict[str, str]], Path]) -> None:
    (err,) = problems_of(_site(make_project, ("licensing: 120", "licensing: 0120")))
    assert (
        err.zh
        == "表二 第二十条第（五）项 行政许可 / 本年处理决定数量：应为不小于 0 的整数（去掉开头的 0），填写为 0120"
    )


def test_blank_cells_stay_blank_with_a_note(make_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    root = _site(make_project, ("refused_query: [0, 0, 0, 0, 0, 0, 0]", BLANKS), ("penalty: 30", "penalty: ~"))
    assert problems_of(root) == [], "blank counts as 0 in R1–R3"
    build(root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    t3 = [c for c in cells_of(html, "t3") if c["tag"] == "td" and "勾稽关系" not in c["text"]]
    query = [c["text"] for c in t3 if "t3-refused_query" in c["headers"]]
    assert query == ["—", "—", "0", "—", "0", "0", "—"]
    t2 = {c["headers"]: c["text"] for c in cells_of(html, "t2") if c["tag"] == "td"}
    assert t2["t2-s3 t2-s3-r1 t2-s3-c1"] == "—"
    note = "表中 “—” 表示原报告此格空白；核对勾稽关系时按 0 计。"
    assert html.count(f'<p class="table-note">{note}</p>') == 2, "under 表二 and 表三, not under 表四"
    rows = _csv(root, "2023-biao3.csv")
    assert "三、本年度办理结果,（三）不予公开,8.属于行政查询事项,,,0,,0,0," in rows
    assert "第二十条第（六）项,行政处罚,本年处理决定数量," in _csv(root, "2023-biao2.csv")


def test_blank_total_is_named_blank_in_the_arithmetic(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = _site(make_project, ("reconsideration: [1, 0, 0, 0, 1]", "reconsideration: [1, 0, 0, 0, ~]"))
    (err,) = problems_of(root)
    assert err.zh == "表四 行政复议 / 总计：各项之和为 1，填写为 空白（按 0 计）"


def test_charts_and_history_never_turn_blank_into_zero(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = _site(
        make_project,
        ("lawsuit_direct: [0, 0, 0, 1, 1]", "lawsuit_direct: [~, ~, ~, ~, ~]"),
        ("lawsuit_after_reconsideration: [0, 0, 0, 0, 0]", "lawsuit_after_reconsideration: [~, ~, ~, ~, ~]"),
    )
    linked, problems = check_site(root)
    assert problems.errors == []
    _, _, reviews = report_charts([linked.site.of(REPORTS)[0].model])  # type: ignore[list-item]
    assert reviews.table_rows == (("2023年", "1", "0", "—", "—"),)
    assert reviews.summary == "复议和诉讼：2023年行政复议 1 件、行政诉讼 空白。"
    files = {f.url: f.data for f in report_files(linked)}
    history = files["/zfxxgk/ndbg/ndbg-linian.csv"].decode().split("\r\n")
    assert history[1].endswith(",1,"), history[1]
