"""政策解读 三同步: a 行政规范性文件 in force comes with a 解读.

The seeds ask for it (周村 工作要点: 「政策性文件与解读方案、解读材料同步组织、同步审签、
同步部署」); a missing 解读 is a warning, so ``--strict`` fails on it. A 解读 published more
than 3 working days after its policy is warned about on the 解读 itself, by
:mod:`gongkai.checks.timeliness` (``timeliness.interpretation``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import Problems
from ..models import Document
from ..values import Entry
from .lifecycle import Lifecycle


def check_sync(
    policies: Sequence[Entry[Document]],
    interpretations: Mapping[str, Sequence[Entry[Document]]],
    lifecycles: Mapping[str, Lifecycle],
    problems: Problems,
) -> None:
    """Warn for each published 行政规范性文件 not ended that has no 解读."""
    for entry in policies:
        if lifecycles[entry.slug].ended or interpretations.get(entry.slug):
            continue
        problems.add(
            entry.locator.error(
                ("doc_type",),
                "行政规范性文件没有政策解读：文件与解读应同步组织、同步审签、同步发布",
                "normative document without an interpretation",
                f"添加一个 doc_type: 政策解读 的文件，写 interprets: {entry.slug}（文字、图解或视频）。",
                warning=True,
                code="doc.interpretation-missing",
            )
        )
