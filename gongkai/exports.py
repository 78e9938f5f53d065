"""Data files published beside the pages: each content kind contributes its downloads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .column import column_files
from .feeds import feed_files
from .kind import ContentKind
from .values import Linked, OutputFile


def make_files(linked: Linked, kinds: Sequence[ContentKind[Any, Any]]) -> list[OutputFile]:
    """Every data file of the site: the column's own (the 申请表), each kind's in registry order, then the feeds."""
    return [*column_files(linked), *(item for kind in kinds for item in kind.files(linked)), *feed_files(linked)]
