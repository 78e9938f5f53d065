"""落实情况 as the lines of one table cell: 「2024-06-30 已完成：说明」, 「（示例）」 at the end of example entries.

The ledger writes progress this way and the importer reads it back; a line that is not in this
form is text of the source table, kept as written and never turned into a dated entry.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import get_args

from ..models import Progress
from ..models.plans import ProgressStatus

SAMPLE_MARK = "（示例）"
_STATUSES = "|".join(get_args(ProgressStatus))
_LINE = re.compile(rf"^(\d{{4}}-\d{{2}}-\d{{2}}) ({_STATUSES})：(.*)$")


@dataclass(frozen=True, slots=True)
class ProgressLine:
    """One entry read from a cell: what a ``progress`` item of the plan YAML holds."""

    date: dt.date
    status: str
    note: str
    sample: bool


def progress_line(entry: Progress) -> str:
    return f"{entry.date.isoformat()} {entry.status}：{entry.note}" + (SAMPLE_MARK if entry.sample else "")


def read_progress(text: str) -> tuple[str, list[ProgressLine]]:
    """(text before the first entry, entries): lines after an entry that are not entries continue its note."""
    kept: list[str] = []
    raw: list[tuple[dt.date, str, list[str]]] = []
    for line in text.split("\n"):
        m = _LINE.match(line.strip())
        date = _date(m[1]) if m else None
        if m and date and m[3].strip():
            raw.append((date, m[2], [m[3].strip()]))
        elif raw:
            raw[-1][2].append(line.rstrip())
        else:
            kept.append(line)
    entries = []
    for date, status, lines in raw:
        note = "\n".join(lines).strip()
        sample = note.endswith(SAMPLE_MARK) and note != SAMPLE_MARK
        entries.append(ProgressLine(date, status, note.removesuffix(SAMPLE_MARK).rstrip() if sample else note, sample))
    return "\n".join(kept).strip(), entries


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None
