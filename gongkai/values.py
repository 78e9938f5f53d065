"""The frozen values that pass between stages, at the bottom of the package.

Every stage imports its input and output types from here, so no stage imports a later one:
``Entry``/``Site`` (load → link), ``Linked`` (link → pages, exports), ``Page``/``OutputFile``
(pages, exports → render, write), ``RenderedPage`` and ``SiteOutput`` (render → write).
A content kind's own derived facts are typed by the kind and reached through its ``Key``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, Generic, TypeVar, cast

from .models import Guide, Organization, SiteConfig
from .source import Locator

T = TypeVar("T")
M = TypeVar("M")
F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class Key(Generic[M, F]):
    """Names a content kind and types its entries (``M``) and linked facts (``F``)."""

    name: str


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """A validated content item with where it came from."""

    slug: str
    path: str
    model: T
    locator: Locator


@dataclass(frozen=True, slots=True)
class Site:
    """All validated content of one site folder: the three fixed files and each kind's entries."""

    config: Entry[SiteConfig]
    organizations: Entry[tuple[Organization, ...]]
    guide: Entry[Guide]
    entries: Mapping[str, tuple[Entry[Any], ...]]

    def of(self, key: Key[M, Any]) -> tuple[Entry[M], ...]:
        """The entries of one kind, in discovery (file name) order."""
        return cast("tuple[Entry[M], ...]", self.entries.get(key.name, ()))


@dataclass(frozen=True, slots=True)
class Linked:
    """A validated, cross-checked site with every derived fact its pages and files read.

    ``today`` decides deadlines and validity (``--date`` or site.yaml ``build_date``; never
    the clock). Facts are computed once, here, and only read afterwards.
    """

    site: Site
    orgs: Mapping[str, Organization]
    today: dt.date | None
    assets: frozenset[str]
    facts: Mapping[str, object]

    def of(self, key: Key[Any, F]) -> F:
        """The derived facts of one kind."""
        return cast(F, self.facts[key.name])


@dataclass(frozen=True, slots=True)
class OutputFile:
    """A data file published beside the pages (CSV, XLSX, JSON downloads)."""

    url: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Crumb:
    title: str
    url: str


@dataclass(frozen=True, slots=True)
class Page:
    """One output page: where it goes, how it is rendered, and what the template sees."""

    url: str
    template: str
    title: str
    context: Mapping[str, Any]
    crumbs: tuple[Crumb, ...] = ()
    section: str = ""
    pubdate: dt.date | None = None
    description: str = ""
    searchable: bool = True
    source: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)
    # Search index data (Pagefind): extra filters beyond 栏目/年份, result metadata such as
    # 文号/发布机构/发布日期, and the date results sort by (defaults to pubdate).
    filters: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    search_meta: Mapping[str, str] = field(default_factory=dict)
    sort_date: dt.date | int | None = None
    """A year alone (int) where only the year is known: search orders it before that year's dates."""


@dataclass(frozen=True, slots=True)
class ListItem:
    """A row of any list page: every listed item carries a date (国办秘函〔2019〕19号) and what
    条例 第十二条 asks of a 目录 entry: 索引号, 名称 (``title``), 内容概述 and 生成日期."""

    title: str
    url: str
    date: dt.date | None
    """None where the source gives no date; the list then says 未载明 (never a made-up date)."""
    date_label: str
    number: str = ""
    publisher: str = ""
    extra: str = ""
    sample: bool = False
    index_no: str = ""
    summary: str = ""
    created: dt.date | None = None
    """The 成文日期 of a 公文 listed by its 发布日期 (otherwise ``date`` is already it)."""


@dataclass(frozen=True, slots=True)
class RenderedPage:
    url: str
    out_path: PurePosixPath
    html: str


@dataclass(frozen=True, slots=True)
class SiteOutput:
    """The whole built site as values (Eleventy's toJSON): every file with its bytes.

    ``assets`` are content/files/ paths copied as they are; static files come from the
    static folders. Tests and the preview server can use this without touching the disk.
    """

    pages: tuple[RenderedPage, ...]
    files: tuple[OutputFile, ...]
    assets: tuple[str, ...]

    def get(self, url: str) -> bytes | None:
        """The bytes published at ``url``, or None when the build has no such page or file."""
        for page in self.pages:
            if page.url == url:
                return page.html.encode("utf-8")
        for item in self.files:
            if item.url == url:
                return item.data
        return None
