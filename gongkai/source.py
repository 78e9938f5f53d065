"""Reading a site folder: find the content files and load YAML keeping line numbers.

The loader composes YAML nodes and converts them itself, so every mapping key and sequence
item keeps its position; validators then name ``file:line`` without guessing. Numbers keep the
text they were written with where their value would lose it (``written``): a report shows a
fee of 5949.088667 as typed, not as a rounded float.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .checks.punctuation import slip_errors
from .errors import ContentError

Key = tuple[str | int, ...]


SITE = "site"
ORGANIZATIONS = "organizations"
GUIDE = "guide"
SINGLE_FILES = {"organizations.yaml": ORGANIZATIONS, "guide.yaml": GUIDE}


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One content file as read from disk; ``kind`` names the content kind (its folder)."""

    rel_path: str
    kind: str
    data: bytes

    @property
    def slug(self) -> str:
        return Path(self.rel_path).stem


def discover_sources(root: Path, folders: Collection[str]) -> list[SourceFile]:
    """Return site.yaml, the single files and every YAML file in a kind's folder, sorted.

    ``folders`` are the folders under content/ that hold a kind, one file per item; files
    anywhere else under content/ are not content (e.g. content/files/ holds attachments).
    """
    found: list[SourceFile] = []
    site_file = root / "site.yaml"
    if site_file.is_file():
        found.append(SourceFile("site.yaml", SITE, site_file.read_bytes()))
    content = root / "content"
    for path in sorted(content.rglob("*")) if content.is_dir() else []:
        if not path.is_file() or path.suffix not in (".yaml", ".yml"):
            continue
        rel = path.relative_to(root).as_posix()
        parts = path.relative_to(content).parts
        if len(parts) == 1 and parts[0] in SINGLE_FILES:
            kind = SINGLE_FILES[parts[0]]
        elif len(parts) == 2 and parts[0] in folders:
            kind = parts[0]
        else:
            continue
        found.append(SourceFile(rel, kind, path.read_bytes()))
    return found


def format_field(key: Sequence[str | int]) -> str:
    """``("tasks", 3, "deadline")`` → ``tasks[3].deadline``."""
    out = ""
    for part in key:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


@dataclass(frozen=True, slots=True)
class Locator:
    """Maps field keys of one loaded file to positions and builds located errors."""

    path: str
    lines: tuple[str, ...]
    positions: Mapping[Key, tuple[int, int]]
    written: Mapping[Key, str] = field(default_factory=dict)
    """The text of each scalar that YAML read as something other than text (a date, a number,
    true/false, an empty value), as the editor wrote it, for messages to quote."""

    def position(self, key: Sequence[str | int]) -> tuple[int | None, int | None]:
        probe = tuple(key)
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (None, None))

    def excerpt(self, line: int | None) -> str:
        if line is None or not self.lines:
            return ""
        start, end = max(1, line - 2), min(len(self.lines), line + 2)
        width = len(str(end))
        rows = []
        for n in range(start, end + 1):
            mark = ">" if n == line else " "
            rows.append(f"  {mark} {n:>{width}} | {self.lines[n - 1]}")
        return "\n".join(rows)

    def error(
        self,
        key: Sequence[str | int],
        zh: str,
        en: str = "",
        hint: str = "",
        warning: bool = False,
        *,
        code: str,
    ) -> ContentError:
        line, column = self.position(key)
        return ContentError(
            path=self.path,
            line=line,
            column=column,
            field=format_field(key),
            zh=zh,
            en=en,
            hint=hint,
            excerpt=self.excerpt(line),
            warning=warning,
            code=code,
        )


def file_error(path: str, zh: str, en: str, hint: str = "", *, code: str) -> ContentError:
    return ContentError(path=path, line=None, column=None, field="", zh=zh, en=en, hint=hint, code=code)


# libyaml's C parser when the wheel has it (it does on PyPI's Linux wheels); same results, faster.
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Converter:
    """Turns a composed YAML node tree into plain Python data plus a position table."""

    def __init__(self, loader: yaml.SafeLoader, path: str, lines: tuple[str, ...]) -> None:
        self.loader = loader
        self.path = path
        self.lines = lines
        self.positions: dict[Key, tuple[int, int]] = {}
        self.written: dict[Key, str] = {}
        self.errors: list[ContentError] = []

    def mark(self, key: Key, node: yaml.Node) -> None:
        self.positions.setdefault(key, (node.start_mark.line + 1, node.start_mark.column + 1))

    def convert(self, node: yaml.Node, key: Key) -> Any:
        if isinstance(node, yaml.MappingNode):
            self.loader.flatten_mapping(node)
            result: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                # Keys are taken as written: YAML 1.1 would turn `no:` or `on:` into booleans.
                if isinstance(key_node, yaml.ScalarNode):
                    name = key_node.value
                else:
                    name = str(self.loader.construct_object(key_node))
                child = (*key, name)
                if name in result:
                    line = key_node.start_mark.line + 1
                    self.errors.append(
                        ContentError(
                            self.path,
                            line,
                            key_node.start_mark.column + 1,
                            format_field(child),
                            f"字段 “{name}” 重复出现，后一个会覆盖前一个",
                            f"duplicate key {name!r}",
                            "删除或合并重复的字段。",
                            Locator(self.path, self.lines, {}).excerpt(line),
                            code="yaml.duplicate-key",
                        )
                    )
                self.mark(child, key_node)
                result[name] = self.convert(value_node, child)
            return result
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                child = (*key, index)
                self.mark(child, item)
                items.append(self.convert(item, child))
            return items
        try:
            value = self.loader.construct_object(node, deep=True)
        except ValueError:
            # e.g. 2024-02-30 looks like a date but is none: keep the text, the schema reports it.
            return node.value
        if not isinstance(value, str):
            self.written[key] = node.value
        return _with_text(value, node.value)


