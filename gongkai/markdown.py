"""Markdown bodies → safe HTML.

Raw HTML is never passed through (markdown-it's ``html`` option off, so it is escaped), and
links are limited to http(s), mailto, tel and site-relative targets. Headings are shifted one
level down so the page keeps a single h1.
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
    for token in state.tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(int(token.tag[1]) + 1, 6)
            token.tag = f"h{level}"


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.validateLink = _safe_link  # type: ignore[method-assign]
    md.core.ruler.push("shift_headings", _shift_headings)
    return md


def render_markdown(text: str) -> str:
    """Render one Markdown body to HTML."""
    return _parser().render(text)
