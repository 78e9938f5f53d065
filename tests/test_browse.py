"""Browse lists of 公文: by 发布机构, 年份, 主题分类, 公开类别, 有效性; counts, pages, links."""

from __future__ import annotations

import re
from pathlib import Path

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.documents.browse_pages import BROWSE_PAGE_SIZE, facets
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.kinds import REGISTRY
from gongkai.pages import make_pages
from gongkai.views import Pager

from .conftest import SAMPLE


def main_of(html: bytes | None) -> str:
    assert html is not None
    text = html.decode()
    return text[text.index("<main") : text.index("</main>")]


def test_every_facet_counts_the_published_documents() -> None:
    linked, _ = check_site(SAMPLE)
    published = len(linked.of(DOCUMENTS).published)
    by_title = {f.title: f for f in facets(linked)}
    assert list(by_title) == ["按发布机构浏览", "按年份浏览", "按主题分类浏览", "按公开类别浏览", "按有效性浏览"]
    for title in ("按发布机构浏览", "按年份浏览", "按公开类别浏览", "按有效性浏览"):
        values = [v for g in by_title[title].groups for v in g.values]
        assert sum(v.count for v in values) == published, title
    (topics,) = by_title["按主题分类浏览"].groups
    assert sum(v.count for v in topics.values) == published
    for first in topics.values:
        assert sum(c.count for c in first.children) == first.count
    years = [v.label for v in by_title["按年份浏览"].groups[0].values]
    assert years == ["2025年", "2024年", "2023年", "2019年"]
    states = {v.label: v.count for v in by_title["按有效性浏览"].groups[0].values}
    assert states == {"现行有效": 4, "已废止": 2}


def test_lists_hold_exactly_their_documents() -> None:
    output, _ = build_site(SAMPLE)
    html = main_of(output.get(urls.by_state("已废止")))
    assert "示例县突发事件应急预案管理规定" in html and "示例县临时救助实施办法" in html
    assert "示例县行政规范性文件管理办法</a>" not in html
    year = main_of(output.get(urls.by_year(2023)))
    assert "共 2 件，按成文日期从新到旧排列" in year
    topic = main_of(output.get(urls.by_topic("综合政务\\应急管理")))
    assert topic.count("<li>") == 1 and "应急预案管理规定" in topic
    org = main_of(output.get(urls.by_org("zfb")))
    assert "查看该机构的机构职能和承担的工作任务" in org
    index = main_of(output.get(urls.BROWSE_ORG))
    assert (
        '<h2 id="group-1">部门</h2>' in index
        and '示例县人民政府办公室</a> <span class="count">（4 件）</span>' in index
    )


def test_the_metadata_block_links_each_list() -> None:
    output, _ = build_site(SAMPLE)
    html = main_of(output.get(urls.document("20-1", "2023-gfxwj")))
    meta = html[html.index('<table class="doc-meta">') : html.index("</table>")]
    for target in (
        urls.by_org("zfb"),
        urls.by_topic("综合政务"),
        urls.by_topic("综合政务\\政务公开"),
        urls.by_year(2023),
        urls.by_state("现行有效"),
        urls.category("20-1"),
    ):
        assert f'href="../../../..{target}"' in meta, target


def test_the_proactive_page_links_every_way_of_browsing() -> None:
    output, _ = build_site(SAMPLE)
    html = main_of(output.get(urls.PROACTIVE))
    for url in (urls.BROWSE_ORG, urls.BROWSE_YEAR, urls.BROWSE_TOPIC, urls.BROWSE_CATEGORY, urls.BROWSE_STATE):
        assert f'href="../..{url}"' in html, url


def test_long_lists_paginate_with_a_short_pager(sample_root: Path) -> None:
    docs = sample_root / "content/documents"
    template = (docs / "2023-gfxwj-jd.yaml").read_text(encoding="utf-8")
    count = BROWSE_PAGE_SIZE * 6 + 1
    for n in range(count):
        (docs / f"bulk-{n}.yaml").write_text(template.replace("interprets: 2023-gfxwj\n", ""), encoding="utf-8")
    linked, _ = check_site(sample_root)
    pages = {p.url: p for p in make_pages(linked, REGISTRY)}
    base = urls.by_org("sfj")
    assert urls.paginated(base, 7) in pages and urls.paginated(base, 8) not in pages
    pager: Pager = pages[urls.paginated(base, 4)].context["pager"]
    assert pager.window == [1, 2, 3, 4, 5, 6, 7]
    first: Pager = pages[base].context["pager"]
    assert first.window == [1, 2, 3, None, 7]
    assert len(pages[urls.paginated(base, 7)].context["items"]) == (count + 1) % BROWSE_PAGE_SIZE


def test_pager_links_are_short_and_real() -> None:
    output, _ = build_site(SAMPLE)
    for page in output.pages:
        for nav in re.findall(r'<nav class="pager".*?</nav>', page.html, re.S):
            assert nav.count("<li>") <= 9, page.url
