"""Data files published beside the pages: each content kind contributes its downloads."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .feeds import feed_files
from .kind import ContentKind
from .values import Linked, OutputFile


def make_files(linked: Linked, kinds: Sequence[ContentKind[Any, Any]]) -> list[OutputFile]:
    """Every data file of the site, in registry order, then the column's feeds."""
    return [*(item for kind in kinds for item in kind.files(linked)), *feed_files(linked)]
