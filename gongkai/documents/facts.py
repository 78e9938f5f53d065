"""The facts the link stage derives for 公文, read by every page and file that shows one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..models import Document
from ..values import Entry, Key
from .browse import Facets
from .lifecycle import Decision, Lifecycle


@dataclass(frozen=True, slots=True)
class DocumentFacts:
    """公文 by slug, the published ones newest first, their 索引号 and who issued them."""

    by_slug: Mapping[str, Entry[Document]]
    published: tuple[Entry[Document], ...]
    """主动公开 documents, newest first (发布日期, else 成文日期)."""
    index_numbers: Mapping[str, str]
    by_org: Mapping[str, tuple[Entry[Document], ...]]
    interpretations: Mapping[str, tuple[Entry[Document], ...]]
    """Published 解读 by the slug of the policy they interpret."""
    plan_notices: Mapping[str, str]
    """Plan slug → the first document whose ``plan`` names it (its 印发通知)."""
    lifecycles: Mapping[str, Lifecycle]
    """有效性 of every document on the build date, with the decisions it rests on."""
    decisions: Mapping[str, tuple[Decision, ...]]
    """The 废止/宣布失效/修改 decisions each document makes, by the deciding document's slug."""
    normative: tuple[Entry[Document], ...]
    """Published 行政规范性文件, newest 成文日期 first (the catalogue's rows)."""
    facets: Facets
    """Published documents grouped for the browse lists."""


KEY: Key[Document, DocumentFacts] = Key("documents")
