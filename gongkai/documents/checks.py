"""Rules across the fields of one 公文 (run per file in the load stage)."""

from __future__ import annotations

from ..errors import ContentError
from ..models import Document
from ..source import Locator


def check_document(doc: Document, loc: Locator) -> list[ContentError]:
    """Dates in order, a 登记号 only on 规范性文件, a 解读 naming its policy in a complete form,
    attachments well formed. 有效性 against decisions and the build date is checked in link."""
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
    if doc.validity in ("现行有效", "尚未施行", "已修改") and doc.expired is not None:
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
    if doc.valid_until and doc.valid_until < (doc.effective or doc.written):
        out.append(
            loc.error(
                ("valid_until",),
                f"有效期至 {doc.valid_until} 早于{'施行日期' if doc.effective else '成文日期'}",
                "valid_until before the document takes effect",
                code="doc.valid-until-early",
            )
        )
    if doc.register_no and doc.doc_type != "行政规范性文件":
        out.append(
            loc.error(
                ("register_no",),
                f"只有行政规范性文件有统一登记号，本文件的文件类型为 “{doc.doc_type}”",
                "register number on a document that is not a normative document",
                "核对 doc_type，或删除 register_no。",
                code="doc.register-no-type",
            )
        )
    out.extend(check_interpretation(doc, loc))
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


def check_interpretation(doc: Document, loc: Locator) -> list[ContentError]:
    """A 图解 has its image (the body is its full text alternative); a 视频 has its link."""
    out = []
    if doc.doc_type != "政策解读":
        for key in ("image", "video_url"):
            if getattr(doc, key) is not None:
                out.append(
                    loc.error(
                        (key,),
                        "图解图片和视频链接只用于政策解读（doc_type: 政策解读）",
                        f"{key} on a non-interpretation",
                        code="doc.media-not-interpretation",
                    )
                )
        if doc.form != "文字":
            out.append(
                loc.error(
                    ("form",),
                    "解读形式只用于政策解读（doc_type: 政策解读）",
                    "form on a non-interpretation",
                    code="doc.form-not-interpretation",
                )
            )
        return out
    if doc.form == "图解" and doc.image is None:
        out.append(
            loc.error(
                ("image",),
                "图解须提供图片 image（file 和 alt），正文 body 写图解的全部文字内容，供读屏软件和不便看图的读者使用",
                "a 图解 needs its image",
                "添加 image:\n  file: files/名称.png\n  alt: 图解标题",
                code="doc.graphic-image-missing",
            )
        )
    if doc.form != "图解" and doc.image is not None:
        out.append(
            loc.error(
                ("image",),
                "只有图解（form: 图解）带图片 image",
                "image on a non-graphic interpretation",
                code="doc.image-not-graphic",
            )
        )
    if doc.form == "视频" and doc.video_url is None:
        out.append(
            loc.error(
                ("video_url",),
                "视频解读须提供视频链接 video_url，正文 body 写视频的文字说明或文字实录",
                "a video interpretation needs its link",
                code="doc.video-url-missing",
            )
        )
    if doc.form != "视频" and doc.video_url is not None:
        out.append(
            loc.error(
                ("video_url",),
                "只有视频解读（form: 视频）带视频链接",
                "video link on a non-video",
                code="doc.video-url-not-video",
            )
        )
    return out
