"""政策解读 三同步: a 行政规范性文件 in force comes with a 解读 published within 3 working days.

The seeds ask for it (周村 工作要点: 「政策性文件与解读方案、解读材料同步组织、同步审签、
同步部署」); a missing or late 解读 is a warning, so ``--strict`` fails on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from ..errors import Problems
from ..models import Document
from ..values import Entry
from .lifecycle import Lifecycle

SYNC_DAYS = 3
"""解读 within this many working days of the policy's 发布日期."""


DAY_UNIT = "日历日"
"""What ``days_between`` counts, as messages say it (becomes 工作日 with the calendar)."""


def days_between(start: dt.date, end: dt.date) -> int:
    """Days from ``start`` to ``end``, counted as calendar days for now.

    TODO: count working days with gongkai.checks.workdays (the working-day calendar with
    public holidays and 调休, on another branch) once it is merged; only this function and
    ``DAY_UNIT`` change.
    """
    return (end - start).days


def check_sync(
    policies: Sequence[Entry[Document]],
    interpretations: Mapping[str, Sequence[Entry[Document]]],
    lifecycles: Mapping[str, Lifecycle],
    problems: Problems,
) -> None:
    """Warn for each published 行政规范性文件 not ended that has no 解读, or only a late one."""
    for entry in policies:
        if lifecycles[entry.slug].ended:
            continue
        found = interpretations.get(entry.slug, ())
        if not found:
            problems.add(
                entry.locator.error(
                    ("doc_type",),
                    "行政规范性文件没有政策解读：文件与解读应同步组织、同步审签、同步发布",
                    "normative document without an interpretation",
                    f"添加一个 doc_type: 政策解读 的文件，写 interprets: {entry.slug}（文字、图解或视频）。",
                    warning=True,
                )
            )
            continue
        published = entry.model.published
        dated = [e.model.published for e in found if e.model.published is not None]
        if published is None or not dated:
            continue  # a date unknown: nothing to measure, and nothing guessed
        first = min(dated)
        late = days_between(published, first)
        if late > SYNC_DAYS:
            problems.add(
                entry.locator.error(
                    ("published",),
                    f"最早的政策解读发布于 {first}，与本文件发布日期 {published} 相隔 {late} 个{DAY_UNIT}"
                    f"（解读应在 {SYNC_DAYS} 个工作日内同步发布）",
                    "interpretation published late",
                    "核对解读的发布日期；解读应与文件同步发布。",
                    warning=True,
                )
            )
