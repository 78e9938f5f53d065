"""Report pages: official labels in order, every number tied to its headers, CSV, charts, part 六."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter

from gongkai.build import build, check_site
from gongkai.models import AnyReport, Plan
from gongkai.models.reports import Report
from gongkai.plans.facts import KEY as PLANS
from gongkai.reports.charts import report_charts
from gongkai.reports.exports import report_files
from gongkai.reports.facts import KEY as REPORTS

from .test_reports_rules import REPORT_2019, SAMPLE_REPORT, changed

T2_2021 = [
    "第二十条第（一）项",
    "信息内容",
    "本年制发件数",
    "本年废止件数",
    "现行有效件数",
    "规章",
    "行政规范性文件",
    "第二十条第（五）项",
    "信息内容",
    "本年处理决定数量",
    "行政许可",
    "第二十条第（六）项",
    "信息内容",
    "本年处理决定数量",
    "行政处罚",
    "行政强制",
    "第二十条第（八）项",
    "信息内容",
    "本年收费金额（单位：万元）",
    "行政事业性收费",
]
T2_2019 = [
    "第二十条第（一）项",
    "信息内容",
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "规章",
    "规范性文件",
    "第二十条第（五）项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政许可",
    "其他对外管理服务事项",
    "第二十条第（六）项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "处理决定数量",
    "行政处罚",
    "行政强制",
    "第二十条第（八）项",
    "信息内容",
    "上一年项目数量",
    "本年增/减",
    "行政事业性收费",
    "第二十条第（九）项",
    "信息内容",
    "采购项目数量",
    "采购总金额",
    "政府集中采购",
]
T3_HEAD = [
    "申请人情况",
    "自然人",
    "法人或其他组织",
    "总计",
    "商业企业",
    "科研机构",
    "社会公益组织",
    "法律服务机构",
    "其他",
]
T3_OTHER_2021 = [
    "（六）其他处理",
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
]
T3_BODY = [
    "一、本年新收政府信息公开申请数量",
    "二、上年结转政府信息公开申请数量",
    "三、本年度办理结果",
    "（一）予以公开",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "（三）不予公开",
    "1.属于国家秘密",
    "2.其他法律行政法规禁止公开",
    "3.危及“三安全一稳定”",
    "4.保护第三方合法权益",
    "5.属于三类内部事务信息",
    "6.属于四类过程性信息",
    "7.属于行政执法案卷",
    "8.属于行政查询事项",
    "（四）无法提供",
    "1.本机关不掌握相关政府信息",
    "2.没有现成信息需要另行制作",
    "3.补正后申请内容仍不明确",
    "（五）不予处理",
    "1.信访举报投诉类申请",
    "2.重复申请",
    "3.要求提供公开出版物",
    "4.无正当理由大量反复申请",
    "5.要求行政机关确认或重新出具已获取信息",
    "（六）OTHER",
    "（七）总计",
    "四、结转下年度继续办理",
]
T4 = [
    "行政复议",
    "行政诉讼",
    "结果维持",
    "结果纠正",
    "其他结果",
    "尚未审结",
    "总计",
    "未经复议直接起诉",
    "复议后起诉",
    *(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
]


class Cells(HTMLParser):
    """Every th/td of one table (by id), in document order, with its attributes."""

    def __init__(self, table_id: str) -> None:
        super().__init__()
        self.table_id, self.depth, self.cells, self.current = table_id, 0, [], None
        self.attrs_stack: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "table" and (self.depth or a.get("id") == self.table_id):
            self.depth += 1
        elif self.depth and tag in ("th", "td"):
            self.current = {"tag": tag, "text": "", **a}

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self.depth:
            self.depth -= 1
        elif self.depth and tag in ("th", "td") and self.current is not None:
            self.current["text"] = self.current["text"].strip()
            self.cells.append(self.current)
            self.current = None

    def handle_data(self, data: str) -> None:
        if self.current is not None:
            self.current["text"] += data


def cells_of(html: str, table_id: str) -> list[dict[str, str]]:
    parser = Cells(table_id)
    parser.feed(html)
    assert parser.cells, table_id
    return parser.cells


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample site plus a 2019-format report for 2020, built once."""
    from .conftest import SAMPLE

    root = tmp_path_factory.mktemp("site") / "s"
    import shutil

    shutil.copytree(SAMPLE, root)
    (root / "content/reports/2020.yaml").write_text(REPORT_2019, encoding="utf-8")
    build(root, root / "out", search=False)
    return root / "out"


