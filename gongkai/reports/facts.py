"""The facts the link stage derives for 年度报告: part 六's plan follow-through per report year."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models.reports import AnyReport
from ..values import Key

if TYPE_CHECKING:
    from .followup import PlanFollowUp


@dataclass(frozen=True, slots=True)
class ReportFacts:
    follow_ups: Mapping[int, tuple[PlanFollowUp, ...]]
    """Report year → the plan summaries its part 六 shows (empty unless it asks, see followup.py)."""


KEY: Key[AnyReport, ReportFacts] = Key("reports")
