"""The 行政规范性文件 catalogue: 现行有效 and 已废止/已失效, as pages, CSV and XLSX.

One row per published 行政规范性文件, read from the lifecycle derived in link, so the
catalogue, the document's own page and the downloads always agree. The 清理结果 (a 公文 with
``repeals`` / ``invalidates`` / ``amends``) are listed beside the current catalogue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from .. import urls
from ..formats import csv_bytes, table_xlsx
from ..values import Crumb, Linked, ListItem, OutputFile, Page
from ..views import COLUMN, HOME, PROACTIVE, Pager, doc_item, org_name, paginate
from .facts import KEY
from .status import Ref, ref

SECTION = "法定主动公开内容"
ROWS_PER_PAGE = 50
CURRENT_TITLE = "现行有效行政规范性文件目录"
ENDED_TITLE = "已废止、已失效行政规范性文件目录"
HEADERS = ("统一登记号", "名称", "文号", "发布机构", "成文日期", "施行日期", "有效期至", "有效性", "解读")
ENDED_HEADERS = (*HEADERS[:8], "废止/失效日期", "废止/失效依据", HEADERS[8])
FILE_NAMES = {False: "gfxwj-mulu", True: "gfxwj-fzsx"}


@dataclass(frozen=True, slots=True)
class CatalogueRow:
    """One 行政规范性文件 as the catalogue lists it."""

    index_no: str
    register_no: str
    title: str
    url: str
    number: str
    publisher: str
    written: dt.date
    effective: dt.date | None
    valid_until: dt.date | None
    state: str
    ended_on: dt.date | None
    ended_on_note: str
    """Empty when ``ended_on`` is the 废止/失效日期 itself; else which date of the deciding document it is."""
    basis: Ref | None
    interpretations: tuple[Ref, ...]


def catalogue_rows(linked: Linked, ended: bool) -> list[CatalogueRow]:
    """The current (or the ended) 行政规范性文件, newest 成文日期 first."""
    facts = linked.of(KEY)
    rows = []
    for entry in facts.normative:
        life = facts.lifecycles[entry.slug]
        if life.ended != ended:
            continue
        doc = entry.model
        note = ""
        if life.ended and not life.since_label and life.ended_by:
            note = f"依据文件{life.ended_by.date_label}"
        rows.append(
            CatalogueRow(
                index_no=facts.index_numbers[entry.slug],
                register_no=doc.register_no or "",
                title=doc.title,
                url=urls.document(doc.category, entry.slug),
                number=doc.number or "",
                publisher=org_name(linked, doc.publisher),
                written=doc.written,
                effective=doc.effective,
                valid_until=doc.valid_until,
                state=life.state,
                ended_on=life.since if life.ended else None,
                ended_on_note=note,
                basis=ref(linked, life.ended_by.by) if life.ended_by else None,
                interpretations=tuple(ref(linked, e.slug) for e in facts.interpretations.get(entry.slug, ())),
            )
        )
    return rows


def cleanup_items(linked: Linked) -> list[ListItem]:
    """Published documents that repeal, invalidate or amend a 行政规范性文件 (清理结果, 废止决定)."""
    facts = linked.of(KEY)
    normative = {e.slug for e in facts.normative}
    return [
        doc_item(linked, e)
        for e in facts.published
        if any(d.target in normative for d in facts.decisions.get(e.slug, ()))
    ]


def catalogue_pages(linked: Linked) -> list[Page]:
    """Each non-empty catalogue, paginated; the current one also lists the 清理结果."""
    current, ended = catalogue_rows(linked, False), catalogue_rows(linked, True)
    cleanups = cleanup_items(linked)
    crumbs = (HOME, COLUMN, PROACTIVE)
    pages: list[Page] = []
    for rows, is_ended in ((current, False), (ended, True)):
        if not rows:
            continue
        base = urls.NORMATIVE_ENDED if is_ended else urls.NORMATIVE
        title = ENDED_TITLE if is_ended else CURRENT_TITLE
        other = (
            ((urls.NORMATIVE, CURRENT_TITLE) if is_ended else (urls.NORMATIVE_ENDED, ENDED_TITLE))
            if (current if is_ended else ended)
            else None
        )
        downloads = [(fmt.upper(), urls.catalogue_file(base, FILE_NAMES[is_ended], fmt)) for fmt in ("csv", "xlsx")]

        def make(
            chunk: Sequence[CatalogueRow],
            pager: Pager,
            title: str = title,
            base: str = base,
            is_ended: bool = is_ended,
            other: tuple[str, str] | None = other,
            downloads: list[tuple[str, str]] = downloads,
        ) -> Page:
            return Page(
                pager.url(pager.page),
                "catalogue.html",
                title if pager.page == 1 else f"{title}（第 {pager.page} 页）",
                {
                    "rows": list(chunk),
                    "total": len(ended if is_ended else current),
                    "ended": is_ended,
                    "headers": ENDED_HEADERS if is_ended else HEADERS,
                    "pager": pager,
                    "other": other,
                    "downloads": downloads,
                    "cleanups": cleanups if not is_ended and pager.page == 1 else [],
                    "today": linked.today,
                },
                crumbs + ((Crumb(title, base),) if pager.page > 1 else ()),
                SECTION,
                searchable=False,
                meta={
                    "ColumnDescription": f"本机关公布的{title}，可下载 CSV 和 Excel 表格。",
                    "ColumnKeywords": "行政规范性文件,有效性,统一登记号,政策解读",
                },
            )

        pages.extend(paginate(rows, base, make, ROWS_PER_PAGE))
    return pages


def _cells(linked: Linked, row: CatalogueRow, ended: bool) -> list[str]:
    def day(value: dt.date | None) -> str:
        return value.isoformat() if value else ""

    base = linked.site.config.model.base_url
    cells = [
        row.register_no,
        row.title,
        row.number,
        row.publisher,
        day(row.written),
        day(row.effective),
        day(row.valid_until),
        row.state,
    ]
    if ended:
        on = day(row.ended_on) + (f"（{row.ended_on_note}）" if row.ended_on_note and row.ended_on else "")
        cells += [on, _named(row.basis) if row.basis else ""]
    cells.append("；".join(_named(r) for r in row.interpretations))
    return [*cells, row.index_no, urls.absolute(base, row.url)]


def _named(r: Ref) -> str:
    return f"{r.title}（{r.number}）" if r.number else r.title


def catalogue_files(linked: Linked) -> list[OutputFile]:
    """CSV and XLSX of each non-empty catalogue: the page's columns plus 索引号 and 网址."""
    out = []
    author = linked.site.config.model.name
    for ended, base, title in ((False, urls.NORMATIVE, CURRENT_TITLE), (True, urls.NORMATIVE_ENDED, ENDED_TITLE)):
        rows = catalogue_rows(linked, ended)
        if not rows:
            continue
        headers = [*(ENDED_HEADERS if ended else HEADERS), "索引号", "网址"]
        cells = [_cells(linked, r, ended) for r in rows]
        heading = f"{author}{title}"
        if linked.today:
            heading += f"（截至{linked.today.isoformat()}）"
        name = FILE_NAMES[ended]
        out.append(OutputFile(urls.catalogue_file(base, name, "csv"), csv_bytes([[heading], headers, *cells])))
        widths = [20, 40, 22, 20, 12, 12, 12, 10, *([12, 36] if ended else []), 36, 30, 50]
        data = table_xlsx(heading, headers, cells, sheet="目录", author=author, day=linked.today, widths=widths)
        out.append(OutputFile(urls.catalogue_file(base, name, "xlsx"), data))
    return out


def catalogue_links(linked: Linked) -> list[tuple[str, str, int]]:
    """(title, url, count) of each non-empty catalogue, for the 法定主动公开内容 page."""
    facts = linked.of(KEY)
    ended = sum(1 for e in facts.normative if facts.lifecycles[e.slug].ended)
    current = len(facts.normative) - ended
    found = [(CURRENT_TITLE, urls.NORMATIVE, current), (ENDED_TITLE, urls.NORMATIVE_ENDED, ended)]
    return [link for link in found if link[2]]
