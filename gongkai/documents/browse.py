"""Published 公文 grouped once in link for the browse lists (by 发布机构, 年份, 主题分类, 公开类别, 有效性).

Each group keeps the order of ``DocumentFacts.published`` (newest first: 发布日期, else 成文日期),
except years, which are the 成文日期's year (always known; a 发布日期 may not be) and list
newest 成文日期 first. Pages only slice these; nothing is grouped per page.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..models import Document
from ..values import Entry
from .lifecycle import Lifecycle

Group = tuple[Entry[Document], ...]


@dataclass(frozen=True, slots=True)
class Facets:
    by_org: Mapping[str, Group]
    by_year: Mapping[int, Group]
    """By the year of 成文日期, newest year first."""
    by_topic: Mapping[str, Group]
    """By 一级 主题分类 and by the whole 「一级\\\\二级」, national list order."""
    by_category: Mapping[str, Group]
    by_state: Mapping[str, Group]


def group_documents(published: Sequence[Entry[Document]], lifecycles: Mapping[str, Lifecycle]) -> Facets:
    by_org: dict[str, list[Entry[Document]]] = defaultdict(list)
    by_year: dict[int, list[Entry[Document]]] = defaultdict(list)
    by_topic: dict[str, list[Entry[Document]]] = defaultdict(list)
    by_category: dict[str, list[Entry[Document]]] = defaultdict(list)
    by_state: dict[str, list[Entry[Document]]] = defaultdict(list)
    for e in published:
        doc = e.model
        by_org[doc.publisher].append(e)
        by_year[doc.written.year].append(e)
        first = doc.topic.split("\\")[0]
        by_topic[first].append(e)
        if first != doc.topic:
            by_topic[doc.topic].append(e)
        by_category[doc.category].append(e)
        by_state[lifecycles[e.slug].state].append(e)
    years = {
        year: tuple(sorted(members, key=lambda e: (e.model.written, e.slug), reverse=True))
        for year, members in sorted(by_year.items(), reverse=True)
    }
    return Facets(
        by_org={k: tuple(v) for k, v in by_org.items()},
        by_year=years,
        by_topic={k: tuple(v) for k, v in by_topic.items()},
        by_category={k: tuple(v) for k, v in by_category.items()},
        by_state={k: tuple(v) for k, v in by_state.items()},
    )
