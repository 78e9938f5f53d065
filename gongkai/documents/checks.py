"""Rules across the fields of one 公文 (run per file in the load stage)."""

from __future__ import annotations

from ..errors import ContentError
from ..models import Document
from ..source import Locator


def check_document(doc: Document, loc: Locator) -> list[ContentError]:
    """Dates in order, 有效性 with its date, a 解读 naming its policy, attachments well formed."""
    out = []
    if doc.published and doc.published < doc.written:
        out.append(
            loc.error(
                ("published",),
                f"发布日期 {doc.published} 早于成文日期 {doc.written}",
                "published before written",
                "核对两个日期。",
                code="doc.published-before-written",
            )
        )
    if doc.printed and doc.printed < doc.written:
        out.append(
            loc.error(
                ("printed",),
                f"印发日期 {doc.printed} 早于成文日期 {doc.written}",
                "printed before written",
                code="doc.printed-before-written",
            )
        )
    if doc.validity in ("已废止", "已失效") and doc.expired is None:
        out.append(
            loc.error(
                ("validity",),
                f"有效性为 “{doc.validity}” 时必须填写废止/失效日期 expired",
                "expired date required",
                "添加 “expired: YYYY-MM-DD”。",
                code="doc.expired-missing",
            )
        )
    if doc.validity in ("现行有效", "尚未施行") and doc.expired is not None:
        out.append(
            loc.error(
                ("expired",),
                f"有效性为 “{doc.validity}” 的文件不应有废止/失效日期",
                "expired date on a valid document",
                code="doc.expired-on-valid",
            )
        )
    if doc.expired and doc.expired < doc.written:
        out.append(
            loc.error(
                ("expired",), "废止/失效日期早于成文日期", "expired before written", code="doc.expired-before-written"
            )
        )
    if doc.doc_type == "政策解读" and doc.interprets is None:
        out.append(
            loc.error(
                ("interprets",),
                "政策解读应注明所解读的文件（interprets）",
                "interpretation without its policy",
                warning=True,
                code="doc.interprets-missing",
            )
        )
    for i, att in enumerate(doc.attachments):
        if [att.file is not None, att.url is not None, att.plan].count(True) != 1:
            out.append(
                loc.error(
                    ("attachments", i),
                    "附件须填写 file（文件路径）、url（网址）或 plan: true 之一",
                    "attachment needs one of file, url or plan",
                    code="attachment.file-or-plan",
                )
            )
    if any(a.plan for a in doc.attachments) and doc.plan is None:
        out.append(
            loc.error(
                ("attachments",),
                "附件指向任务分解表，但未填写 plan",
                "attachment points at a plan but plan is empty",
                code="attachment.plan-missing",
            )
        )
    return out
