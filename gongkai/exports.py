"""Data files published beside the pages: each content kind contributes its downloads."""

from __future__ import annotations

import datetime as dt

from .guide.pages import guide_files
from .link import Linked
from .plans.exports import plan_files
from .reports.exports import report_files
from .views import OutputFile


def make_files(linked: Linked, today: dt.date | None) -> list[OutputFile]:
    """Every data file of the site, in a stable order."""
    return [*guide_files(linked), *plan_files(linked, today), *report_files(linked)]
