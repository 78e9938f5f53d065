"""Content errors as values: a location, a field, a message in Chinese and English.

Library code raises :class:`BuildFailed` carrying every :class:`ContentError` found; only the
CLI and the preview server print them (house-style §3.4).
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAX_REPORTED = 50


@dataclass(frozen=True, slots=True)
class ContentError:
    """One problem in one file, with its position when known."""

    path: str
    line: int | None
    column: int | None
    field: str
    zh: str
    en: str = ""
    hint: str = ""
    excerpt: str = ""
    warning: bool = False
    code: str = ""
    """Stable identifier of the rule (e.g. ``privacy.mobile``), for machine-readable output."""

    def location(self) -> str:
        parts = [self.path]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    @property
    def level(self) -> str:
        return "warning" if self.warning else "error"

    def as_dict(self) -> dict[str, object]:
        """The fields a CI annotation needs, in a stable shape."""
        return {
            "file": self.path,
            "line": self.line,
            "column": self.column,
            "level": self.level,
            "code": self.code,
            "field": self.field,
            "message": self.zh,
            "message_en": self.en,
            "hint": self.hint,
        }

    def __str__(self) -> str:
        kind = "警告" if self.warning else "错误"
        head = f"{self.location()}: {kind}: {self.field + ': ' if self.field else ''}{self.zh}"
        lines = [head]
        if self.hint:
            lines.append(f"    修改建议：{self.hint}")
        if self.en:
            lines.append(f"    {self.en}")
        if self.excerpt:
            lines.append(self.excerpt)
        return "\n".join(lines)


@dataclass(slots=True)
class Problems:
    """Collector for content errors, passed explicitly through a stage."""

    items: list[ContentError] = field(default_factory=list)

    def add(self, error: ContentError) -> None:
        self.items.append(error)

    def extend(self, errors: Iterable[ContentError]) -> None:
        self.items.extend(errors)

    @property
    def errors(self) -> list[ContentError]:
        return [e for e in self.items if not e.warning]

    @property
    def warnings(self) -> list[ContentError]:
        return [e for e in self.items if e.warning]

    def raise_if_errors(self, strict: bool = False) -> None:
        failing = self.items if strict else self.errors
        if failing:
            raise BuildFailed(failing, [] if strict else self.warnings)


def _order(e: ContentError) -> tuple[str, int, int, str]:
    return (e.path, e.line or 0, e.column or 0, e.field)


class BuildFailed(Exception):
    """The build stopped because of content problems; nothing was written."""

    def __init__(self, errors: Sequence[ContentError], warnings: Sequence[ContentError] = ()) -> None:
        ordered = sorted(errors, key=_order)
        self.errors: tuple[ContentError, ...] = tuple(ordered)
        self.warnings: tuple[ContentError, ...] = tuple(sorted(warnings, key=_order))
        """Warnings that did not fail the build (not under --strict); kept for machine-readable output."""
        super().__init__(self.summary())

    def summary(self) -> str:
        count = len([e for e in self.errors if not e.warning])
        warn = len(self.errors) - count
        text = f"内容检查未通过：{count} 个错误"
        if warn:
            text += f"，{warn} 个警告（--strict 模式下视为错误）"
        return text + "。"

    def report(self) -> str:
        shown = self.errors[:MAX_REPORTED]
        body = "\n\n".join(str(e) for e in shown)
        more = len(self.errors) - len(shown)
        tail = f"\n\n……另有 {more} 个问题未列出。" if more > 0 else ""
        return f"{body}{tail}\n\n{self.summary()}\n构建已停止，output/ 保持原样。"


class UsageError(Exception):
    """A command-line or environment problem (exit code 2)."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """Return 「，是否应为 "x"？」 for the closest choice, or an empty string."""
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"，是否应为 “{match[0]}”？" if match else ""


def problems_json(root: object, problems: Sequence[ContentError], ok: bool, exceptions: Sequence[object] = ()) -> str:
    """``check --format json``: every problem, errors and warnings, sorted by file and line."""
    ordered = sorted(problems, key=_order)
    listed = [
        {"file": e.file, "value": e.value, "reason": e.reason}  # type: ignore[attr-defined]
        for e in exceptions
    ]
    return json.dumps(
        {
            "site": str(root),
            "ok": ok,
            "errors": sum(not p.warning for p in ordered),
            "warnings": sum(p.warning for p in ordered),
            "problems": [p.as_dict() for p in ordered],
            "privacy_exceptions": listed,
        },
        ensure_ascii=False,
        indent=2,
    )
