"""What a content kind contributes to each stage: one record, registered in kinds.py.

The stages loop over the registry (load, link, pages, exports); none of them names a kind.
A kind is a package with its model, per-file checks, cross-file linking, pages, data files
and scaffold; see docs/architecture.md for a worked example.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from .errors import ContentError, Problems
from .models import Organization
from .source import Locator
from .values import Key, Linked, OutputFile, Page, Site

M = TypeVar("M")
F = TypeVar("F")


@dataclass(frozen=True, slots=True)
class LinkInput:
    """What a kind's link step reads: the site, the organisation registry, the facts of the
    kinds linked before it, the build day and the attachment files that exist."""

    site: Site
    orgs: Mapping[str, Organization]
    facts: Mapping[str, object]
    today: dt.date | None
    assets: frozenset[str]

    def of(self, key: Key[Any, F]) -> F:
        """The facts of a kind registered (and so linked) before the one asking."""
        return cast(F, self.facts[key.name])


@dataclass(frozen=True, slots=True)
class ContentKind(Generic[M, F]):
    """One kind of content file under content/<folder>/, one file per item."""

    key: Key[M, F]
    folder: str
    """The folder under content/ that holds this kind, one YAML file per item."""
    label: str
    """What editors call it, in messages."""
    schema: Any
    """The pydantic model (or union) one file validates against."""
    part: str
    """The URL of the column part this kind is published under (urls.RULES, urls.PROACTIVE …)."""
    check: Callable[[M, Locator], list[ContentError]]
    """Rules across the fields of one file (run in load)."""
    link: Callable[[LinkInput, Problems], F]
    """Rules across files and the derived facts pages read (run in link, in registry order)."""
    slug_is_url: bool = True
    """The file name becomes the item's URL (so it must be a slug); reports are named by year."""
    check_unparsed: Callable[[Any, Locator], list[ContentError]] = lambda data, locator: []
    """Rules that still apply to a file its schema refused (run in load on the raw YAML data), so
    that one run reports every error: a report's table arithmetic despite a missing row."""
    count: Callable[[Site], int] = lambda site: 0
    """How many published items the kind adds to its part (0 everywhere means the part is empty)."""
    pages: Callable[[Linked], Sequence[Page]] = lambda linked: ()
    files: Callable[[Linked], Sequence[OutputFile]] = lambda linked: ()
    scaffold: Callable[[Scaffold], Path] | None = None
    """``build.py new <name> …``: write a commented template file, return its path."""
    scaffold_usage: str = ""
    """The arguments of ``new`` for this kind, e.g. ``document 文件名``."""
    importer: Callable[[Scaffold], Imported] | None = None
    """``build.py import <name> FILE …``: turn a spreadsheet into a content file."""
    import_usage: str = ""
    """The arguments of ``import`` for this kind, e.g. ``catalog 标准目录.xlsx [输出路径]``."""


@dataclass(frozen=True, slots=True)
class Imported:
    """What ``import`` wrote, and every note the editor must read (unmapped columns, names, skipped rows)."""

    path: Path
    summary: str
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scaffold:
    """A ``build.py new`` request: the site, the words after the kind, and the options."""

    root: Path
    args: Sequence[str]
    force: bool
    today: dt.date | None
