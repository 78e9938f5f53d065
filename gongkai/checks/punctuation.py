"""Input-method slips in YAML keys and indentation, found before the YAML parser runs.

Editors typing Chinese often leave the input method on: ``title：…`` (full-width colon),
``　title: …`` (U+3000 full-width space as indentation) or ``“title”: …`` (full-width quotes
or brackets around a key). The parser then reports something unrelated on the next line, or
accepts the line as text. This module names the real line, column and character, and
:func:`fix_text` repairs exactly these slips and nothing else.

A slip is only looked for where a key can stand: a line (outside a ``|``/``>`` block) whose
first word is a field name of the content schema. Values are never inspected or changed, so a
``：`` inside a title stays. Inside a block scalar, a paragraph pasted with full-width
indentation but without the block's own spaces is a slip too (the YAML would end the block
there); the fix adds the block's indentation and keeps the paragraph's characters.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from ..errors import ContentError

IDEOGRAPHIC_SPACE = "\u3000"
_OPENERS = "“‘「『【（《〈＂＇"
_CLOSERS = "”’」』】）》〉＂＇"
_KEY_LINE = re.compile(
    rf"^(?P<lead>[ {IDEOGRAPHIC_SPACE}]*(?:-[ {IDEOGRAPHIC_SPACE}]+)*)"
    rf"(?P<open>[{_OPENERS}\"']?)(?P<key>[A-Za-z_][A-Za-z0-9_]*)(?P<close>[{_CLOSERS}\"']?)"
    rf"(?P<gap>[ ]*)(?P<colon>[:：])(?P<rest>.*)$"
)
_FLOW_KEY = re.compile(r"(?<=[{,])(?P<space> *)(?P<key>[A-Za-z_][A-Za-z0-9_]*)(?P<gap> *)：")
_BLOCK_START = re.compile(r"^[ ]*[|>][0-9+-]*[ ]*(?:#.*)?$")
_SEQUENCE_BLOCK = re.compile(r"^(?P<indent> *)-[ ]+[|>][0-9+-]*[ ]*(?:#.*)?$")
_WIDE_LEAD = re.compile(rf"^[ {IDEOGRAPHIC_SPACE}]*")


@dataclass(frozen=True, slots=True)
class Slip:
    """One input-method slip: 1-based line and column, the character, and what it is."""

    line: int
    column: int
    char: str  # the slip's characters: one colon, a run of spaces, or the quote pair
    kind: str  # "colon" | "space" | "quote" | "block-space"
    key: str = ""

    @property
    def code(self) -> str:
        return {
            "colon": "punctuation.colon",
            "quote": "punctuation.fullwidth-quote",
        }.get(self.kind, "punctuation.fullwidth-space")

    def message(self) -> str:
        where = f"第 {self.line} 行第 {self.column} 列"
        if self.kind == "colon":
            return f"{where}是中文冒号“：”，键 “{self.key}” 后应为英文冒号“:”加一个空格"
        if self.kind == "quote":
            return f"{where}起，键 “{self.key}” 两边是中文引号或括号（{self.char}），键不加引号或括号"
        spaces = f"{where}起是 {len(self.char)} 个全角空格" if len(self.char) > 1 else f"{where}是全角空格"
        if self.kind == "block-space":
            return f"{spaces}（U+3000），这一段正文前缺少与上文相同的英文空格缩进"
        return f"{spaces}（U+3000），缩进只能用英文空格"


@functools.cache
def known_keys() -> frozenset[str]:
    """Every field name of every content model: only these can be keys in a content file."""
    from .. import models

    names: set[str] = set()
    seen: set[type] = set()
    stack: list[type] = [models.Strict]
    while stack:
        cls = stack.pop()
        if cls in seen:
            continue
        seen.add(cls)
        stack.extend(cls.__subclasses__())
        if issubclass(cls, BaseModel):
            names.update(cls.model_fields)
    return frozenset(names)


@dataclass(slots=True)
class _Block:
    parent: int  # column of the key (or dash) that opened the block
    indent: int | None = None  # the content's indentation, from its first non-blank line


Found = tuple[int, Slip, str]  # (line index, slip, the line with every slip of it repaired)


def _scan(lines: list[str]) -> list[Found]:
    """Every slip with its line index and the repaired line."""
    keys = known_keys()
    block: _Block | None = None
    found: list[Found] = []
    anchors: dict[int, tuple[int, ...]] = {}  # clean lines outside blocks → their indentation(s)
    for i, line in enumerate(lines):
        key_match = _KEY_LINE.match(line)
        is_key_line = bool(key_match and key_match["key"] in keys)
        if block is not None:
            if not line.strip(" "):
                continue  # blank lines belong to the block
            lead = len(line) - len(line.lstrip(" "))
            if block.indent is None and lead > block.parent:
                block.indent = lead
            indent = block.indent if block.indent is not None else block.parent + 2
            if lead >= indent:
                continue
            if line[lead] == IDEOGRAPHIC_SPACE and not is_key_line:
                run = _WIDE_LEAD.match(line[lead:])[0].rstrip(" ")  # type: ignore[index]
                found.append((i, Slip(i + 1, lead + 1, run, "block-space"), " " * indent + line[lead:]))
                continue
            block = None
        if key_match is not None and is_key_line:
            found.extend(_key_line_slips(i, line, key_match))
            if IDEOGRAPHIC_SPACE not in key_match["lead"]:
                anchors[i] = (len(line) - len(line.lstrip(" ")), key_match.start("key") - len(key_match["open"]))
            if _BLOCK_START.match(key_match["rest"]):
                block = _Block(parent=key_match.start("key") - len(key_match["open"]))
            continue
        found.extend(_other_line_slips(i, line))
        if line.lstrip(" ").startswith("- ") or line.strip() == "-":
            anchors[i] = (len(line) - len(line.lstrip(" ")),)
        sequence = _SEQUENCE_BLOCK.match(line)
        if sequence:
            block = _Block(parent=len(sequence["indent"]))
    return [(i, slip, _realign(lines, i, fixed, anchors)) for i, slip, fixed in found]


def _realign(lines: list[str], i: int, fixed: str, anchors: dict[int, tuple[int, ...]]) -> str:
    """Choose how wide a full-width indentation was meant to be, from the lines around it.

    A U+3000 shows as wide as two spaces but is typed with one key press, and a stray one may
    be no indentation at all: the width (2, 1 or 0 spaces each) that lines the key up with the
    previous or next clean line wins; with no match the displayed width is kept.
    """
    line = lines[i]
    lead = _WIDE_LEAD.match(line)[0]  # type: ignore[index]
    wide = lead.count(IDEOGRAPHIC_SPACE)
    if not wide or not fixed.startswith(" " * (len(lead) + wide)):
        return fixed
    narrow = len(lead) - wide
    body = fixed[len(lead) + wide :]
    before = [anchors[j] for j in sorted(anchors) if j < i][-1:]
    after = [anchors[j] for j in sorted(anchors) if j > i][:1]
    near = {w for widths in (*before, *after) for w in widths}
    for width in (narrow + 2 * wide, narrow + wide, narrow):
        if width in near:
            return " " * width + body
    return fixed


def _other_line_slips(i: int, line: str) -> Iterator[Found]:
    """Full-width indentation before a list item, a comment, or on a line of nothing else."""
    lead = _WIDE_LEAD.match(line)[0]  # type: ignore[index]
    rest = line[len(lead) :]
    if IDEOGRAPHIC_SPACE not in lead or not (rest == "" or rest.startswith(("- ", "#")) or rest == "-"):
        return
    fixed = "" if rest == "" else lead.replace(IDEOGRAPHIC_SPACE, "  ") + rest
    yield i, _space_slip(i, lead), fixed


def _space_slip(i: int, lead: str, key: str = "") -> Slip:
    """One slip for the full-width spaces of an indentation, at the first of them."""
    first = lead.index(IDEOGRAPHIC_SPACE)
    return Slip(i + 1, first + 1, IDEOGRAPHIC_SPACE * lead.count(IDEOGRAPHIC_SPACE), "space", key)


def _key_line_slips(i: int, line: str, m: re.Match[str]) -> Iterator[Found]:
    key, lead, rest = m["key"], m["lead"], m["rest"]
    slips = [_space_slip(i, lead, key)] if IDEOGRAPHIC_SPACE in lead else []
    wide_open, wide_close = m["open"] in _OPENERS and m["open"], m["close"] in _CLOSERS and m["close"]
    if wide_open or wide_close:
        column = m.start("open") + 1 if wide_open else m.start("close") + 1
        slips.append(Slip(i + 1, column, f"{m['open']}…{m['close']}", "quote", key))
    if m["colon"] == "：":
        slips.append(Slip(i + 1, m.start("colon") + 1, "：", "colon", key))
    if rest.lstrip().startswith("{"):
        for fm in reversed(list(_FLOW_KEY.finditer(rest))):
            if fm["key"] in known_keys():
                slips.append(Slip(i + 1, m.start("rest") + fm.end(), "：", "colon", fm["key"]))
                rest = rest[: fm.start()] + f"{fm['space']}{fm['key']}: " + rest[fm.end() :].lstrip(" ")
    if not slips:
        return
    opener = "" if wide_open else m["open"]
    closer = "" if wide_close else m["close"]
    gap = m["gap"] if m["colon"] == ":" else ""
    if m["colon"] == "：" and rest and not rest.startswith(" "):
        rest = " " + rest
    fixed = f"{lead.replace(IDEOGRAPHIC_SPACE, '  ')}{opener}{key}{closer}{gap}:{rest}"
    for slip in sorted(slips, key=lambda s: s.column):
        yield i, slip, fixed


def _lines(text: str) -> tuple[list[str], str]:
    newline = "\r\n" if "\r\n" in text else "\n"
    return text.replace("\r\n", "\n").split("\n"), newline


def find_slips(text: str) -> list[Slip]:
    """Every input-method slip in ``text``, in line and column order."""
    return [slip for _, slip, _ in _scan(_lines(text)[0])]


def fix_text(text: str) -> str:
    """``text`` with exactly the slips of :func:`find_slips` repaired; values are not touched."""
    lines, newline = _lines(text)
    for i, _, fixed in _scan(lines):
        lines[i] = fixed
    return newline.join(lines)


_HINT = {
    "colon": "把“：”改为英文冒号“:”并在其后加一个空格。",
    "quote": "删去键两边的中文引号或括号。",
    "space": "把全角空格换成英文空格，缩进与同级的键对齐。",
    "block-space": "在这一行前补上与上一段相同的英文空格缩进，段首的全角空格可以保留。",
}
_EN = {
    "colon": "full-width colon after a key",
    "quote": "full-width quotes or brackets around a key",
    "space": "full-width space (U+3000) in indentation",
    "block-space": "full-width space where the block's indentation should be",
}


def slip_errors(path: str, text: str, excerpt: Callable[[int], str]) -> list[ContentError]:
    """One located error per slip; ``excerpt`` shows the lines around a line number."""
    return [
        ContentError(
            path,
            slip.line,
            slip.column,
            slip.key,
            slip.message(),
            _EN[slip.kind],
            _HINT[slip.kind] + "运行 python build.py check --fix-punctuation 可自动修复（只改键和缩进，不改值）。",
            excerpt(slip.line),
            code=slip.code,
        )
        for slip in find_slips(text)
    ]


def fix_punctuation(root: Path) -> list[tuple[str, str]]:
    """Repair the slips in site.yaml and content/**/*.yaml; return (path, unified diff) per changed file.

    The bytes outside the repaired lines stay as they were (BOM and line endings included).
    """
    paths = [root / "site.yaml", *sorted((root / "content").rglob("*.y*ml"))]
    changed = []
    for path in paths:
        if not path.is_file() or path.suffix not in (".yaml", ".yml"):
            continue
        data = path.read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            continue  # reported by the check as not UTF-8
        fixed = fix_text(text)
        if fixed == text:
            continue
        rel = path.relative_to(root).as_posix()
        diff = "".join(
            difflib.unified_diff(
                text.splitlines(keepends=True), fixed.splitlines(keepends=True), f"a/{rel}", f"b/{rel}"
            )
        )
        bom = b"\xef\xbb\xbf" if data.startswith(b"\xef\xbb\xbf") else b""
        path.write_bytes(bom + fixed.encode("utf-8"))
        changed.append((rel, diff))
    return changed
