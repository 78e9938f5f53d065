"""Publication deadlines counted in working days.

- 条例 第二十六条 (standards.md §2.3): 主动公开 information is published within 20 working
  days of being made; a document whose 发布日期 is later than that is a warning.
- 政策解读 “三同步” (国办发〔2016〕80号 实施细则: 解读 issued together with the policy): the
  interpretation is published within 3 working days after the policy it explains.

Working days come from :mod:`gongkai.checks.workdays`. Nothing is inferred: without a 发布日期
there is nothing to count, and no warning. Where the holiday calendar does not cover a year,
the count is made on weekends only and a warning says so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..errors import Problems
from ..models import Document
from ..values import Entry
from .workdays import WorkingDays, working_days_after

PUBLICATION_LIMIT = 20
INTERPRETATION_LIMIT = 3


def check_timeliness(documents: Sequence[Entry[Document]], problems: Problems) -> None:
    by_slug: Mapping[str, Entry[Document]] = {e.slug: e for e in documents}
    for entry in documents:
        doc = entry.model
        if doc.disclosure != "主动公开" or doc.published is None:
            continue
        count = working_days_after(doc.written, doc.published)
        _uncovered(entry, count, problems)
        if count.days > PUBLICATION_LIMIT:
            problems.add(
                entry.locator.error(
                    ("published",),
                    f"发布日期 {doc.published} 距成文日期 {doc.written} 已有 {count.days} 个工作日，"
                    f"超过条例第二十六条规定的 {PUBLICATION_LIMIT} 个工作日",
                    f"published {count.days} working days after it was written (limit {PUBLICATION_LIMIT})",
                    "核对发布日期和成文日期；日期无误时照实保留，并在工作中改进发布时效。",
                    warning=True,
                    code="timeliness.publication",
                )
            )
        policy = by_slug.get(doc.interprets) if doc.doc_type == "政策解读" and doc.interprets else None
        if policy is None or policy.model.published is None or doc.published <= policy.model.published:
            continue
        gap = working_days_after(policy.model.published, doc.published)
        _uncovered(entry, gap, problems)
        if gap.days > INTERPRETATION_LIMIT:
            problems.add(
                entry.locator.error(
                    ("published",),
                    f"政策解读发布于 {doc.published}，所解读的文件 {policy.slug} 发布于 {policy.model.published}，"
                    f"相隔 {gap.days} 个工作日，超过“三同步”要求的 {INTERPRETATION_LIMIT} 个工作日",
                    f"interpretation published {gap.days} working days after its policy (limit {INTERPRETATION_LIMIT})",
                    "核对两份文件的发布日期；日期无误时照实保留。",
                    warning=True,
                    code="timeliness.interpretation",
                )
            )


def _uncovered(entry: Entry[Document], count: WorkingDays, problems: Problems) -> None:
    if not count.uncovered_years:
        return
    years = "、".join(str(y) for y in count.uncovered_years)
    problems.add(
        entry.locator.error(
            ("published",),
            f"节假日日历（chinesecalendar）没有 {years} 年的数据：这段时间的工作日只按周一至周五计算，"
            "未计法定节假日和调休，发布时效的判断可能不准",
            f"no holiday calendar for {years}; working days counted Monday to Friday",
            "升级 requirements.txt 中的 chinesecalendar（每年国务院公布放假安排后发布新版）。",
            warning=True,
            code="timeliness.calendar",
        )
    )