class WrittenFloat(float):
    """A YAML float that remembers how it was written: 5949.088667 stays 「5949.088667」, 12.50 「12.50」."""

    text: str


class WrittenInt(int):
    """A YAML int written in another form than its digits (012 is octal 10, 1_000, +5, 0x1A)."""

    text: str


def _with_text(value: Any, text: str) -> Any:
    """Numbers keep the scalar's text where the value alone would lose it; pydantic unwraps them."""
    if type(value) is float:
        out: Any = WrittenFloat(value)
    elif type(value) is int and text != str(value):
        out = WrittenInt(value)
    else:
        return value
    out.text = text
    return out


@dataclass(frozen=True, slots=True)
class LoadedYaml:
    """Parsed YAML data with its locator; ``errors`` non-empty means unusable."""

    data: Any
    locator: Locator
    errors: tuple[ContentError, ...]


def load_yaml(source: SourceFile) -> LoadedYaml:
    """Decode and parse one file; syntax and encoding problems become located errors."""
    path = source.rel_path
    empty = Locator(path, (), {})
    try:
        text = source.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        err = file_error(
            path,
            f"文件不是 UTF-8 编码（第 {exc.start + 1} 个字节无法识别）",
            "file is not UTF-8",
            "用编辑器把文件另存为 “UTF-8” 编码（不要用 GBK/GB2312）。",
            code="file.encoding",
        )
        return LoadedYaml(None, empty, (err,))
    lines = tuple(text.splitlines())
    # Input-method slips (full-width colon, space or quotes at a key) first: the parser would
    # report them on another line, or read the key as text (gongkai/checks/punctuation.py).
    slips = slip_errors(path, text, Locator(path, lines, {}).excerpt)
    if slips:
        return LoadedYaml(None, Locator(path, lines, {}), tuple(slips))
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        positions: dict[Key, tuple[int, int]]
        errors: list[ContentError]
        written: dict[Key, str] = {}
        if node is None:
            data, positions, errors = None, {(): (1, 1)}, []
        else:
            converter = _Converter(loader, path, lines)
            converter.mark((), node)
            data = converter.convert(node, ())
            positions, errors, written = converter.positions, converter.errors, converter.written
    except yaml.reader.ReaderError as exc:
        at = text.encode("utf-8")[: exc.position].count(b"\n") + 1  # libyaml counts bytes
        err = ContentError(
            path,
            at,
            None,
            "",
            f"文件含有 YAML 不接受的控制字符（#x{exc.character if isinstance(exc.character, int) else 0:04x}）",
            f"YAML reader error: {exc.reason}",
            "删去这个不可见字符（常从 Word 或网页复制而来）。",
            Locator(path, lines, {}).excerpt(at),
            code="yaml.control-character",
        )
        return LoadedYaml(None, Locator(path, lines, {}), (err,))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        locator = Locator(path, lines, {})
        err = ContentError(
            path,
            line,
            column,
            "",
            f"YAML 格式错误：{_yaml_problem_zh(exc)}",
            f"YAML syntax error: {exc.problem}",
            "检查这一行及上一行的缩进、冒号后的空格和引号是否成对。",
            locator.excerpt(line),
            code="yaml.syntax",
        )
        return LoadedYaml(None, locator, (err,))
    finally:
        loader.dispose()
    return LoadedYaml(data, Locator(path, lines, positions, written), tuple(errors))


_YAML_PROBLEMS = {
    "mapping values are not allowed": "此处不能出现 “键: 值”（常见原因：冒号后缺空格、缩进不一致或文本含未加引号的冒号）",
    "could not find expected ':'": "缺少冒号 “:”",
    "found character '\\t' that cannot start any token": "含有制表符（Tab），YAML 只能用空格缩进",
    "found a tab character": "含有制表符（Tab），YAML 只能用空格缩进",
    "found undefined alias": "引用了未定义的锚点",
    "found unexpected end of stream": "文件意外结束（引号或括号未闭合）",
    "did not find expected '-' indicator": "列表缩进不一致",
    "did not find expected ',' or ']'": "方括号列表中缺少逗号或右方括号 “]”",
    "did not find expected ',' or '}'": "花括号映射中缺少逗号或右花括号 “}”",
    "did not find expected alphabetic or numeric character": "锚点或别名（& 或 *）后缺少名称；文本以 & 或 * 开头时请加引号",
    "did not find expected node content": "缺少值（如冒号后紧接 “,” 或 “]”）",
    "did not find expected key": "缩进不一致，找不到预期的字段；或引号外还有文字（请给整段文本加引号）",
    "did not find expected comment or line break": "值的后面多出了内容（引号外还有文字时，请给整段文本加引号）",
    "found duplicate anchor": "锚点重复",
    "found character that cannot start any token": "含有不能作为开头的字符（如 @、` 或制表符），文本请加引号，缩进只用空格",
    "found unknown escape character": "双引号中的反斜杠 “\\” 后跟了无效字符：改用单引号，或写成 “\\\\”",
}


def _yaml_problem_zh(exc: yaml.MarkedYAMLError) -> str:
    problem = exc.problem or ""
    for english, chinese in _YAML_PROBLEMS.items():
        if english in problem:
            return chinese
    return "此处的写法无法解析（英文说明见下方）"


def discover_assets(root: Path) -> list[str]:
    """Attachment files under content/files/, as ``files/…`` paths; links leaving it are skipped."""
    files_dir = root / "content" / "files"
    if not files_dir.is_dir():
        return []
    base = files_dir.resolve()
    found = []
    for path in sorted(files_dir.rglob("*")):
        if path.is_file() and path.resolve().is_relative_to(base):
            found.append(path.relative_to(root / "content").as_posix())
    return found
