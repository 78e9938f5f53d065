"""The 机构职能 overview (条例 第二十条第（二）项) at the 机构职能 category's address.

Lists every organisation with a profile, grouped by kind (name, current 负责人, 地址, 办公时间,
电话), then the 公文 filed under 第二十条第（二）项, paginated. Each organisation's own page
(/zfxxgk/zrdw/<id>/) carries its full profile. Left out when there is neither.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import catalog, urls
from .documents.facts import KEY as DOCUMENTS
from .institutions import KEY, PROFILE_KINDS, Profile
from .values import Linked, ListItem, Page
from .views import COLUMN, HOME, PROACTIVE, Pager, doc_item, paginate

CODE = catalog.INSTITUTIONS
"""The 条例 category whose page is the overview."""
SECTION = "法定主动公开内容"


def profile_groups(linked: Linked) -> list[tuple[str, list[Profile]]]:
    profiles = linked.of(KEY).profiles.values()
    groups = [(kind, [p for p in profiles if p.org.kind == kind]) for kind in PROFILE_KINDS]
    return [(kind, members) for kind, members in groups if members]


def institution_pages(linked: Linked) -> list[Page]:
    groups = profile_groups(linked)
    items = [doc_item(linked, e) for e in linked.of(DOCUMENTS).published if e.model.category == CODE]
    if not groups and not items:
        return []
    category = catalog.CATEGORY_BY_CODE[CODE]
    intro = f"条例{category.article}：{category.text}。"

    def make(chunk: Sequence[ListItem], pager: Pager) -> Page:
        first = pager.page == 1
        return Page(
            pager.url(pager.page),
            "institutions.html",
            category.short if first else f"{category.short}（第 {pager.page} 页）",
            {"groups": groups if first else [], "items": list(chunk), "pager": pager, "intro": intro},
            (HOME, COLUMN, PROACTIVE),
            SECTION,
            searchable=False,
            meta={"ColumnDescription": intro, "ColumnKeywords": "机构职能,机构设置,负责人,办公地址,办公时间,联系方式"},
        )

    return paginate(items, urls.category(CODE), make)
