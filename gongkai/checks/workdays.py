"""Working days in mainland China: weekends, official holidays and 调休 workdays.

The calendar comes from the ``chinesecalendar`` package (pinned in requirements.txt), which
carries the State Council's yearly holiday notices; 1.11.0 covers 2004–2026. A day outside
the years it covers is counted as Monday–Friday only, and the result says which years those
were, so a check can warn instead of guessing silently. Updating the pin extends the years.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import chinese_calendar


@dataclass(frozen=True, slots=True)
class WorkingDays:
    """A count of working days, and the years it had to count without the holiday calendar."""

    days: int
    uncovered_years: tuple[int, ...] = ()


@functools.cache
def covered_years() -> range:
    """The years the installed calendar has holiday data for (its own limits)."""
    days = [*chinese_calendar.holidays, *chinese_calendar.workdays]
    return range(min(days).year, max(days).year + 1)


def is_working_day(day: dt.date) -> bool | None:
    """Whether ``day`` is a working day, or None when the calendar does not cover its year.

    The same rule as ``chinese_calendar.is_workday``, read from its tables directly: that
    function checks the year range on every call, which dominated the check on large sites.
    """
    if day.year not in covered_years():
        return None
    return day in chinese_calendar.workdays or (day.weekday() < 5 and day not in chinese_calendar.holidays)


def working_days_after(start: dt.date, end: dt.date) -> WorkingDays:
    """Working days after ``start`` up to and including ``end`` (the first day is not counted).

    This is how a period "自…之日起 N 个工作日" is counted: a document made on a Friday and
    published the next Monday was published 1 working day after it was made.
    """
    days = 0
    uncovered: set[int] = set()
    day = start + dt.timedelta(days=1)
    while day <= end:
        working = is_working_day(day)
        if working is None:
            uncovered.add(day.year)
            working = day.weekday() < 5
        days += working
        day += dt.timedelta(days=1)
    return WorkingDays(days, tuple(sorted(uncovered)))
