"""Markdown bodies → safe HTML.

Raw HTML is never passed through (markdown-it's ``html`` option off, so it is escaped), and
links are limited to http(s), mailto, tel and site-relative targets. Headings are shifted one
so the body starts at h2 under the page title (one h1 per page, no skipped levels).
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

_SAFE_LINK = re.compile(r"^(?:https?://|mailto:|tel:|/|#|\./|\.\./|[^:/?#]+(?:[/?#]|$))", re.I)


def _safe_link(url: str) -> bool:
    return bool(_SAFE_LINK.match(url.strip()))


def _shift_headings(state: StateCore) -> None:
    """Make the body's highest heading an h2 under the page's h1, keeping relative levels."""
    levels = [int(t.tag[1]) for t in state.tokens if t.type == "heading_open"]
    if not levels:
        return
    offset = 2 - min(levels)
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + offset, 6)}"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    md.core.ruler.push("shift_headings", _shift_headings)
    return md


def render_markdown(text: str) -> str:
    """Render one Markdown body to HTML."""
    html: str = _parser().render(text)
    return html
