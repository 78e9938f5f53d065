"""Chinese search over the five example sites, in real headless Chromium (issue #3)."""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gongkai.build import build

from ..conftest import ROOT
from .conftest import axe_violations, serve_folder

pytestmark = pytest.mark.browser

SITES = {
    "zc": ".",
    "hy": "examples/huaiyin",
    "yz": "examples/yanzhou",
    "gx": "examples/gaoxin",
    "lc": "examples/liaocheng",
}
ZC_PLAN = "/zfxxgk/fdzdgknr/gzyd/2020-zwgk-gzyd/"
HY_PLAN = "/zfxxgk/fdzdgknr/gzyd/2022-zwgk-gzyd/"
YZ_PLAN = "/zfxxgk/fdzdgknr/gzyd/2021-zwgk-zdgzrwfg/"
GX_PLAN = "/zfxxgk/fdzdgknr/gzyd/2020-jczwgk-ssfa/"
LC_PLAN = "/zfxxgk/fdzdgknr/gzyd/2021-zwgk-gzyd/"
GUIDE = "/zfxxgk/zn/"

# (site, query, filters, sort, pages that must be found, pages that must not be found)
QUERIES: list[tuple[str, str | None, dict[str, str], str | None, list[str], list[str]]] = [
    # Two-character words and words inside longer phrases.
    ("zc", "听证", {}, None, [ZC_PLAN], [GUIDE]),
    ("zc", "随机", {}, None, [ZC_PLAN], [GUIDE, "/zfxxgk/ndbg/2021/"]),
    ("zc", "登记", {}, None, [ZC_PLAN], []),
    ("zc", "双随机", {}, None, [ZC_PLAN], [GUIDE]),
    ("hy", "减税", {}, None, [HY_PLAN], [GUIDE]),
    ("yz", "听证", {}, None, [YZ_PLAN], [GUIDE]),
    ("gx", "听证", {}, None, [GX_PLAN], []),
    # Full 文号.
    ("zc", "周政办字〔2020〕27号", {}, None, ["/zfxxgk/fdzdgknr/qtxx/2020-zwgk-gzyd-tz/"], [GUIDE]),
    ("yz", "济兖政办字〔2021〕20号", {}, None, ["/zfxxgk/fdzdgknr/qtxx/2021-zwgk-zdgzrwfg-tz/"], [GUIDE]),
    ("lc", "聊政办发〔2021〕5号", {}, None, ["/zfxxgk/fdzdgknr/qtxx/2021-zwgk-gzyd-tz/"], [GUIDE]),
    (
        "gx",
        "淄高新管办字〔2020〕31号",
        {},
        None,
        ["/zfxxgk/fdzdgknr/qtxx/2020-jczwgk-ssfa-tz/"],
        ["/zfxxgk/zd/zfxxgk-tiaoli/"],
    ),
    # Organisation names.
    ("zc", "区医保分局", {}, None, [ZC_PLAN], [GUIDE]),
    ("zc", "区发展改革局", {}, None, [ZC_PLAN], []),
    ("lc", "市发展改革委", {}, None, [LC_PLAN], [GUIDE]),
    # Words that occur in one task row only.
    ("zc", "六大赋能行动", {}, None, [ZC_PLAN], [GUIDE]),
    ("hy", "决策结果", {}, None, [HY_PLAN], [GUIDE]),
    ("hy", "本文件印发后30日内", {}, None, [HY_PLAN], ["/zfxxgk/zd/zfxxgk-tiaoli/"]),
    ("yz", "IPv6", {}, None, [YZ_PLAN], [GUIDE]),
    ("lc", "政务公开月", {}, None, [LC_PLAN], ["/zfxxgk/zd/xxclfglbf/"]),
    ("gx", "图标图解", {}, None, [GX_PLAN], [GUIDE]),
    # Plan bodies.
    ("hy", "齐鲁门户", {}, None, [HY_PLAN], [GUIDE]),
    ("hy", "医养之都", {}, None, [HY_PLAN], [GUIDE]),
    ("lc", "公开聊亮", {}, None, [LC_PLAN], [GUIDE]),
    ("lc", "创新生态雨林", {}, None, [LC_PLAN], [GUIDE]),
    # Guide, rules and reports.
    ("zc", "信息处理费", {}, None, ["/zfxxgk/zd/xxclf-glbf/", GUIDE], []),
    ("yz", "行政复议", {"栏目": "政府信息公开制度"}, None, ["/zfxxgk/zd/zfxxgktl/"], [GUIDE, YZ_PLAN]),
    ("zc", "信息处理费", {"栏目": "政府信息公开指南"}, None, [GUIDE], ["/zfxxgk/zd/xxclf-glbf/"]),
    ("zc", "公开", {"类型": "制度"}, None, ["/zfxxgk/zd/zfxxgk-tiaoli/", "/zfxxgk/zd/xxclf-glbf/"], [GUIDE, ZC_PLAN]),
    ("zc", None, {"发布机构": "国务院"}, None, ["/zfxxgk/zd/zfxxgk-tiaoli/"], ["/zfxxgk/zd/xxclf-glbf/", GUIDE]),
    ("zc", None, {"年份": "2020", "有效性": "现行有效"}, None, ["/zfxxgk/fdzdgknr/qtxx/2020-zwgk-gzyd-tz/"], [GUIDE]),
    ("zc", None, {"主题分类": "综合政务\\政务公开"}, None, ["/zfxxgk/fdzdgknr/qtxx/2020-zwgk-gzyd-tz/"], [GUIDE]),
    # Queries with no result.
    ("zc", "潜水艇", {}, None, [], [GUIDE, ZC_PLAN]),
    ("lc", "潜水艇", {}, None, [], [GUIDE, LC_PLAN]),
]


