"""What the importer reads from a task table, before it is written out as plan YAML (draft.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .import_report import SkippedRow
from .progress_lines import ProgressLine


@dataclass(slots=True)
class ImportedTask:
    """One row of the table, mapped onto the plan schema (ids where the registry knows the name)."""

    groups: tuple[str, ...]
    requirement: str
    label: str
    no: str | None = None
    id: str | None = None
    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    assignments: list[tuple[str, list[str]]] = field(default_factory=list)
    leader: str | None = None
    deadline: str | None = None
    deadline_note: str | None = None
    units_note: str | None = None
    progress: list[ProgressLine] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    merged: set[str] = field(default_factory=set)
    """Fields (and ``extra`` keys) whose cell is merged with the row above."""


@dataclass(slots=True)
class ImportedPlan:
    title: str
    year: int
    table_title: str
    columns: tuple[str, ...]
    tasks: list[ImportedTask]
    source: str
    has_units_column: bool = True
    kept_columns: list[str] = field(default_factory=list)
    """Headers whose values are kept in ``extra``."""
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[SkippedRow] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    repeated_headers: list[str] = field(default_factory=list)
    rows_read: int = 0
    blank_rows: int = 0
