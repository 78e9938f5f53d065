"""Rules R1–R9 of the annual report (standards.md §3.5): each broken on its own, exact messages.

The starting point is the consistent 2023 report of tests/sample_site; each case changes it (or
adds last year's report) so that exactly one rule breaks, and asserts every message it yields.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai.errors import ContentError, Problems
from gongkai.kinds import FOLDERS, REGISTRY
from gongkai.link import link_site
from gongkai.load import load_site
from gongkai.models import Document
from gongkai.reports.derived import derive
from gongkai.source import Locator, SourceFile, discover_assets, discover_sources, load_yaml
from gongkai.values import Entry

from .conftest import SAMPLE

REPORT = "content/reports/2023.yaml"
SAMPLE_REPORT = (SAMPLE / REPORT).read_text(encoding="utf-8")
# The sample without its 引言, 落款 and part 六 request: the base of other years' reports.
TABLES_ONLY = SAMPLE_REPORT.split("\nintro:")[0] + "\n"
Problem = tuple[str, int | None, str, bool]


@pytest.fixture
def project(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """The sample site with ``files`` laid over it, in a fresh folder at every call."""
    count = iter(range(100))

    def make(files: dict[str, str]) -> Path:
        target = tmp_path / f"site{next(count)}"
        shutil.copytree(SAMPLE, target)
        for rel, text in files.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_text(text, encoding="utf-8")
        return target

    return make


def problems_of(root: Path) -> list[ContentError]:
    """Every error and warning of a site, from loading and linking (nothing raised)."""
    problems = Problems()
    site = load_site(discover_sources(root, FOLDERS), REGISTRY, problems)
    if site is not None:
        link_site(site, REGISTRY, discover_assets(root), problems)
    return problems.items


def changed(*pairs: tuple[str, str], text: str = SAMPLE_REPORT) -> str:
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    return text


def last_year(new: str, forward: str, normative: str) -> str:
    """A consistent 2022 report: only 一, 四 and 表二（一） differ from the 2023 sample."""
    return changed(
        ("year: 2023", "year: 2022"),
        ("published: 2024-01-25", "published: 2023-01-20"),
        ("new: [10, 2, 0, 0, 1, 0, 13]", f"new: {new}"),
        ("carried_forward: [2, 0, 0, 0, 0, 0, 2]", f"carried_forward: {forward}"),
        ("normative_documents: {issued: 1, repealed: 0, current: 1}", f"normative_documents: {normative}"),
        text=TABLES_ONLY,
    )


RULES: list[tuple[str, dict[str, str], list[Problem]]] = [
    (
        "R1 每行总计",
        {REPORT: changed(("granted: [5, 1, 0, 0, 1, 0, 7]", "granted: [5, 1, 0, 0, 1, 0, 8]"))},
        [("applications.granted[6]", 22, "表三 （一）予以公开 / 总计：各项之和为 7，填写为 8", False)],
    ),
    (
        "R2 一+二=（七）+四",
        {REPORT: changed(("carried_forward: [2, 0, 0, 0, 0, 0, 2]", "carried_forward: [3, 0, 0, 0, 0, 0, 3]"))},
        [
            (
                "applications.carried_forward[0]",
                44,
                "表三 四、结转下年度继续办理 / 自然人：按“一 + 二 = （七）总计 + 四”应为 2（10 + 1 − 9），填写为 3",
                False,
            )
        ],
    ),
    (
        "R2 located at 一 when 四 would be negative",
        {REPORT: changed(("new: [10, 2, 0, 0, 1, 0, 13]", "new: [7, 2, 0, 0, 1, 0, 10]"))},
        [
            (
                "applications.new[0]",
                20,
                "表三 一、本年新收政府信息公开申请数量 / 自然人：按“一 + 二 = （七）总计 + 四”应为 10（9 + 2 − 1），填写为 7",
                False,
            )
        ],
    ),
    (
        "R3 （七）总计 = 各项之和",
        {
            REPORT: changed(
                ("total: [9, 2, 0, 0, 1, 0, 12]", "total: [10, 2, 0, 0, 1, 0, 13]"),
                ("carried_forward: [2, 0, 0, 0, 0, 0, 2]", "carried_forward: [1, 0, 0, 0, 0, 0, 1]"),
            )
        },
        [("applications.total[0]", 43, "表三 （七）总计 / 自然人：各项之和为 9，填写为 10", False)],
    ),
    (
        "R4 一件申请计入两种结果",
        {REPORT: changed(("partial: [1, 0, 0, 0, 0, 0, 1]", "partial: [2, 0, 0, 0, 0, 0, 2]"))},
        [("applications.total[0]", 43, "表三 （七）总计 / 自然人：各项之和为 10，填写为 9", False)],
    ),
    (
        "R5 表四 总计",
        {REPORT: changed(("reconsideration: [1, 0, 0, 0, 1]", "reconsideration: [1, 1, 0, 0, 1]"))},
        [("reviews.reconsideration[4]", 46, "表四 行政复议 / 总计：各项之和为 2，填写为 1", False)],
    ),
    (
        "R6 缺格",
        {REPORT: changed(("carried_over: [1, 0, 0, 0, 0, 0, 1]", "carried_over: [1, 0, 0, 0, 0, 0]"))},
        [
            (
                "applications.carried_over",
                21,
                "表三 二、上年结转政府信息公开申请数量：应有 7 格（自然人、商业企业、科研机构、社会公益组织、"
                "法律服务机构、其他、总计），填写了 6 格；缺格不按 0 计，请补全，没有的数写 0",
                False,
            )
        ],
    ),
    (
        "R6 负数与小数",
        {
            REPORT: changed(
                ("new: [10, 2, 0, 0, 1, 0, 13]", "new: [10, 2, -1, 0, 1, 0, 13]"),
                ("lawsuit_direct: [0, 0, 0, 1, 1]", "lawsuit_direct: [0, 0, 0, 1, 1.0]"),
            )
        },
        [
            (
                "applications.new[2]",
                20,
                "表三 一、本年新收政府信息公开申请数量 / 科研机构：应为不小于 0 的整数，填写为 -1",
                False,
            ),
            (
                "reviews.lawsuit_direct[4]",
                47,
                "表四 行政诉讼 未经复议直接起诉 / 总计：应为不小于 0 的整数，填写为 1.0",
                False,
            ),
        ],
    ),
    (
        "R6 缺行",
        {REPORT: changed(("  refused_query: [0, 0, 0, 0, 0, 0, 0]\n", ""))},
        [("applications.refused_query", 19, "缺少必填字段 “表三 （三）不予公开 8.属于行政查询事项”", False)],
    ),
    (
        "R7 表二",
        {
            REPORT: changed(
                ("licensing: 120", 'licensing: "120"'),
                ("fees: 0.0", "fees: -0.5"),
                ("{issued: 1, repealed: 0, current: 1}", "{issued: 1, repealed: 0}"),
                ("{issued: 0, repealed: 0, current: 0}", "{isued: 0, repealed: 0, current: 0}"),
            )
        },
        [
            (
                "proactive.regulations",
                13,
                "表二 第二十条第（一）项 规章 / 本年制发件数：缺少此格（issued），没有的数请写 0",
                False,
            ),
            (
                "proactive.regulations.isued",
                13,
                "表二 第二十条第（一）项 规章：未知字段 “isued”，是否应为 “issued”？（可用：issued、repealed、current）",
                False,
            ),
            (
                "proactive.normative_documents",
                14,
                "表二 第二十条第（一）项 行政规范性文件 / 现行有效件数：缺少此格（current），没有的数请写 0",
                False,
            ),
            (
                "proactive.licensing",
                15,
                "表二 第二十条第（五）项 行政许可 / 本年处理决定数量：应为不小于 0 的整数（不加引号），填写为 “120”",
                False,
            ),
            (
                "proactive.fees",
                18,
                "表二 第二十条第（八）项 行政事业性收费 / 本年收费金额（单位：万元）：应为不小于 0 的数，填写为 -0.5",
                False,
            ),
        ],
    ),
    (
        "R8 上年结转 = 上年结转下年度",
        {
            "content/reports/2022.yaml": last_year(
                "[11, 2, 0, 0, 1, 0, 14]", "[3, 0, 0, 0, 0, 0, 3]", "{issued: 0, repealed: 0, current: 0}"
            )
        },
        [
            (
                "applications.carried_over[0]",
                21,
                "表三 二、上年结转政府信息公开申请数量 / 自然人：应等于 2022 年报告“四、结转下年度继续办理”的 3，填写为 1",
                True,
            )
        ],
    ),
    (
        "R9 现行有效件数衔接",
        {
            "content/reports/2022.yaml": last_year(
                "[9, 2, 0, 0, 1, 0, 12]", "[1, 0, 0, 0, 0, 0, 1]", "{issued: 0, repealed: 0, current: 5}"
            )
        },
        [
            (
                "proactive.normative_documents.current",
                14,
                "表二 第二十条第（一）项 行政规范性文件 / 现行有效件数：按 2022 年现行有效 5 + "
                "本年制发 1 − 本年废止 0 应为 6，填写为 1",
                True,
            )
        ],
    ),
]


@pytest.mark.parametrize(("rule", "files", "expected"), RULES, ids=[r[0] for r in RULES])
def test_each_rule_alone(
    rule: str, files: dict[str, str], expected: list[Problem], project: Callable[[dict[str, str]], Path]
) -> None:
    problems = problems_of(project(files))
    found = [(e.field, e.line, e.zh, e.warning) for e in problems]
    assert sorted(found, key=str) == sorted(expected, key=str)
    assert all(e.path == REPORT for e in problems)


@pytest.mark.parametrize(("case", "explained"), [(4, True), (3, False)])
def test_r4_double_counting_is_explained(case: int, explained: bool, project: Callable[[dict[str, str]], Path]) -> None:
    (err,) = problems_of(project(RULES[case][1]))
    assert "R3" in err.hint
    assert ("R4" in err.hint and "部分公开" in err.hint) is explained


def test_all_errors_of_a_report_come_at_once(project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(
        ("granted: [5, 1, 0, 0, 1, 0, 7]", "granted: [5, 1, 0, 0, 1, 0, 8]"),
        ("carried_forward: [2, 0, 0, 0, 0, 0, 2]", "carried_forward: [3, 0, 0, 0, 0, 0, 3]"),
        ("reconsideration: [1, 0, 0, 0, 1]", "reconsideration: [1, 1, 0, 0, 1]"),
    )
    found = problems_of(project({REPORT: text}))
    assert [e.field for e in found] == [
        "applications.granted[6]",
        "applications.carried_forward[0]",
        "reviews.reconsideration[4]",
    ]
    assert all(e.excerpt and e.line for e in found)


def test_cells_written_empty_count_as_zero(project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("refused_query: [0, 0, 0, 0, 0, 0, 0]", 'refused_query: [~, "", 0, null, 0, 0, 0]'))
    assert problems_of(project({REPORT: text})) == []


def test_cross_year_note_explains_a_break(project: Callable[[dict[str, str]], Path]) -> None:
    files = dict(RULES[-1][1])
    files[REPORT] = SAMPLE_REPORT + "cross_year_note: 2022年报告的现行有效件数含已修订文件，2023年起按修订后计。\n"
    assert problems_of(project(files)) == []


def test_unknown_format_names_the_three(project: Callable[[dict[str, str]], Path]) -> None:
    (err,) = problems_of(project({REPORT: changed(('format: "2021"', "format: 2020"))}))
    assert (err.field, err.line) == ("format", 2)
    assert err.zh == (
        "报告格式 2020 不存在，应为 “2021”（国办公开办函〔2021〕30号）、“2019”（国办公开办函〔2019〕60号试行格式）"
        "或 free（早年自由格式）"
    )


# ---------------------------------------------------------------- the 2019 trial format

REPORT_2019 = changed(
    ("year: 2023", "year: 2020"),
    ('format: "2021"', 'format: "2019"'),
    ("published: 2024-01-25", "published: 2021-01-25"),
    (
        "  regulations: {issued: 0, repealed: 0, current: 0}\n  normative_documents: {issued: 1, repealed: 0, current: 1}\n"
        "  licensing: 120\n  penalty: 30\n  enforcement: 2\n  fees: 0.0\n",
        "  regulations: {made: 0, published: 0, total: 0}\n  normative_documents: {made: 1, published: 1, total: 9}\n"
        "  licensing: {previous: 20, change: -2, decisions: 120}\n  other_services: {previous: 5, change: 0, decisions: 14}\n"
        "  penalty: {previous: 8, change: 1, decisions: 30}\n  enforcement: {previous: 2, change: 0, decisions: 2}\n"
        "  fees: {previous: 3, change: 0}\n  procurement: {projects: 4, amount: 120.5}\n",
    ),
    ("  other_no_correction: [0, 0, 0, 0, 0, 0, 0]\n  other_no_fee: [0, 0, 0, 0, 0, 0, 0]\n", ""),
    text=TABLES_ONLY,
)


def test_2019_format_is_consistent_and_checked(project: Callable[[dict[str, str]], Path]) -> None:
    path = "content/reports/2020.yaml"
    assert problems_of(project({path: REPORT_2019})) == []
    broken = changed(("  other: [0, 0, 0, 0, 0, 0, 0]", "  other: [1, 0, 0, 0, 0, 0, 1]"), text=REPORT_2019)
    found = [(e.path, e.field, e.zh) for e in problems_of(project({path: broken}))]
    assert found == [(path, "applications.total[0]", "表三 （七）总计 / 自然人：各项之和为 10，填写为 9")]
    negative = changed(("fees: {previous: 3, change: 0}", "fees: {previous: 3, change: -4.5}"), text=REPORT_2019)
    (err,) = problems_of(project({path: negative}))
    assert err.zh == "表二 第二十条第（八）项 行政事业性收费 / 本年增/减：应为整数（减少写负数，如 -2），填写为 -4.5"
    assert err.field == "proactive.fees.change"


def test_r8_runs_from_a_2019_report_into_2021(project: Callable[[dict[str, str]], Path]) -> None:
    last = changed(("year: 2020", "year: 2022"), ("published: 2021-01-25", "published: 2023-01-25"), text=REPORT_2019)
    found = problems_of(project({"content/reports/2022.yaml": last}))
    assert [(e.field, e.zh) for e in found] == [
        (
            "applications.carried_over[0]",
            "表三 二、上年结转政府信息公开申请数量 / 自然人：应等于 2022 年报告“四、结转下年度继续办理”的 2，填写为 1",
        )
    ]


# ---------------------------------------------------------------- 表二（一） from the documents


def doc(
    slug: str, doc_type: str, written: str, validity: str = "现行有效", expired: str | None = None
) -> Entry[Document]:
    model = Document.model_validate(
        {
            "title": slug,
            "publisher": "x",
            "written": dt.date.fromisoformat(written),
            "category": "20-1",
            "topic": "综合政务\\政务公开",
            "summary": "s",
            "body": "b",
            "doc_type": doc_type,
            "validity": validity,
            "expired": dt.date.fromisoformat(expired) if expired else None,
        }
    )
    return Entry(slug, f"content/documents/{slug}.yaml", model, Locator("", (), {}))


def test_derived_counts_follow_written_expired_and_validity() -> None:
    docs = [
        doc("a", "行政规范性文件", "2021-05-01"),
        doc("b", "行政规范性文件", "2023-02-01"),
        doc("c", "行政规范性文件", "2020-01-01", "已废止", "2023-06-01"),
        doc("d", "行政规范性文件", "2019-01-01", "已失效", "2022-12-31"),
        doc("e", "行政规范性文件", "2023-12-31", "已修改", "2024-03-01"),
        doc("f", "规章", "2023-01-01"),
        doc("g", "其他公文", "2023-01-01"),
    ]
    got = derive(docs, "行政规范性文件", 2023)
    assert got is not None
    assert (got.issued, got.repealed, got.current) == (("b", "e"), ("c",), ("a", "b", "e"))
    assert derive(docs, "规章", 2022) is None, "no 规章 held up to 2022: nothing to compare"
    assert derive(docs, "行政规范性文件", 2018) is None


def test_derived_difference_names_the_documents(project: Callable[[dict[str, str]], Path]) -> None:
    text = changed(("{issued: 1, repealed: 0, current: 1}", "{issued: 2, repealed: 0, current: 1}"))
    (err,) = problems_of(project({REPORT: text}))
    assert (err.field, err.line, err.warning) == ("proactive.normative_documents.issued", 14, True)
    assert (
        err.zh == "表二 第二十条第（一）项 行政规范性文件 / 本年制发件数：按本站文件计算为 1 件（2023-gfxwj），填写为 2"
    )
    off = text + "compare_documents: false\n"
    assert problems_of(project({REPORT: off})) == []


# ---------------------------------------------------------------- report files and attachments


def test_free_report_attachments_and_placeholders(project: Callable[[dict[str, str]], Path]) -> None:
    free = (
        "year: 2018\nformat: free\npublished: 2019-03-20\nbody: |\n  （待填写）\nattachments:\n"
        "  - title: 原文\n    file: files/none.pdf\n  - title: 表\n    plan: true\n  - title: 外\n    file: ../x.pdf\n"
    )
    found = [(e.field, e.zh, e.warning) for e in problems_of(project({"content/reports/2018.yaml": free}))]
    assert sorted(found) == sorted(
        [
            ("body", "“正文” 尚未填写：仍有模板中的 “（待填写）”", True),
            ("attachments[1]", "年度报告的附件须填写 file（content/files/ 中的文件路径），不能用 plan", False),
            ("attachments[2].file", "附件路径必须位于 content/files/ 之内，如 files/2019-ndbg.pdf", False),
        ]
    )


def test_missing_attachment_file_is_named(sample_root: Path) -> None:
    from gongkai.reports.checks import check_report_set

    (sample_root / "content/reports/2018.yaml").write_text(
        "year: 2018\nformat: free\npublished: 2019-03-20\nbody: 正文\nattachments:\n  - title: 原文\n    file: files/none.pdf\n",
        encoding="utf-8",
    )
    problems = Problems()
    site = load_site(discover_sources(sample_root, FOLDERS), REGISTRY, problems)
    assert site is not None
    check_report_set(site, problems, frozenset(discover_assets(sample_root)))
    assert [(e.field, e.zh) for e in problems.items] == [
        ("attachments[0].file", "附件文件 content/files/none.pdf 不存在")
    ]


@pytest.mark.parametrize(
    ("name", "text", "zh"),
    [
        ("2022.yaml", SAMPLE_REPORT, "年度报告文件名应为 2023.yaml"),
        (
            "2023.yaml",
            changed(("published: 2024-01-25", "published: 2023-12-25")),
            "2023 年度报告的发布日期应在 2024 年或之后",
        ),
    ],
)
def test_report_file_rules(name: str, text: str, zh: str, project: Callable[[dict[str, str]], Path]) -> None:
    root = project({f"content/reports/{name}": text})
    if name != "2023.yaml":
        (root / REPORT).unlink()
    assert zh in [e.zh for e in problems_of(root)]


def test_located_messages_name_file_and_line() -> None:
    loaded = load_yaml(SourceFile(REPORT, "reports", changed(("licensing: 120", "licensing: x")).encode()))
    from gongkai.models import AnyReport
    from gongkai.validate import parse_model

    _, errors = parse_model(loaded.data, AnyReport, loaded.locator)
    (err,) = errors
    assert str(err).splitlines()[0] == (
        "content/reports/2023.yaml:15:3: 错误: proactive.licensing: 表二 第二十条第（五）项 行政许可 / 本年处理决定数量："
        "应为不小于 0 的整数，填写为 “x”"
    )


def test_schema_errors_never_hide_arithmetic(project: Callable[[dict[str, str]], Path]) -> None:
    """Each table, row and column is checked wherever its cells can be read (issue #9 point 6)."""
    text = changed(
        ("  refused_query: [0, 0, 0, 0, 0, 0, 0]\n", ""),  # a missing row: R3 cannot be added up
        ("granted: [5, 1, 0, 0, 1, 0, 7]", "granted: [5, 1, 0, 0, 1, 0, 8]"),  # R1 still checked
        ("carried_over: [1, 0, 0, 0, 0, 0, 1]", "carried_over: [1, 0, 0, 0, x, 0, 1]"),  # a bad cell
        ("carried_forward: [2, 0, 0, 0, 0, 0, 2]", "carried_forward: [3, 0, 0, 0, 0, 0, 2]"),  # R2, column 1
        ("reconsideration: [1, 0, 0, 0, 1]", "reconsideration: [5, 2, 1, 3, 0]"),  # R5
        ("licensing: 120", "licensing: 一百二十"),  # 表二 refused too
    )
    found = [(e.field, e.zh) for e in problems_of(project({REPORT: text}))]
    assert found == [
        (
            "proactive.licensing",
            "表二 第二十条第（五）项 行政许可 / 本年处理决定数量：应为不小于 0 的整数，填写为 “一百二十”",
        ),
        (
            "applications.carried_over[4]",
            "表三 二、上年结转政府信息公开申请数量 / 法律服务机构：应为不小于 0 的整数，填写为 “x”",
        ),
        ("applications.refused_query", "缺少必填字段 “表三 （三）不予公开 8.属于行政查询事项”"),
        ("applications.granted[6]", "表三 （一）予以公开 / 总计：各项之和为 7，填写为 8"),
        ("applications.carried_forward[6]", "表三 四、结转下年度继续办理 / 总计：各项之和为 3，填写为 2"),
        (
            "applications.carried_forward[0]",
            "表三 四、结转下年度继续办理 / 自然人：按“一 + 二 = （七）总计 + 四”应为 2（10 + 1 − 9），填写为 3",
        ),
        ("reviews.reconsideration[4]", "表四 行政复议 / 总计：各项之和为 11，填写为 0"),
    ]
