"""The report page on A4 paper and on a 375 px phone, measured in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from gongkai.build import build

from ..conftest import ROOT
from .conftest import serve_folder

pytestmark = pytest.mark.browser
A4_CONTENT = round((210 - 2 * 12) / 25.4 * 96)  # px inside the @page margins of reports.css


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("zhoucun")
    build(ROOT, out, search=False)
    base, server = serve_folder(str(out))
    yield base
    server.shutdown()


def edges(page: Any) -> dict[str, list[float]]:
    return page.evaluate("""() => Object.fromEntries(['t2', 't3', 't4'].map(id => {
        const t = document.getElementById(id), r = t.getBoundingClientRect();
        return [id, [r.right, t.closest('main').getBoundingClientRect().right]]; }))""")


@pytest.mark.parametrize("year", [2020, 2021])
def test_tables_fit_an_a4_page(browser: Any, served: str, year: int) -> None:
    page = browser.new_page(viewport={"width": A4_CONTENT, "height": 1000})
    page.goto(f"{served}/zfxxgk/ndbg/{year}/")
    page.emulate_media(media="print")
    for table, (right, main) in edges(page).items():
        assert right <= main + 0.5, f"{table} sticks out of the A4 text width"
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_CONTENT
    assert page.evaluate("getComputedStyle(document.querySelector('.column-nav')).display") == "none"
    pdf = page.pdf(prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert 2 <= pages <= 4, pages
    page.close()


def test_phone_shows_cards_without_sideways_scrolling(browser: Any, served: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(f"{served}/zfxxgk/ndbg/2021/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    for table in ("t3", "t4"):
        assert page.evaluate(f"document.getElementById('{table}').scrollWidth") <= 340
    label = page.evaluate(
        """() => getComputedStyle(document.querySelector('#t3 td[data-label="科研机构"]'), '::before').content"""
    )
    assert label == '"科研机构"'
    size = page.evaluate("getComputedStyle(document.querySelector('#t3 td[data-label]')).fontSize")
    assert float(size.removesuffix("px")) >= 18
    page.goto(f"{served}/zfxxgk/ndbg/")
    svg = page.evaluate("document.querySelector('#ch-new-title + figure svg').getBoundingClientRect().width")
    assert 300 <= svg <= 345
    page.close()