@pytest.mark.parametrize(("year", "t2", "other"), [(2023, T2_2021, T3_OTHER_2021), (2020, T2_2019, ["（六）其他处理"])])
def test_tables_carry_every_official_label_in_order(built: Path, year: int, t2: list[str], other: list[str]) -> None:
    html = (built / f"zfxxgk/ndbg/{year}/index.html").read_text(encoding="utf-8")
    assert [c["text"] for c in cells_of(html, "t2") if c["tag"] == "th"] == t2
    body = [x for label in T3_BODY for x in (other if label == "（六）OTHER" else [label])]
    assert [c["text"] for c in cells_of(html, "t3") if c["tag"] == "th"] == T3_HEAD + body
    assert [c["text"] for c in cells_of(html, "t4") if c["tag"] == "th"] == T4
    spans = {c["text"]: (c.get("rowspan"), c.get("colspan")) for c in cells_of(html, "t3")}
    assert spans["三、本年度办理结果"] == (str(20 if year == 2020 else 22), None)
    assert spans["（三）不予公开"] == ("8", None) and spans["（七）总计"] == (None, "2")
    assert spans["一、本年新收政府信息公开申请数量"] == (None, "3")
    notes = [c for c in cells_of(html, "t3") if c["tag"] == "td" and "勾稽关系" in c["text"]]
    assert [(n["colspan"], n["rowspan"]) for n in notes] == [("3", "3")]
    for h in (
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ):
        assert re.search(rf"<h2 id=\"[^\"]+\">{h}</h2>", html), h


