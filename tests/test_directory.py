"""条例 第十二条 目录: every listed item shows 索引号, 名称, 内容概述 (as text) and its date."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.directory import GUIDE
from gongkai.directory import KEY as DIRECTORY
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.errors import BuildFailed
from gongkai.kinds import REGISTRY
from gongkai.pages import make_pages
from gongkai.plans.facts import KEY as PLANS
from gongkai.values import ListItem

from .conftest import ROOT, SAMPLE

SITES = [SAMPLE, ROOT, *(ROOT / "examples" / n for n in ("huaiyin", "yanzhou", "gaoxin", "liaocheng"))]


def listed(value: object) -> list[ListItem]:
    """Every ListItem anywhere in a page context (lists, sections, dicts of lists)."""
    if isinstance(value, ListItem):
        return [value]
    if isinstance(value, dict):
        return [i for v in value.values() for i in listed(v)]
    if isinstance(value, list | tuple):
        return [i for v in value for i in listed(v)]
    if hasattr(value, "__dataclass_fields__"):
        return [i for name in value.__dataclass_fields__ for i in listed(getattr(value, name))]
    return []


@pytest.mark.parametrize("site", SITES, ids=lambda p: p.name)
def test_every_listed_item_has_its_directory_fields(site: Path) -> None:
    linked, _ = check_site(site)
    checked = 0
    undated_plans = {urls.plan(slug) for slug, (date, _) in linked.of(PLANS).dates.items() if date is None}
    for page in make_pages(linked, REGISTRY):
        for item in listed(dict(page.context)):
            assert item.index_no and item.title and item.summary.strip() and item.date_label, (page.url, item.title)
            # No date is made up: only a plan without its 印发通知 is undated (the list says 未载明).
            assert item.date or item.url in undated_plans, (page.url, item.title)
            checked += 1
    assert checked > 0


def test_numbers_continue_after_the_documents_and_plans_share_their_notice() -> None:
    linked, _ = check_site(SAMPLE)
    directory = linked.of(DIRECTORY)
    numbers = linked.of(DOCUMENTS).index_numbers
    assert directory.of("plans", "2024-gzyd").index_no == numbers["2024-tz"], "the notice and its plan are one 公文"
    # 2023 holds two 公文 (00001, 00002); the plan without a notice comes next.
    assert directory.of("plans", "2023-gzyd").index_no == "11370000000000000W/2023-00003"
    assert (directory.of("plans", "2023-gzyd").created, directory.of("plans", "2023-gzyd").created_label) == (
        None,
        "印发日期",
    ), "no 印发通知: the date is unknown, never 1 January"
    assert directory.of("rules", "tiaoli").index_no == "11370000000000000W/2019-00002"
    assert directory.of(GUIDE, GUIDE).created_label == "更新日期"
    everything = [e.index_no for e in directory.entries.values() if e.index_no != numbers["2024-tz"]]
    assert len(set(everything) | set(numbers.values())) == len(everything) + len(numbers)


def test_an_explicit_number_stays_and_a_duplicate_is_an_error(make_project: Callable[[dict[str, str]], Path]) -> None:
    rule = (SAMPLE / "content/rules/tiaoli.yaml").read_text(encoding="utf-8")
    root = make_project({"content/rules/tiaoli.yaml": rule + "index_no: 11370000000000000W/2023-00001\n"})
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    (error,) = failed.value.errors
    assert error.path == "content/rules/tiaoli.yaml" and error.field == "index_no"
    assert "与 content/documents/2023-gfxwj.yaml 重复" in error.zh


def test_list_pages_print_the_fields_as_text() -> None:
    output, _ = build_site(SAMPLE)
    html = (output.get(urls.RULES) or b"").decode()
    assert '<p class="item-summary">规定政府信息公开的主体、范围、方式和程序。</p>' in html
    assert "<span>索引号：11370000000000000W/2019-00002</span>" in html
    plans = (output.get(urls.PLANS) or b"").decode()
    assert "<span>印发日期：未载明</span>" in plans
    plan = (output.get(urls.plan("2023-gzyd")) or b"").decode()
    assert "<dt>索引号</dt><dd>11370000000000000W/2023-00003</dd>" in plan
    guide = (output.get(urls.GUIDE) or b"").decode()
    assert "<dt>内容概述</dt><dd>本机关政府信息公开指南" in guide
    docs = (output.get(urls.category("20-1")) or b"").decode()
    assert '<span>成文日期：<time datetime="2023-06-10">2023-06-10</time></span>' in docs