# Precise queries whose own document must come first.
RANKED = {
    "周政办字〔2020〕27号",
    "济兖政办字〔2021〕20号",
    "聊政办发〔2021〕5号",
    "淄高新管办字〔2020〕31号",
    "信息处理费",
}

# Words found in one task only (its 具体要求, 完成时限 or 落实情况): that task ranks first, and
# its result leads to the task's row on the plan page.
TASK_QUERIES = [
    ("zc", "六大赋能行动", ZC_PLAN, "task-1"),
    ("hy", "决策结果", HY_PLAN, "task-34"),  # the row repaired from 「决策结各街道办事处果」
    ("hy", "本文件印发后30日内", HY_PLAN, "task-65"),  # a 完成时限 text
    ("gx", "图标图解", GX_PLAN, "task-rw3"),
]


@pytest.fixture(scope="session")
def sites() -> Iterator[dict[str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        urls = {}
        servers = []
        for key, folder in SITES.items():
            out = Path(tmp) / key
            build(ROOT / folder, out, search=True)
            url, server = serve_folder(str(out))
            urls[key] = url
            servers.append(server)
        yield urls
        for server in servers:
            server.shutdown()


@pytest.fixture(scope="module")
def api_pages(browser: Any, sites: dict[str, str]) -> Iterator[dict[str, Any]]:
    pages = {}
    for key, url in sites.items():
        page = browser.new_page()
        page.goto(url + "/search/")
        pages[key] = page
    yield pages
    for page in pages.values():
        page.close()


SEARCH_JS = """async ([query, filters, sort]) => {
  const pf = await import('/pagefind/pagefind.js');
  const search = await pf.search(query, {filters, sort: sort ? {date: sort} : undefined});
  return Promise.all(search.results.map(async r => { const d = await r.data();
    return {url: d.url, title: d.meta.title, date: d.meta['发布日期'] || '', place: d.meta['位置'] || ''}; }));
}"""


def search(
    api_pages: dict[str, Any], site: str, query: str | None, filters: dict[str, str], sort: str | None = None
) -> list[dict[str, str]]:
    return api_pages[site].evaluate(SEARCH_JS, [query, filters, sort])


@pytest.mark.parametrize(
    ("site", "query", "filters", "sort", "must", "must_not"),
    QUERIES,
    ids=[f"{q[0]}-{q[1] or '∅'}-{'+'.join(q[2].values())}" for q in QUERIES],
)
def test_query(
    api_pages: dict[str, Any],
    site: str,
    query: str | None,
    filters: dict[str, str],
    sort: str | None,
    must: list[str],
    must_not: list[str],
) -> None:
    found = [r["url"] for r in search(api_pages, site, query, filters, sort)]
    for url in must:
        assert url in found, (query, filters, found)
    for url in must_not:
        assert url not in found, (query, filters, found)
    if not must:
        assert found == []
    elif query in RANKED:
        assert found[0] == must[0], f"{query}: the most relevant page should rank first, got {found}"


@pytest.mark.parametrize(("site", "query", "plan", "anchor"), TASK_QUERIES, ids=[q[1] for q in TASK_QUERIES])
def test_a_task_row_is_found_and_linked(
    api_pages: dict[str, Any], site: str, query: str, plan: str, anchor: str
) -> None:
    results = search(api_pages, site, query, {})
    assert results and results[0]["url"] == f"{plan}{anchor}/", results
    assert results[0]["place"] == f"{plan}#{anchor}"
    page = api_pages[site]
    assert page.evaluate(
        "async (url) => (await (await fetch(url)).text()).includes('id=\"' + url.split('#')[1] + '\"')",
        results[0]["place"],
    )


def test_every_indexed_page_sorts_by_a_date(api_pages: dict[str, Any]) -> None:
    for site in SITES:
        everything = search(api_pages, site, None, {"栏目": "法定主动公开内容"}, "asc")
        everything += search(api_pages, site, None, {"栏目": "政府信息公开制度"}, "asc")
        assert everything, site
        filters = api_pages[site].evaluate("async () => (await import('/pagefind/pagefind.js')).filters()")
        total = sum(filters["栏目"].values())
        unsorted = api_pages[site].evaluate(
            "async () => (await (await import('/pagefind/pagefind.js')).search(null, {sort: {date: 'asc'}})).results.length"
        )
        assert unsorted == total, f"{site}: {total - unsorted} indexed pages carry no sort date"


def test_sort_by_date_both_ways(api_pages: dict[str, Any]) -> None:
    newest = [r["url"] for r in search(api_pages, "zc", "政府信息公开", {}, "desc")]
    oldest = [r["url"] for r in search(api_pages, "zc", "政府信息公开", {}, "asc")]
    assert newest and newest == list(reversed(oldest))
    assert oldest[0] == "/zfxxgk/zd/zfxxgk-tiaoli/"  # 2019-04-03, the oldest dated page


def test_search_page_from_the_header_box_by_keyboard(browser: Any, sites: dict[str, str]) -> None:
    page = browser.new_page()
    page.goto(sites["zc"] + "/zfxxgk/")
    for _ in range(6):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == "header-q":
            break
    assert page.evaluate("() => document.activeElement.id") == "header-q"
    page.keyboard.type("双随机")
    page.keyboard.press("Enter")
    page.wait_for_selector("#search-results li")
    assert "q=%E5%8F%8C%E9%9A%8F%E6%9C%BA" in page.url
    status = page.locator("#search-status")
    assert status.get_attribute("aria-live") == "polite"
    assert re.fullmatch(r"找到 \d+ 条结果（关键词：双随机）。", status.inner_text())
    page.keyboard.press("Tab")
    page.close()


def test_filters_and_sort_live_in_the_url(browser: Any, sites: dict[str, str]) -> None:
    page = browser.new_page()
    page.goto(sites["zc"] + "/search/?q=公开&栏目=政府信息公开制度&sort=date-asc")
    page.wait_for_selector("#search-results li")
    titles = page.locator("#search-results h2 a").all_inner_texts()
    assert titles[0] == "中华人民共和国政府信息公开条例" and len(titles) == 2
    page.select_option("#sort", "date-desc")
    page.wait_for_function("() => location.search.includes('%E6%A0%8F%E7%9B%AE') && !location.search.includes('sort=')")
    page.wait_for_function(
        "() => document.querySelector('#search-results h2 a').textContent !== '中华人民共和国政府信息公开条例'"
    )
    page.close()


def test_no_result_is_announced(browser: Any, sites: dict[str, str]) -> None:
    page = browser.new_page()
    page.goto(sites["hy"] + "/search/?q=火星基地")
    page.wait_for_function("() => document.getElementById('search-status').textContent.includes('没有')")
    assert page.locator("#search-status").inner_text() == "没有找到与“火星基地”相关的结果。"
    page.close()


def test_without_javascript_the_page_points_to_the_lists(browser: Any, sites: dict[str, str]) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(sites["zc"] + "/search/?q=双随机")
    note = page.locator("noscript p, .noscript-note").first
    assert "需要浏览器启用 JavaScript" in page.content()
    assert page.locator("a", has_text="法定主动公开内容").count() >= 1
    assert note is not None
    context.close()


def test_search_page_has_no_axe_violations_before_and_after_a_search(browser: Any, sites: dict[str, str]) -> None:
    context = browser.new_context(bypass_csp=True)  # lets the test inject axe-core; the site's CSP forbids it
    page = context.new_page()
    page.goto(sites["zc"] + "/search/")
    page.wait_for_selector("#search-filters:not([hidden])")
    assert axe_violations(page) == []
    page.fill("#q", "政务公开")
    page.press("#q", "Enter")
    page.wait_for_selector("#search-results li")
    assert axe_violations(page) == []
    context.close()
