"""Care mode, high contrast and the reading aids, driven as a person would (issue #4)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gongkai.build import build

from ..conftest import SAMPLE
from .conftest import serve_folder

pytestmark = pytest.mark.browser
PLAN = "/zfxxgk/fdzdgknr/gzyd/2024-gzyd/"


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with tempfile.TemporaryDirectory() as tmp:
        build(SAMPLE, Path(tmp) / "out", search=False)
        url, server = serve_folder(str(Path(tmp) / "out"))
        yield url
        server.shutdown()


def font_px(page: Any, selector: str) -> float:
    return float(page.eval_on_selector(selector, "e => parseFloat(getComputedStyle(e).fontSize)"))


def test_care_mode_switch_is_remembered_across_pages_and_visits(browser: Any, site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site + "/zfxxgk/")
    normal = font_px(page, "main p")
    page.click("#care-link")
    assert page.evaluate("() => document.documentElement.classList.contains('care')")
    assert page.get_attribute("#care-link", "aria-pressed") == "true"
    assert font_px(page, "main p") >= 18 and font_px(page, "main p") > normal
    assert font_px(page, "h1") >= 30
    with page.expect_navigation():
        page.click(".column-nav >> text=政府信息公开指南")
    assert page.url.endswith("/zfxxgk/zn/")
    assert page.evaluate("() => document.documentElement.classList.contains('care')")
    visit = context.new_page()  # a later visit in the same browser
    visit.goto(site + "/")
    assert visit.evaluate("() => document.documentElement.classList.contains('care')")
    visit.click("#care-link")
    assert not visit.evaluate("() => document.documentElement.classList.contains('care')")
    context.close()


def test_plain_links_work_without_javascript(browser: Any, site: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/zfxxgk/zn/")
    assert font_px(page, "main p") == 18
    page.click("#care-link")  # a plain link to #care
    assert page.url.endswith("#care")
    assert font_px(page, "main p") >= 18 * 1.2 and font_px(page, "h1") >= 30
    box = page.locator("#care-link").bounding_box()
    assert box["width"] >= 60 and box["height"] >= 60
    page.click("#contrast-link")
    bg = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert bg == "rgb(0, 0, 0)"
    assert page.locator("#aids-toggle").is_hidden()  # the JS-only aids stay hidden without JS
    context.close()


def test_reading_aids_by_keyboard_each_with_reset(browser: Any, site: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site + "/zfxxgk/zn/")
    page.focus("#aids-toggle")
    page.keyboard.press("Enter")
    assert page.get_attribute("#aids-toggle", "aria-expanded") == "true"
    base = font_px(page, "main p")
    page.focus("[data-aid='text-up']")
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")
    assert font_px(page, "main p") == pytest.approx(base * 1.2, rel=0.02)
    assert page.inner_text("#aids-status") == "文字大小：120%"
    page.focus("[data-aid='zoom-up']")
    page.keyboard.press("Enter")
    assert page.evaluate("() => getComputedStyle(document.body).zoom") == "1.1"
    page.focus("[data-aid='cursor']")
    page.keyboard.press("Enter")
    assert "cursor-large.svg" in page.evaluate("() => getComputedStyle(document.body).cursor")
    page.focus("[data-aid='guide']")
    page.keyboard.press("Enter")
    assert page.locator(".reading-guide").count() == 1
    page.focus("[data-aid='speak']")
    page.keyboard.press("Enter")
    assert page.inner_text("#aids-status") in ("正在朗读正文，再按一次停止。", "此浏览器不支持朗读功能。")
    page.reload()  # remembered
    assert font_px(page, "main p") == pytest.approx(base * 1.2, rel=0.02)
    assert page.locator(".reading-guide").count() == 1
    page.click("#aids-toggle")
    page.focus("[data-aid='reset']")
    page.keyboard.press("Enter")
    assert font_px(page, "main p") == pytest.approx(base, rel=0.01)
    assert page.locator(".reading-guide").count() == 0
    assert "cursor-large" not in page.evaluate("() => getComputedStyle(document.body).cursor")
    assert page.evaluate("() => getComputedStyle(document.body).zoom") == "1"
    context.close()


def test_keyboard_only_through_a_task_table(browser: Any, site: str) -> None:
    page = browser.new_page()
    page.goto(site + PLAN)
    page.locator("#task-table-title").scroll_into_view_if_needed()
    rows = []
    for _ in range(60):
        page.keyboard.press("Tab")
        row = page.evaluate("() => { const r = document.activeElement.closest('tr[id]'); return r ? r.id : null; }")
        if row:
            rows.append(row)
            visible = page.evaluate(
                "() => { const b = document.activeElement.getBoundingClientRect();"
                " return b.top >= 0 && b.bottom <= innerHeight; }"
            )
            assert visible, f"focused element in {row} is scrolled out of view"
        elif rows:
            break
    order = [r for i, r in enumerate(rows) if i == 0 or rows[i - 1] != r]
    assert order == ["task-1", "task-2", "task-3", "task-ledger"]
    page.close()


def test_narrow_task_table_keeps_the_group_path(browser: Any, site: str) -> None:
    page = browser.new_page(viewport={"width": 375, "height": 800})
    page.goto(site + PLAN)
    path = page.locator("#task-1 .task-path")
    assert path.is_visible() and path.inner_text() == "聚焦重点领域 › 优化营商环境"
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
    page.close()
