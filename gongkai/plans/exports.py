"""The plans ledger as downloads: CSV and XLSX per plan, JSON of every task (issue #5)."""

from __future__ import annotations

import datetime as dt

from ..link import Linked
from ..views import OutputFile


def plan_files(linked: Linked, today: dt.date | None) -> list[OutputFile]:
    """No ledger downloads yet; issue #5 adds them."""
    return []
