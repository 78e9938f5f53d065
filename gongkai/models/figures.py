"""One number of an annual-report table, kept exactly as the editor wrote it.

The text is what pages and CSV show (a fee of 5949.088667 万元 stays 「5949.088667」); the value
is an exact Decimal for the arithmetic (standards.md §3.5), never a float. A cell written blank
(``~``, null or ``""``) keeps an empty text: pages show 「—」 with a note and CSV an empty
field; only the arithmetic counts it as 0 (R6).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from pydantic import GetCoreSchemaHandler
from pydantic_core import core_schema

# Plain decimal numerals per kind: no leading zeros (YAML reads 012 as octal 10), no separators.
_FORMS = {
    "count": re.compile(r"(0|[1-9]\d*)"),
    "signed": re.compile(r"[+-]?(0|[1-9]\d*)"),
    "amount": re.compile(r"(0|[1-9]\d*)(\.\d+)?"),
}
KINDS = tuple(_FORMS)


@dataclass(frozen=True, slots=True)
class Figure:
    """A table cell: ``text`` as written ("" when blank) and its exact ``value`` (0 when blank)."""

    text: str
    value: Decimal

    @property
    def blank(self) -> bool:
        return not self.text

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        # Cells are read by the table validators (models/reports.py); the model only holds them.
        return core_schema.is_instance_schema(cls)


BLANK = Figure("", Decimal(0))


def written(value: int | float) -> str:
    """The text a number was written with in the YAML file (source.py keeps it on the numbers it
    loads as ``.text``); its usual digits when not loaded from YAML."""
    return getattr(value, "text", None) or str(value)


def read_figure(value: Any, kind: str) -> Figure | None:
    """The figure of one cell, or None when ``value`` is not a plain numeral of ``kind``."""
    if value is None or value == "":
        return BLANK
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    text = written(value)
    if kind != "amount" and isinstance(value, float):
        return None
    if not _FORMS[kind].fullmatch(text):
        return None
    return Figure(text, Decimal(text))


def shown(value: Any) -> str:
    """A written value as messages quote it: text in 「“”」, numbers as typed."""
    if isinstance(value, str):
        return f"“{value}”"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int | float):
        return written(value)
    return str(value)


def how_to_fix(value: Any) -> str:
    """A short hint for a numeral that is almost right: quoted, a leading 0, a separator."""
    text = value if isinstance(value, str) else written(value) if isinstance(value, int | float) else ""
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", text.strip()):
        return "（不加引号）"
    if re.fullmatch(r"[+-]?0\d+(\.\d+)?", text):
        return "（去掉开头的 0）"
    if re.fullmatch(r"[+-]?[\d_,]+(\.\d+)?", text) and re.search(r"[_,]", text):
        return "（不加千位分隔符）"
    return ""
