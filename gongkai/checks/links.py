"""Every internal link of every built page resolves, and content images have alt text.

Runs on the rendered pages in memory, before anything is written: a link (``href``/``src``/
``action``) that stays on the site must name a page, a data file, a static file or an
attachment the build produces, and a ``#fragment`` must be an ``id`` on the target page.
Links into ``/pagefind/`` are the search index, written after the pages by Pagefind.
An ``<img>`` needs an ``alt``; an empty one only when the image is marked decorative
(``role="presentation"``/``"none"`` or ``aria-hidden="true"``): Markdown's ``![](x.png)``
is not (GB/T 37668-2019 §1.1, standards.md §4).

Our own templates write every attribute in double quotes and escape text, so a scan of the
tags is exact here and much faster than a full HTML parser.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

from .. import urls
from ..errors import ContentError
from ..source import Locator
from ..values import Entry, Site

_TAG = re.compile(r"<(a|area|link|img|script|iframe|source|form)\b([^>]*)>", re.I)
_ATTR = re.compile(r'([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*"([^"]*)")?')
_ID = re.compile(r'\s(?:id|name)="([^"]+)"')
_LINK_ATTRS = {"href", "src", "action"}
GENERATED_PREFIXES = ("/pagefind/",)


@dataclass(frozen=True, slots=True)
class BuiltPage:
    """One rendered page as the check sees it: its URL, HTML, and where it came from."""

    url: str
    html: str
    source: str = ""
    template: str = ""


def page_ids(text: str) -> frozenset[str]:
    return frozenset(html.unescape(v) for v in _ID.findall(text))


def _tags(text: str) -> Iterable[tuple[str, dict[str, str | None]]]:
    for match in _TAG.finditer(text):
        attrs = {
            name.lower(): (html.unescape(value) if value is not None else None)
            for name, value in _ATTR.findall(match[2])
        }
        yield match[1].lower(), attrs


_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def resolve(page_url: str, target: str, base_url: str = "") -> tuple[str, str] | None:
    """The site path and fragment a link points at, or None when it leaves the site.

    Plain string work rather than urljoin: a large site has hundreds of thousands of links.
    """
    if base_url and target.startswith(base_url):
        target = "/" + target[len(base_url) :]
    if target.startswith("//") or _SCHEME.match(target):
        return None
    rest, _, fragment = target.partition("#")
    path = rest.partition("?")[0]
    if not path:
        path = page_url
    elif not path.startswith("/"):
        base = page_url if page_url.endswith("/") else page_url.rsplit("/", 1)[0] + "/"
        joined = posixpath.normpath(base + path)
        path = joined + "/" if path.endswith(("/", "/.", "/..")) or path in (".", "..") else joined
        path = "/" + path.lstrip("/") if path != "//" else "/"
    return (unquote(path) if "%" in path else path), (unquote(fragment) if "%" in fragment else fragment)


def _out_path(path: str) -> str:
    """urls.out_path as a string, without building a PurePosixPath per link."""
    return path.lstrip("/") + "index.html" if path.endswith("/") else path.lstrip("/")


def _exists(path: str, outputs: frozenset[str]) -> bool:
    if path.startswith(GENERATED_PREFIXES):
        return True
    out = _out_path(path)
    return out in outputs or (not path.endswith("/") and f"{out}/index.html" in outputs)


def check_links(
    pages: Sequence[BuiltPage],
    other_outputs: Iterable[str],
    sources: Mapping[str, Locator],
    base_url: str = "",
) -> list[ContentError]:
    """Broken internal links and images without alt text, one located error each."""
    by_url = {p.url: p for p in pages}
    outputs = frozenset([*(str(urls.out_path(p.url)) for p in pages), *(str(urls.out_path(u)) for u in other_outputs)])
    known: dict[str, bool] = {}
    ids: dict[str, frozenset[str]] = {}
    errors: list[ContentError] = []
    for page in pages:
        for tag, attrs in _tags(page.html):
            if tag == "img":
                problem = _alt_problem(attrs)
                if problem:
                    src = attrs.get("src") or ""
                    message = f"页面 {page.url} 中的图片 “{src}” {problem}"
                    errors.append(_error(page, src, message, sources, "links.image-alt"))
            for name in _LINK_ATTRS & attrs.keys():
                value = (attrs[name] or "").strip()
                if not value or value.startswith(("mailto:", "tel:", "javascript:", "data:")):
                    continue
                target = resolve(page.url, value, base_url)
                if target is None:
                    continue
                path, fragment = target
                if path not in known:
                    known[path] = _exists(path, outputs)
                if not known[path]:
                    message = f"页面 {page.url} 中的链接 “{value}” 指向 {path}，本站没有这个页面或文件"
                    errors.append(_error(page, value, message, sources, "links.broken"))
                    continue
                target_page = by_url.get(path) or by_url.get(path + "/")
                if fragment and target_page is not None:
                    if target_page.url not in ids:
                        ids[target_page.url] = page_ids(target_page.html)
                    if fragment not in ids[target_page.url]:
                        message = (
                            f"页面 {page.url} 中的链接 “{value}” 指向的锚点 “#{fragment}” 在 {target_page.url} 上不存在"
                        )
                        errors.append(_error(page, value, message, sources, "links.anchor"))
    return errors


def _alt_problem(attrs: Mapping[str, str | None]) -> str:
    alt = attrs.get("alt")
    decorative = attrs.get("role") in ("presentation", "none") or attrs.get("aria-hidden") == "true"
    if alt is None:
        return "缺少替代文字（alt）"
    if not alt.strip() and not decorative:
        return "的替代文字（alt）为空：内容图片要用文字说明图上的内容"
    return ""


def _error(page: BuiltPage, needle: str, message: str, sources: Mapping[str, Locator], code: str) -> ContentError:
    """Locate ``needle`` in the page's content file; a link the file does not contain came from the template."""
    locator = sources.get(page.source)
    lines = locator.lines if locator and needle else ()
    # A Markdown target first (`](x`), so the same path elsewhere in the file (an attachment) does not match.
    for probe, shift in ((f"]({needle}", 2), (needle, 0)):
        for n, text in enumerate(lines, 1):
            column = text.find(probe)
            if column >= 0 and locator is not None:
                return ContentError(
                    page.source,
                    n,
                    column + shift + 1,
                    "",
                    message,
                    f"{code}: {needle}",
                    _HINTS[code],
                    locator.excerpt(n),
                    code=code,
                )
    origin = f"templates/{page.template}" if page.template else page.url
    made_from = f"（页面由 {page.source} 生成）" if page.source else ""
    return ContentError(origin, None, None, "", message + made_from, f"{code}: {needle}", _HINTS[code], code=code)


_HINTS = {
    "links.broken": "改正链接：本站页面写以 / 开头的网址（如 /zfxxgk/zd/），附件写 /files/文件名，并确认目标存在。",
    "links.anchor": "改正 # 后的锚点，或链接到页面本身。",
    "links.image-alt": "在 Markdown 中写作 ![图片内容的文字说明](图片地址)。",
}


def source_locators(site: Site) -> dict[str, Locator]:
    """Each content file's locator by path, to find a link's line in the file that holds it."""
    entries: list[Entry[Any]] = [site.config, site.organizations, site.guide]
    entries += [e for kind in site.entries.values() for e in kind]
    return {e.path: e.locator for e in entries}
