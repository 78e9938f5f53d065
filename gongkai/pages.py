"""Stage 4: the linked site → every page to render, with its URL, template and view model."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .column import column_pages
from .kind import ContentKind
from .values import Linked, Page


def make_pages(linked: Linked, kinds: Sequence[ContentKind[Any, Any]]) -> list[Page]:
    """The column's own pages, then every kind's pages, in registry order."""
    pages = column_pages(linked, kinds)
    for kind in kinds:
        pages.extend(kind.pages(linked))
    return pages
