"""The 目录 entry of every published item (条例 第十二条: 索引、名称、内容概述、生成日期).

公文 keep the 索引号 derived for them (documents/linking.py). A 工作要点 issued by a 印发通知 is
that 公文 and shares its number. The other items — 工作要点 without a notice, 政府信息公开制度,
年度报告 and the 指南 — continue each year's sequence after the 公文 of that year, unless the
file gives its own ``index_no`` (then it never changes). Summaries are the item's own
``summary`` where it has one; otherwise a sentence stating only what the item is, built from its
fields. Computed once in link, after every kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from . import catalog
from .documents.facts import KEY as DOCUMENTS
from .errors import ContentError, Problems
from .kind import LinkInput
from .plans.facts import KEY as PLANS
from .reports.facts import KEY as REPORTS
from .rules.facts import KEY as RULES
from .source import Locator
from .values import Key

GUIDE = "guide"
"""The kind name the 指南 is filed under (it is a single file, not a registry kind)."""


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """What the 目录 says of one item besides its name."""

    index_no: str
    summary: str
    created: dt.date | None
    """None where the content gives no date (a 工作要点 without a 印发通知): lists say 未载明."""
    created_label: str
    """What ``created`` is for this kind: 发布日期, 印发日期, 成文日期, 公布日期 or 更新日期."""


@dataclass(frozen=True, slots=True)
class DirectoryFacts:
    entries: Mapping[tuple[str, str], DirectoryEntry]
    """(kind name, slug) → entry, for 工作要点, 制度, 年度报告 and the 指南 (slug ``guide``)."""

    def of(self, kind: str, slug: str) -> DirectoryEntry:
        return self.entries[(kind, slug)]


KEY: Key[None, DirectoryFacts] = Key("directory")


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str
    slug: str
    explicit: str | None
    summary: str
    created: dt.date | None
    created_label: str
    locator: Locator
    year: int
    """The year the 索引号 is numbered in: the date's, else the item's 年度."""
    shared: bool = False
    """A 工作要点 that is its 印发通知's attachment carries the notice's number."""

    @property
    def order(self) -> tuple[dt.date, str, str]:
        """Numbering order: by date; an undated item first in its year (the numbers stay as published)."""
        return (self.created or dt.date(self.year, 1, 1), self.kind, self.slug)


GUIDE_SUMMARY = (
    "本机关政府信息公开指南：政府信息的分类、编排体系和获取方式，政府信息公开工作机构的名称、办公地址、"
    "办公时间、联系电话、传真号码和互联网联系方式，以及监督和救济渠道。"
)


def link_directory(given: LinkInput, problems: Problems) -> DirectoryFacts:
    """The 目录 entry of every item that is not a 公文; duplicates of any 索引号 are errors."""
    site = given.site
    documents = given.of(DOCUMENTS)
    plans = given.of(PLANS)
    taken: dict[str, str] = {
        number: f"content/documents/{slug}.yaml" for slug, number in documents.index_numbers.items()
    }
    name = site.config.model.name
    items: list[_Item] = []
    for p in site.of(PLANS):
        plan = p.model
        notice = plans.notices[p.slug]
        date, label = plans.dates[p.slug]
        summary = plan.summary or (notice.model.summary if notice else "")
        summary = summary or f"{plan.title}及其{plan.table_title}。"
        shared = documents.index_numbers[notice.slug] if notice and not plan.index_no else None
        year = date.year if date else plan.year
        items.append(
            _Item(PLANS.name, p.slug, plan.index_no or shared, summary, date, label, p.locator, year, bool(shared))
        )
    for r in site.of(RULES):
        rule = r.model
        items.append(
            _Item(
                RULES.name,
                r.slug,
                rule.index_no,
                rule.summary,
                rule.published,
                "公布日期",
                r.locator,
                rule.published.year,
            )
        )
    for y in site.of(REPORTS):
        report = y.model
        summary = f"{name}{report.year}年政府信息公开工作年度报告（{catalog.REPORT_FORMATS[report.format]}）。"
        published = report.published
        items.append(_Item(REPORTS.name, y.slug, None, summary, published, "发布日期", y.locator, published.year))
    guide = site.guide
    items.append(
        _Item(
            GUIDE,
            GUIDE,
            guide.model.index_no,
            GUIDE_SUMMARY,
            guide.model.updated,
            "更新日期",
            guide.locator,
            guide.model.updated.year,
        )
    )
    credit = site.config.model.credit_code
    next_seq: dict[int, int] = {}
    for number in documents.index_numbers.values():
        parsed, seq = _parse(number, credit)
        if parsed is not None:
            next_seq[parsed] = max(next_seq.get(parsed, 0), seq)
    entries = {}
    for item in sorted(items, key=lambda i: i.order):
        if item.explicit is None:
            year = item.year
            next_seq[year] = next_seq.get(year, 0) + 1
            number = f"{credit}/{year}-{next_seq[year]:05d}"
            while number in taken:
                next_seq[year] += 1
                number = f"{credit}/{year}-{next_seq[year]:05d}"
        else:
            number = item.explicit
        if item.explicit is not None and number in taken and not item.shared:
            problems.add(_duplicate(item, number, taken[number]))
        taken.setdefault(number, item.locator.path)
        entries[(item.kind, item.slug)] = DirectoryEntry(number, item.summary, item.created, item.created_label)
    return DirectoryFacts(entries)


def _parse(number: str, credit: str) -> tuple[int | None, int]:
    """(year, sequence) of a derived 索引号 ``<credit>/<year>-<seq>``; (None, 0) for other forms."""
    head, _, tail = number.partition("/")
    year, _, seq = tail.partition("-")
    if head == credit and year.isdigit() and seq.isdigit():
        return int(year), int(seq)
    return None, 0


def _duplicate(item: _Item, number: str, other: str) -> ContentError:
    return item.locator.error(
        ("index_no",),
        f"索引号 “{number}” 与 {other} 重复",
        "duplicate index number",
        "每个公开条目的索引号唯一；删除 index_no 由系统编号，或改用未用过的号码。",
        code="doc.index-no-duplicate",
    )