@pytest.mark.parametrize("table", ["t2", "t3", "t4"])
def test_every_number_is_tied_to_its_row_and_column_headers(built: Path, table: str) -> None:
    html = (built / "zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    cells = cells_of(html, table)
    ths = {c["id"]: c["text"] for c in cells if c["tag"] == "th" and c.get("id")}
    data = [c for c in cells if c["tag"] == "td" and "勾稽关系" not in c["text"]]
    assert data and all(re.fullmatch(r"-?\d+(\.\d+)?", c["text"]) for c in data)
    for c in data:
        named = [ths[i] for i in c["headers"].split()]  # KeyError if an id is not a header of this table
        assert c["data-label"] in " ".join(named) or table == "t2" and c["data-label"] in named
    by = {(tuple(ths[i] for i in c["headers"].split())): c["text"] for c in data}
    if table == "t3":
        assert (
            by[("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "申请人情况", "法人或其他组织", "科研机构")]
            == "0"
        )
        assert by[("三、本年度办理结果", "（七）总计", "申请人情况", "总计")] == "12"
        assert by[("四、结转下年度继续办理", "申请人情况", "自然人")] == "2"
    if table == "t4":
        assert by[("行政诉讼", "未经复议直接起诉", "尚未审结")] == "1"
        assert len(data) == 15
    if table == "t2":
        assert by[("第二十条第（六）项", "行政处罚", "本年处理决定数量")] == "30"


def test_csv_downloads_are_linked_and_complete(built: Path, sample_root: Path) -> None:
    linked, _ = check_site(sample_root)
    files = {f.url: f.data for f in report_files(linked)}
    assert sorted(files) == [
        "/zfxxgk/ndbg/2023/2023-biao2.csv",
        "/zfxxgk/ndbg/2023/2023-biao3.csv",
        "/zfxxgk/ndbg/2023/2023-biao4.csv",
        "/zfxxgk/ndbg/ndbg-linian.csv",
    ]
    t3 = files["/zfxxgk/ndbg/2023/2023-biao3.csv"].decode("utf-8")
    assert t3.startswith("\ufeff项目,办理结果,具体情形,自然人,法人或其他组织：商业企业,")
    rows = t3.lstrip("\ufeff").split("\r\n")[:-1]
    assert len(rows) == 26
    assert rows[5] == "三、本年度办理结果,（三）不予公开,1.属于国家秘密,0,0,0,0,0,0,0"
    assert rows[-1] == "四、结转下年度继续办理,,,2,0,0,0,0,0,2"
    t2 = files["/zfxxgk/ndbg/2023/2023-biao2.csv"].decode("utf-8").split("\r\n")
    assert (
        t2[0] == "\ufeff条款,信息内容,指标,数值"
        and "第二十条第（八）项,行政事业性收费,本年收费金额（单位：万元）,0.0" in t2
    )
    t4 = files["/zfxxgk/ndbg/2023/2023-biao4.csv"].decode("utf-8").split("\r\n")
    assert t4[2] == "行政诉讼,未经复议直接起诉,0,0,0,1,1"
    page = (built / "zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    for n in (2, 3, 4):
        assert f'href="../../../zfxxgk/ndbg/2023/2023-biao{n}.csv" download' in page
        assert (built / f"zfxxgk/ndbg/2023/2023-biao{n}.csv").is_file()


def reports_of(*texts: str) -> list[Report]:
    adapter: TypeAdapter[Report] = TypeAdapter(AnyReport)
    return [adapter.validate_python(yaml.safe_load(t)) for t in texts]


def test_charts_show_each_year_in_order_with_text_and_table() -> None:
    old = changed(
        ("year: 2023", "year: 2022"),
        ("new: [10, 2, 0, 0, 1, 0, 13]", "new: [11, 2, 0, 0, 1, 0, 14]"),
        ("carried_forward: [2, 0, 0, 0, 0, 0, 2]", "carried_forward: [3, 0, 0, 0, 0, 0, 3]"),
    )
    charts = report_charts(reports_of(SAMPLE_REPORT, REPORT_2019, old))
    new, results, reviews = charts
    assert [lab.text for lab in new.labels] == ["2020年", "13 件", "2022年", "14 件", "2023年", "13 件"]
    assert new.summary == "新收申请：2020年 13 件；2022年 14 件；2023年 13 件。"
    assert results.table_head == (
        "年度",
        "予以公开",
        "部分公开",
        "不予公开",
        "无法提供",
        "不予处理",
        "其他处理",
        "合计",
    )
    assert results.table_rows[0] == ("2020年", "7", "1", "0", "4", "0", "0", "12")
    assert results.table_rows[2] == ("2023年", "7", "1", "0", "4", "0", "0", "12")
    widest = max(r.x + r.width for r in results.rects)
    assert widest <= results.width - 70, "numbers after the longest bar stay inside the chart"
    assert reviews.summary.startswith("复议和诉讼：2020年行政复议 1 件、行政诉讼 1 件")
    assert report_charts([]) == []


def test_list_page_draws_charts_without_scripts_or_style_attributes(built: Path) -> None:
    html = (built / "zfxxgk/ndbg/index.html").read_text(encoding="utf-8")
    assert html.count('<svg role="img"') == 3 and "<script" not in html.split("<main")[1] and " style=" not in html
    for chart in ("ch-new", "ch-results", "ch-reviews"):
        assert f'aria-labelledby="{chart}-title {chart}-sum"' in html
        assert f'id="{chart}-title"' in html and f'<figcaption id="{chart}-sum">' in html
    assert html.count('<details class="chart-data">') == 3
    assert "以下图表取自 2020、2023 年度报告" in html
    assert html.index("2023年政府信息公开工作年度报告") < html.index("2020年政府信息公开工作年度报告")
    assert "国办公开办函〔2019〕60号试行格式" in html and 'href="../../zfxxgk/ndbg/ndbg-linian.csv" download' in html
    assert 'href="../../static/css/reports.css"' in html


def plan_with(progress: list[list[tuple[str, str]]]) -> Plan:
    tasks = [
        {
            "requirement": f"r{i}",
            "units": ["x"],
            "progress": [{"date": dt.date.fromisoformat(d), "status": s, "note": "n"} for d, s in entries],
        }
        for i, entries in enumerate(progress)
    ]
    return Plan.model_validate({"title": "2023年政务公开工作要点", "year": 2023, "publisher": "x", "tasks": tasks})


def test_part_six_counts_with_the_ledgers_rules_on_the_report_date(sample_root: Path) -> None:
    """Part 六 takes each task's state by the one rule set (plans/status.py), on the publication date:
    entries after it are not counted, and the same-day tie goes to the entry listed last."""
    (sample_root / "content/plans/2023-follow.yaml").write_text(
        "title: 示例县2023年政务公开工作要点（规则测试）\nyear: 2023\npublisher: zfb\ntasks:\n"
        + "".join(
            f"  - requirement: 任务{i}。\n    units: [zfb]\n    deadline: {deadline}\n"
            + ("    progress:\n" + "".join(f"      - {{date: {d}, status: {st}, note: n}}\n" for d, st in entries))
            * bool(entries)
            for i, (deadline, entries) in enumerate(
                [
                    ("2023年12月31日前", [("2023-03-01", "推进中"), ("2023-11-30", "已完成")]),
                    (
                        "2023年12月31日前",
                        [("2023-05-01", "推进中"), ("2024-06-01", "已完成")],
                    ),  # done after publication
                    ("2023年12月31日前", [("2023-12-01", "已完成"), ("2023-12-01", "推进中")]),  # same day: last wins
                    ("长期坚持", [("2023-02-01", "长期坚持")]),
                    ("2024年6月底前", []),
                    ("2023年6月底前", []),
                ]
            )
        ),
        encoding="utf-8",
    )
    linked, _ = check_site(sample_root)
    (f,) = [f for f in linked.of(REPORTS).follow_ups[2023] if f.url.endswith("/2023-follow/")]
    counts = {status.value: f.tally.count(status) for status in f.statuses}
    assert counts == {"已完成": 1, "进行中": 1, "未到期": 1, "逾期": 2, "未报送落实情况": 1}
    assert (f.on, f.as_of, f.recorded) == (dt.date(2024, 1, 25), dt.date(2023, 12, 1), 4)
    # On the day the report was published the plan's ledger says exactly the same thing.
    on_that_day, _ = check_site(sample_root, today=dt.date(2024, 1, 25))
    ledger = [ref.state.status for ref in on_that_day.of(PLANS).tasks["2023-follow"]]
    assert [f.tally.count(s) for s in f.statuses] == [ledger.count(s) for s in f.statuses]


FOLLOW_PLAN = """title: 示例县2023年政务公开工作要点（落实情况测试）
year: 2023
publisher: zfb
tasks:
  - requirement: 公开重大决策。
    units: [zfb]
    progress:
      - {date: 2023-06-30, status: 推进中, note: 已开设专栏。}
      - {date: 2023-12-20, status: 已完成, note: 已全部公开。}
  - requirement: 公开惠企政策。
    units: [zfb]
    progress:
      - {date: 2023-04-01, status: 长期坚持, note: 按月更新。}
  - requirement: 公开预决算。
    units: [zfb]
"""


def test_part_six_states_how_the_plan_went(sample_root: Path, tmp_path: Path) -> None:
    (sample_root / "content/plans/2023-follow.yaml").write_text(FOLLOW_PLAN, encoding="utf-8")
    build(sample_root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    six = html.split('id="part-6"')[1]
    section = six.split("示例县2023年政务公开工作要点（落实情况测试）落实情况")[1].split("</section>")[0]
    assert 'href="../../../zfxxgk/fdzdgknr/gzyd/2023-follow/"' in section
    assert (
        "共 3 项任务：已完成 1 项；进行中 1 项；未到期 0 项；逾期 0 项；未报送落实情况 1 项。其中 1 项到该日尚无落实情况记录。"
    ) in section
    assert '截至本报告发布日 <time datetime="2024-01-25">2024年1月25日</time>，共 3 项任务' in section
    assert '<time datetime="2023-12-20">2023年12月20日</time>' in section
    report = sample_root / "content/reports/2023.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("plan_progress: true\n", ""), encoding="utf-8")
    build(sample_root, tmp_path / "out2", search=False)
    html = (tmp_path / "out2/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    assert "2023-follow" not in html and "follow-up" not in html, "part 六 lists plans only when the report asks"


def test_real_report_never_shows_sample_follow_up(sample_root: Path, tmp_path: Path) -> None:
    """A transcribed report (not 示例) asking for part 六's follow-through skips 示例 plans, with a warning."""
    (sample_root / "content/plans/2023-follow.yaml").write_text(FOLLOW_PLAN, encoding="utf-8")
    sample_plan = FOLLOW_PLAN.replace("（落实情况测试）", "（示例计划）") + "sample: true\n"
    (sample_root / "content/plans/2023-sample.yaml").write_text(sample_plan, encoding="utf-8")
    report = sample_root / "content/reports/2023.yaml"
    text = report.read_text(encoding="utf-8").replace("sample: true\nsample_note: 报告数字为示例。\n", "")
    report.write_text(text, encoding="utf-8")
    linked, problems = check_site(sample_root)
    skipped = "” 或其落实情况是示例，不列入本报告（本报告不是示例）的第六部分"
    assert [(w.field, w.zh) for w in problems.warnings if w.path.endswith("2023.yaml")] == [
        ("plan_progress", "“示例县2023年政务公开工作要点" + skipped),  # its 落实情况 are 示例
        ("plan_progress", "“示例县2023年政务公开工作要点（示例计划）" + skipped),
    ]
    build(sample_root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    six = html.split('id="part-6"')[1].split("</article>")[0]
    assert "（落实情况测试）落实情况" in six and "示例计划" not in six
    assert "（示例）" not in six and "sample" not in six


def test_free_report_page_shows_body_and_attachment(sample_root: Path, tmp_path: Path) -> None:
    (sample_root / "content/files").mkdir(exist_ok=True)
    (sample_root / "content/files/2018-ndbg.pdf").write_bytes(b"%PDF-1.4\n")
    (sample_root / "content/reports/2018.yaml").write_text(
        "year: 2018\nformat: free\npublished: 2019-03-20\nbody: |\n  ## 一、概述\n\n  全年受理申请27件。\n"
        "attachments:\n  - title: 报告原文\n    file: files/2018-ndbg.pdf\n",
        encoding="utf-8",
    )
    build(sample_root, tmp_path / "out", search=False)
    html = (tmp_path / "out/zfxxgk/ndbg/2018/index.html").read_text(encoding="utf-8")
    assert "<h2>一、概述</h2>" in html and "全年受理申请27件。" in html
    assert '<a href="../../../files/2018-ndbg.pdf">报告原文</a>（PDF）' in html
    assert "自由格式（早年报告）" in html and "<table" not in html.split("<main")[1]
    listing = (tmp_path / "out/zfxxgk/ndbg/index.html").read_text(encoding="utf-8")
    assert "2018 年度报告为自由格式，没有统一表格，未纳入图表。" in listing
    assert not (tmp_path / "out/zfxxgk/ndbg/2018/2018-biao3.csv").exists()


def test_page_shows_intro_signature_and_official_original(built: Path) -> None:
    """引言 before part 一, 落款 and its date after part 六, the official original linked (issue #9 point 8)."""
    html = (built / "zfxxgk/ndbg/2023/index.html").read_text(encoding="utf-8")
    article = html.split('<article class="report">')[1].split("</article>")[0]
    intro = '<div class="body report-intro"><p>本报告依据《中华人民共和国政府信息公开条例》编制'
    assert article.index(intro) < article.index('id="part-1"')
    url = "https://xxgk.example.gov.cn/art/2024/1/25/art_1_2023.html"
    assert f'<dt>官方原文</dt><dd><a href="{url}" rel="external">{url}</a></dd>' in article
    signature = '<p class="signature">示例县人民政府办公室<br><time datetime="2024-01-20">2024年1月20日</time></p>'
    assert article.index('id="part-6"') < article.index(signature) < article.index('class="follow-up"')
    old = (built / "zfxxgk/ndbg/2020/index.html").read_text(encoding="utf-8")
    assert "report-intro" not in old and 'class="signature"' not in old and "官方原文" not in old


def test_signed_after_published_is_a_warning(sample_root: Path) -> None:
    report = sample_root / "content/reports/2023.yaml"
    report.write_text(report.read_text(encoding="utf-8").replace("signed: 2024-01-20", "signed: 2024-02-20"), "utf-8")
    _, problems = check_site(sample_root)
    assert [(w.field, w.zh) for w in problems.warnings if w.field == "signed"] == [
        ("signed", "落款日期 2024-02-20 晚于发布日期 2024-01-25")
    ]
