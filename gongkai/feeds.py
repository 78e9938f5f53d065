"""Atom feeds (RFC 4287): one per column list and one for the whole site.

An entry's ``updated`` is the item's 发布日期 (制度: 公布日期; 指南: 更新日期). Atom needs a
date-time, but these are dates: ``updated`` is written as the start of that day in China
Standard Time (``2020-07-28T00:00:00+08:00``), which claims no time of day, and each entry
also carries the date exactly as given in ``<dc:date>`` (Dublin Core, whose W3CDTF allows a
date alone). An item whose 发布日期 the content does not give is not in any feed (it is in the
lists and in documents.json); no date is made up for it. A feed with no entries is not made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import escape

from . import catalog, urls
from .directory import GUIDE
from .directory import KEY as DIRECTORY
from .documents.facts import KEY as DOCUMENTS
from .plans.facts import KEY as PLANS
from .reports.facts import KEY as REPORTS
from .rules.facts import KEY as RULES
from .values import Linked, OutputFile

ENTRIES = 50
"""Newest entries per feed."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    title: str
    url: str
    day: dt.date
    summary: str
    category: str


@dataclass(frozen=True, slots=True)
class Feed:
    title: str
    url: str
    """Where the feed is published."""
    page: str
    """The list page it follows."""
    entries: tuple[FeedEntry, ...]


def timestamp(day: dt.date) -> str:
    """The start of ``day`` in China Standard Time: Atom's date-time for a date-only value."""
    return f"{day.isoformat()}T00:00:00+08:00"


def feeds(linked: Linked) -> list[Feed]:
    """Every non-empty feed: each 公开类别, 法定主动公开内容, 工作要点, 制度, 年度报告, the site."""
    directory = linked.of(DIRECTORY)
    docs: list[tuple[str, FeedEntry]] = []
    for e in linked.of(DOCUMENTS).published:
        doc = e.model
        if doc.published:
            cat = catalog.CATEGORY_BY_CODE[doc.category]
            entry = FeedEntry(doc.title, urls.document(doc.category, e.slug), doc.published, doc.summary, cat.short)
            docs.append((doc.category, entry))
    plans = []
    for p in linked.site.of(PLANS):
        item = directory.of(PLANS.name, p.slug)
        if item.created is not None and item.created_label == "发布日期":
            plans.append(FeedEntry(p.model.title, urls.plan(p.slug), item.created, item.summary, "政务公开工作要点"))
    rules = [
        FeedEntry(r.model.title, urls.rule(r.slug), r.model.published, r.model.summary, "政府信息公开制度")
        for r in linked.site.of(RULES)
    ]
    reports = []
    for y in linked.site.of(REPORTS):
        item = directory.of(REPORTS.name, y.slug)
        title = y.model.title or f"{linked.site.config.model.name}{y.model.year}年政府信息公开工作年度报告"
        reports.append(FeedEntry(title, urls.report(y.model.year), y.model.published, item.summary, "年度报告"))
    guide = directory.of(GUIDE, GUIDE)
    guide_entry = FeedEntry(
        f"{linked.site.config.model.name}政府信息公开指南",
        urls.GUIDE,
        linked.site.guide.model.updated,
        guide.summary,
        "政府信息公开指南",
    )
    proactive = [entry for _, entry in docs] + plans
    found = [
        Feed(
            cat.short,
            urls.feed(urls.category(cat.code)),
            urls.category(cat.code),
            tuple(entry for code, entry in docs if code == cat.code),
        )
        for cat in catalog.CATEGORIES
    ]
    found += [
        Feed("法定主动公开内容", urls.feed(urls.PROACTIVE), urls.PROACTIVE, tuple(proactive)),
        Feed("政务公开工作要点", urls.feed(urls.PLANS), urls.PLANS, tuple(plans)),
        Feed("政府信息公开制度", urls.feed(urls.RULES), urls.RULES, tuple(rules)),
        Feed("政府信息公开工作年度报告", urls.feed(urls.REPORTS), urls.REPORTS, tuple(reports)),
        Feed("政府信息公开", urls.SITE_FEED, urls.COLUMN, (*proactive, *rules, *reports, guide_entry)),
    ]
    return [Feed(f.title, f.url, f.page, _newest(f.entries)) for f in found if f.entries]


def _newest(entries: Iterable[FeedEntry]) -> tuple[FeedEntry, ...]:
    return tuple(sorted(entries, key=lambda e: (e.day, e.url), reverse=True)[:ENTRIES])


def feed_urls(linked: Linked) -> dict[str, str]:
    """List page URL → its feed's URL, for the pages' <link rel="alternate">."""
    found = {f.page: f.url for f in feeds(linked)}
    if urls.SITE_FEED in found.values():
        found[urls.HOME] = urls.SITE_FEED
    return found


def atom(linked: Linked, feed: Feed) -> str:
    config = linked.site.config.model

    def full(url: str) -> str:
        return str(escape(urls.absolute(config.base_url, url)))

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="zh-CN">',
        f"  <title>{escape(config.name)} - {escape(feed.title)}</title>",
        f"  <id>{full(feed.url)}</id>",
        f'  <link rel="self" type="application/atom+xml" href="{full(feed.url)}"/>',
        f'  <link rel="alternate" type="text/html" href="{full(feed.page)}"/>',
        f"  <updated>{timestamp(feed.entries[0].day)}</updated>",
        f"  <author><name>{escape(config.sponsor)}</name></author>",
    ]
    for entry in feed.entries:
        lines += [
            "  <entry>",
            f"    <title>{escape(entry.title)}</title>",
            f"    <id>{full(entry.url)}</id>",
            f'    <link rel="alternate" type="text/html" href="{full(entry.url)}"/>',
            f"    <updated>{timestamp(entry.day)}</updated>",
            f"    <dc:date>{entry.day.isoformat()}</dc:date>",
            f'    <category term="{escape(entry.category)}"/>',
            f"    <summary>{escape(entry.summary)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def feed_files(linked: Linked) -> Sequence[OutputFile]:
    return [OutputFile(f.url, atom(linked, f).encode("utf-8")) for f in feeds(linked)]
