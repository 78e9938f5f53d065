"""Rules across the fields of one 政府信息公开制度 file."""

from __future__ import annotations

from ..errors import ContentError
from ..models import Rule
from ..source import Locator


def check_rule(rule: Rule, loc: Locator) -> list[ContentError]:
    """A rule is published with its text or a link to the official text."""
    if rule.url is None and not rule.body:
        return [
            loc.error(
                ("summary",),
                "制度须提供正文（body）或官方文本链接（url）之一",
                "a rule needs a body or an official url",
                "添加 “url: https://…” 或 “body: |”。",
                code="rule.body-or-url",
            )
        ]
    return []
