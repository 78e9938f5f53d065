"""A CMS body (HTML or plain text) → sanitised Markdown for ``body``, with a note of every change.

HTML goes through nh3 (an allowlist: no script, style, event attributes or inline styles) and
markdownify. The site's CSP forbids requests to other hosts (standards.md §2), so a remote image
becomes a link to it, and so does an embedded frame or video; relative addresses are resolved
against the document's old address. Tables keep their cells: a one-cell layout table is unwrapped,
and a cell merged down (rowspan) leaves empty cells below it so the columns stay in line.
Nothing is dropped silently: what could not be carried is counted in :class:`BodyNotes`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

import nh3
from bs4 import BeautifulSoup, Tag
from markdownify import MarkdownConverter

_TAGS = {
    *("p", "br", "div", "span", "strong", "b", "em", "i", "u", "sup", "sub", "hr", "pre", "blockquote"),
    *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "a", "img"),
    *("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td"),
    *("iframe", "video", "audio", "source", "embed"),
}
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
    **{tag: {"src", "title"} for tag in ("iframe", "video", "audio", "source", "embed")},
}
_REMOVED_WITH_CONTENT = {"script", "style", "noscript", "object", "template", "textarea", "select", "button"}
_HTML = re.compile(r"<(?:p|div|br|span|table|a|img|h[1-6]|ul|ol|li|strong|b|font|section|iframe|script|style)\b", re.I)
_COUNTED = re.compile(r"<(script|style|iframe|object|embed|video|audio)\b", re.I)
_EVENT = re.compile(r"\son[a-z]+\s*=", re.I)
_DATA_IMAGE = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?\s*data:", re.I)
_LINE_START = re.compile(r"^(\s*)(?:(\d+)(?=[.)]\s)|(?=#{1,6}\s|>|[-+*]\s))")
"""Text at the start of a paragraph that Markdown would read as a heading, quote or list item."""


def looks_like_html(text: str) -> bool:
    return bool(_HTML.search(text))


@dataclass(slots=True)
class BodyNotes:
    """What the conversion of one body changed or could not carry, for the import summary."""

    html: bool = False
    removed: Counter[str] = field(default_factory=Counter)
    """Tags removed with their content (script, style …) and event attributes (``on…=``)."""
    images_linked: int = 0
    embeds_linked: int = 0
    inline_images: int = 0
    """Images embedded as data: URIs: no address to link to; a placeholder says so in the body."""
    unresolved_links: list[str] = field(default_factory=list)
    """Relative addresses with no old address to resolve them against, kept as text."""
    rowspan_tables: int = 0


def to_markdown(text: str, base_url: str | None) -> tuple[str, BodyNotes]:
    """The body as Markdown; plain text keeps its paragraphs, HTML is sanitised and converted."""
    notes = BodyNotes(html=looks_like_html(text))
    if not notes.html:
        paragraphs = [p for p in (_tidy_line(line) for line in text.replace("\r\n", "\n").split("\n")) if p]
        return "\n\n".join(_escape(p) for p in paragraphs), notes
    for tag in _COUNTED.findall(text):
        notes.removed[f"<{tag.lower()}>"] += 1
    notes.removed["事件属性（on…）"] += len(_EVENT.findall(text))
    notes.inline_images = len(_DATA_IMAGE.findall(text))
    clean = nh3.clean(
        text,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        clean_content_tags=_REMOVED_WITH_CONTENT,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel=None,
        strip_comments=True,
    )
    for kind in ("<iframe>", "<embed>", "<video>", "<audio>"):
        notes.removed.pop(kind, None)  # carried as links, counted in embeds_linked
    notes.removed = +notes.removed
    markdown = _Converter(base_url, notes).convert(clean)
    lines = [_tidy_line(line) for line in markdown.replace("\xa0", " ").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip(), notes


def plain_text(text: str) -> str:
    """A metadata cell as text: tags and entities of an HTML export removed, spaces as written."""
    if "<" in text and looks_like_html(text):
        text = nh3.clean(text, tags=set(), clean_content_tags=_REMOVED_WITH_CONTENT)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\xa0", " ").strip()


def _tidy_line(line: str) -> str:
    """No paragraph indent (「　　」 or spaces) and no trailing spaces; full-width spaces inside stay."""
    return line.replace("\xa0", " ").lstrip(" \t\u3000").rstrip()


def _escape(text: str) -> str:
    """Plain text that Markdown would read as markup keeps its characters."""
    text = text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "\\<")
    return _unmark(text)


def _unmark(text: str) -> str:
    """「1. 」 → 「1\\. 」, 「# 」 → 「\\# 」: the characters stay, the markup goes."""
    return _LINE_START.sub(lambda m: m[1] + (m[2] or "") + "\\", text, count=1)


def file_name(url: str) -> str:
    """The last part of an address, decoded (附件1.pdf), or the address when it has none."""
    name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    return name or url


