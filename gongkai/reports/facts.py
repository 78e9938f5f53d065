"""The key of the 年度报告 kind (reports derive no facts beyond their own checks)."""

from __future__ import annotations

from ..models.reports import AnyReport
from ..values import Key

KEY: Key[AnyReport, None] = Key("reports")
