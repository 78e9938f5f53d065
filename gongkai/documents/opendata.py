"""documents.json and documents.csv: every published 公文 with every metadata field.

The 有效性 is the one derived in link (on the build date, given with the file); dates a file
does not give stay empty (null in JSON, an empty cell in CSV), never filled in. The body is
not included: each record links its page.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from .. import catalog, urls
from ..formats import csv_bytes
from ..models import Document
from ..values import Entry, Linked, OutputFile
from ..views import org_name
from .facts import KEY

COLUMNS = (
    ("index_no", "索引号"),
    ("title", "标题"),
    ("number", "发文字号"),
    ("register_no", "统一登记号"),
    ("publisher", "发布机构"),
    ("publisher_id", "发布机构标识"),
    ("written", "成文日期"),
    ("published", "发布日期"),
    ("printed", "印发日期"),
    ("effective", "施行日期"),
    ("valid_until", "有效期至"),
    ("validity", "有效性"),
    ("validity_since", "有效性起始日期"),
    ("validity_since_label", "有效性起始日期说明"),
    ("expired", "废止/失效日期"),
    ("ended_by", "废止/失效依据"),
    ("replaced_by", "替代文件"),
    ("repeals", "废止的文件"),
    ("invalidates", "宣布失效的文件"),
    ("amends", "修改的文件"),
    ("category", "公开类别"),
    ("category_code", "公开类别代码"),
    ("doc_type", "文件类型"),
    ("topic", "主题分类"),
    ("disclosure", "公开属性"),
    ("keywords", "关键词"),
    ("summary", "内容概述"),
    ("recipients", "主送机关"),
    ("signer", "落款"),
    ("note", "附注"),
    ("copy_to", "抄送"),
    ("interprets", "所解读的文件"),
    ("interpretations", "相关解读"),
    ("form", "解读形式"),
    ("video_url", "视频链接"),
    ("plan", "所印发的工作要点"),
    ("attachments", "附件"),
    ("sample", "示例"),
    ("sample_note", "示例说明"),
    ("url", "网址"),
)


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def document_record(linked: Linked, entry: Entry[Document]) -> dict[str, Any]:
    """One published document as a flat record (lists of slugs and URLs where it names others)."""
    facts = linked.of(KEY)
    base = linked.site.config.model.base_url
    doc = entry.model
    life = facts.lifecycles[entry.slug]

    def page(slug: str | None) -> str | None:
        if slug is None or slug not in facts.by_slug:
            return None
        target = facts.by_slug[slug].model
        return urls.absolute(base, urls.document(target.category, slug)) if target.disclosure == "主动公开" else slug

    category = catalog.CATEGORY_BY_CODE[doc.category]
    return {
        "index_no": facts.index_numbers[entry.slug],
        "title": doc.title,
        "number": doc.number,
        "register_no": doc.register_no,
        "publisher": org_name(linked, doc.publisher),
        "publisher_id": doc.publisher,
        "written": _day(doc.written),
        "published": _day(doc.published),
        "printed": _day(doc.printed),
        "effective": _day(doc.effective),
        "valid_until": _day(doc.valid_until),
        "validity": life.state,
        "validity_since": _day(life.since),
        "validity_since_label": life.since_label or (f"决定文件的{life.ended_by.date_label}" if life.ended_by else ""),
        "expired": _day(doc.expired),
        "ended_by": page(life.ended_by.by) if life.ended_by else None,
        "replaced_by": page(doc.replaced_by),
        "repeals": [page(s) for s in doc.repeals],
        "invalidates": [page(s) for s in doc.invalidates],
        "amends": [page(s) for s in doc.amends],
        "category": category.short,
        "category_code": category.code,
        "doc_type": doc.doc_type,
        "topic": doc.topic,
        "disclosure": doc.disclosure,
        "keywords": list(doc.keywords),
        "summary": doc.summary,
        "recipients": doc.recipients,
        "signer": doc.signer,
        "note": doc.note,
        "copy_to": doc.copy_to,
        "interprets": page(doc.interprets),
        "interpretations": [page(e.slug) for e in facts.interpretations.get(entry.slug, ())],
        "form": doc.form if doc.doc_type == "政策解读" else None,
        "video_url": doc.video_url,
        "plan": urls.absolute(base, urls.plan(doc.plan)) if doc.plan else None,
        "attachments": [
            {"title": a.title, "url": urls.absolute(base, urls.asset(a.file)) if a.file else None}
            for a in doc.attachments
        ],
        "sample": doc.sample,
        "sample_note": doc.sample_note,
        "url": urls.absolute(base, urls.document(doc.category, entry.slug)),
    }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, list):
        return "；".join(
            v["title"] + (f"（{v['url']}）" if v.get("url") else "") if isinstance(v, dict) else str(v) for v in value
        )
    return str(value)


def open_data_files(linked: Linked) -> list[OutputFile]:
    """documents.json (with the site, the build date and the field names) and documents.csv."""
    config = linked.site.config.model
    records = [document_record(linked, e) for e in linked.of(KEY).published]
    data = {
        "site": config.name,
        "base_url": config.base_url,
        "build_date": _day(linked.today),
        "fields": dict(COLUMNS),
        "count": len(records),
        "documents": records,
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    rows = [[label for _, label in COLUMNS], *([_cell(r[key]) for key, _ in COLUMNS] for r in records)]
    return [
        OutputFile(urls.DOCUMENTS_JSON, text.encode("utf-8")),
        OutputFile(urls.DOCUMENTS_CSV, csv_bytes(rows)),
    ]
