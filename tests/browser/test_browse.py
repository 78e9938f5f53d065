"""Browsing the 法定主动公开内容 without JavaScript, as a person clicks through it (issue #11)."""

from __future__ import annotations

import tempfile
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gongkai.build import build

from ..conftest import SAMPLE
from .conftest import serve_folder

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        build(SAMPLE, Path(tmp) / "out", search=False)
        url, server = serve_folder(str(Path(tmp) / "out"))
        yield url
        server.shutdown()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


def follow(page: Any, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)


def titles(page: Any) -> list[str]:
    return [str(t) for t in page.eval_on_selector_all("main .item-list li > a", "els => els.map(e => e.textContent)")]


def test_from_the_proactive_page_to_a_list_and_back_through_the_metadata(page: Any, site: str) -> None:
    page.goto(site + "/zfxxgk/fdzdgknr/")
    follow(page, "main >> text=按发布机构浏览")
    assert page.url.endswith("/zfxxgk/fdzdgknr/fbjg/")
    assert page.inner_text("main a[href$='fbjg/zfb/'] + .count") == "（4 件）"
    follow(page, "main >> text=示例县人民政府办公室")
    assert page.inner_text("h1") == "发布机构：示例县人民政府办公室"
    assert len(titles(page)) == 4 and "示例县行政规范性文件管理办法" in titles(page)
    follow(page, "main .item-list >> text=示例县行政规范性文件管理办法")
    assert page.url.endswith("/zfxxgk/fdzdgknr/fgwj/2023-gfxwj/")
    # Each value in the metadata block leads to its list, which holds this document.
    for label, heading in (("政务公开", "主题分类：综合政务\\政务公开"), ("现行有效", "有效性：现行有效")):
        follow(page, f"table.doc-meta >> text={label}")
        assert page.inner_text("h1") == heading
        assert "示例县行政规范性文件管理办法" in titles(page)
        page.go_back()
    follow(page, "table.doc-meta >> text=2023年成文的文件")
    assert page.inner_text("h1").startswith("2023年")
    assert "示例县行政规范性文件管理办法" in titles(page)


def test_the_catalogue_rows_lead_to_the_documents_and_the_downloads_are_served(page: Any, site: str) -> None:
    page.goto(site + "/zfxxgk/fdzdgknr/")
    follow(page, "main >> text=现行有效行政规范性文件目录")
    headers = page.eval_on_selector_all("table.catalogue thead th", "els => els.map(e => e.textContent)")
    assert headers == ["统一登记号", "名称", "文号", "发布机构", "成文日期", "施行日期", "有效期至", "有效性", "解读"]
    csv = page.get_attribute("p.downloads a >> nth=0", "href")
    with urllib.request.urlopen(page.url + csv) as response:
        assert "示例县行政规范性文件管理办法" in response.read().decode("utf-8-sig")
    follow(page, "main >> text=已废止、已失效行政规范性文件目录")
    follow(page, "table.catalogue >> text=示例县临时救助实施办法")
    notice = page.inner_text(".status-notice")
    assert notice.startswith("本文件已废止") and "2025年3月1日" in notice
    assert page.inner_text("#doc-body").strip(), "the text of an ended document is kept"
    follow(page, ".status-notice >> text=《示例县人民政府办公室关于公布行政规范性文件清理结果的通知》")
    assert "示例县临时救助实施办法" in page.inner_text("main"), "the decision names what it repealed"


def test_the_footer_site_map_reaches_every_way_of_browsing(page: Any, site: str) -> None:
    page.goto(site + "/zfxxgk/zn/")
    follow(page, "footer >> text=网站地图")
    assert page.inner_text("h1") == "网站地图"
    for link in ("按发布机构浏览", "按年份浏览", "按主题分类浏览", "按公开类别浏览", "按有效性浏览", "机构职能"):
        assert page.locator(f"main a:text-is('{link}')").count() == 1, link
    follow(page, "main a:text-is('机构职能')")
    assert page.locator("main h1").inner_text() == "机构职能"