class _Converter(MarkdownConverter):
    """markdownify with links made absolute and remote media turned into links."""

    def __init__(self, base_url: str | None, notes: BodyNotes) -> None:
        super().__init__(
            heading_style="ATX",
            bullets="-",
            newline_style="backslash",
            table_infer_header=True,
            escape_misc=False,
            bs4_options="html.parser",
        )
        self.base_url = base_url
        self.notes = notes

    def convert(self, text: str) -> str:
        soup = BeautifulSoup(text, "html.parser")
        for table in soup.find_all("table"):
            if not _unwrap_layout(table):
                _fill_rowspans(table, self.notes)
        return str(self.convert_soup(soup))

    def escape(self, text: str, parent_tags: set[str]) -> str:
        if not text:
            return ""
        escaped = text.replace("*", "\\*").replace("_", "\\_")
        if "td" in parent_tags or "th" in parent_tags:
            return escaped.replace("|", "\\|")
        return escaped if "_inline" in parent_tags else _unmark(escaped)

    def _absolute(self, url: str) -> str | None:
        url = url.strip()
        if re.match(r"^(?:https?:|mailto:|tel:)", url, re.I):
            return url
        if not url or url.startswith("#"):
            return None
        if self.base_url:
            return urljoin(self.base_url, url)
        self.notes.unresolved_links.append(url)
        return None

    def _link(self, label: str, url: str) -> str:
        label = label.replace("[", "\\[").replace("]", "\\]")
        return f"[{label}]({url.replace(' ', '%20').replace(')', '%29')})"

    def convert_a(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        href = el.get("href")
        if not isinstance(href, str) or not text.strip():
            return text
        target = self._absolute(href)
        if target is None:
            return text if href.strip().startswith("#") or not href.strip() else f"{text}（原链接：{href.strip()}）"
        return self._link(text.strip(), target)

    def convert_img(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        alt = str(el.get("alt") or el.get("title") or "").strip()
        src = el.get("src")
        if not isinstance(src, str) or not src.strip():
            return f"［图片{('：' + alt) if alt else ''}（原文为内嵌图片，未能导入）］"
        target = self._absolute(src)
        if target is None:
            return f"［图片{('：' + alt) if alt else ''}（原链接：{src.strip()}）］"
        self.notes.images_linked += 1
        return self._link(f"图片：{alt or file_name(target)}", target)

    def _embed(self, el: Tag, what: str) -> str:
        src = el.get("src")
        if not isinstance(src, str):
            source = el.find("source")
            src = source.get("src") if isinstance(source, Tag) else None
        if not isinstance(src, str) or not src.strip():
            return ""
        target = self._absolute(src)
        if target is None:
            return f"［{what}（原链接：{src.strip()}）］"
        self.notes.embeds_linked += 1
        return "\n\n" + self._link(f"{what}：{el.get('title') or target}", target) + "\n\n"

    def convert_iframe(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return self._embed(el, "嵌入内容")

    def convert_embed(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return self._embed(el, "嵌入内容")

    def convert_video(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return self._embed(el, "视频")

    def convert_audio(self, el: Tag, text: str, parent_tags: set[str]) -> str:
        return self._embed(el, "音频")


def _unwrap_layout(table: Tag) -> bool:
    """A table of one cell only lays out the page (old CMS templates): keep its content, not the table."""
    cells = table.find_all(["td", "th"])
    if len(cells) != 1 or table.find("table"):
        return False
    cell = cells[0]
    table.replace_with(cell)
    cell.name = "div"
    cell.attrs = {}
    return True


def _fill_rowspans(table: Tag, notes: BodyNotes) -> None:
    """An empty cell under each cell merged down, so every later cell keeps its column."""
    rows = [tr for tr in table.find_all("tr") if tr.find_parent("table") is table]
    pending: dict[int, int] = {}  # column → rows still covered by a cell above
    found = False
    for tr in rows:
        cells = list(tr.find_all(["td", "th"], recursive=False))
        column, out = 0, []
        queue = list(cells)
        while queue or any(c >= column for c in pending):
            if pending.get(column, 0) > 0:
                pending[column] -= 1
                filler = BeautifulSoup("<td></td>", "html.parser").td
                assert filler is not None
                out.append(filler)
                column += 1
                continue
            if not queue:
                break
            cell = queue.pop(0)
            span = _int(cell.get("colspan"))
            down = _int(cell.get("rowspan"))
            if down > 1:
                found = True
                for c in range(column, column + span):
                    pending[c] = down - 1
            out.append(cell)
            column += span
        pending = {c: n for c, n in pending.items() if n > 0}
        for cell in cells:
            cell.extract()
        for cell in out:
            tr.append(cell)
    if found:
        notes.rowspan_tables += 1


def _int(value: object) -> int:
    return max(1, min(100, int(value))) if isinstance(value, str) and value.isdigit() else 1
