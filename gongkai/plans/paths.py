"""URLs of the plan ledger: per-task pages and downloads.

These belong with the other URL rules in gongkai/urls.py; they live here until the owner of
that module moves them (same names, same values).
"""

from __future__ import annotations

from .. import urls

TASKS_JSON = f"{urls.PLANS}tasks.json"
LEDGER_FORMATS = ("csv", "xlsx", "docx")


def task(plan_slug: str, anchor: str) -> str:
    """One task's own page, beside its plan: /zfxxgk/fdzdgknr/gzyd/<plan>/<anchor>/."""
    return f"{urls.plan(plan_slug)}{anchor}/"


def ledger(plan_slug: str, fmt: str) -> str:
    """A plan's 任务台账 download: /zfxxgk/fdzdgknr/gzyd/<plan>/<plan>-rwtz.<fmt>."""
    return f"{urls.plan(plan_slug)}{plan_slug}-rwtz.{fmt}"
