"""Working days with China's holidays, the 20-working-day rule, 三同步 and the 文号 year."""

from __future__ import annotations

import datetime as dt

from gongkai.checks.number_year import number_year
from gongkai.checks.workdays import is_working_day, working_days_after

D = dt.date


def test_holidays_and_adjusted_workdays_are_counted() -> None:
    # 2023 中秋国庆: 9-29 … 10-06 off, Saturday 10-07 and Sunday 10-08 worked.
    assert is_working_day(D(2023, 10, 2)) is False
    assert is_working_day(D(2023, 10, 7)) is True
    # Weekends only would say 22 here, and warn; the real calendar says 18.
    assert working_days_after(D(2023, 9, 27), D(2023, 10, 27)).days == 18


def test_the_first_day_is_not_counted() -> None:
    assert working_days_after(D(2024, 3, 1), D(2024, 3, 4)).days == 1  # Friday → Monday
    assert working_days_after(D(2024, 3, 1), D(2024, 3, 1)).days == 0


def test_years_the_calendar_lacks_are_counted_on_weekdays_and_named() -> None:
    count = working_days_after(D(2026, 12, 28), D(2027, 1, 4))
    assert count.uncovered_years == (2027,)
    assert is_working_day(D(2027, 1, 1)) is None
    # 12-29, 12-30, 12-31 from the calendar; 2027-01-01 (a Friday, New Year) and 01-04 as weekdays.
    assert count.days == 5
    assert working_days_after(D(2024, 1, 1), D(2024, 12, 31)).uncovered_years == ()


def test_number_year() -> None:
    assert number_year("周政办字〔2020〕27号") == 2020
    assert number_year("国务院令第711号") is None
