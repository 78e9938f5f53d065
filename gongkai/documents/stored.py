"""The 公文 files already in content/documents/, as the importer needs them: by key and by slug;
new file names; the YAML an imported document is written as."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..models.base import SLUG

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX = 60


def document_key(data: Mapping[str, Any]) -> tuple[str, str] | None:
    """What identifies a document across imports: 索引号, else its old address, else title + 文号 or date."""
    if data.get("index_no"):
        return "索引号", str(data["index_no"])
    if data.get("original_url"):
        return "原网址", str(data["original_url"])
    title = data.get("title")
    when = data.get("number") or data.get("written") or data.get("published")
    return ("标题", f"{title}｜{when}") if title else None


@dataclass(slots=True)
class StoredDocuments:
    data: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Slug → the file's data as YAML reads it (only files that read as a mapping)."""
    keys: dict[tuple[str, str], str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)

    @classmethod
    def scan(cls, folder: Path) -> StoredDocuments:
        found = cls()
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
            found.taken.add(path.stem)
            try:
                data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
            except (yaml.YAMLError, UnicodeDecodeError):
                continue  # a broken file is check's to report; its name stays taken
            if isinstance(data, dict):
                found.data[path.stem] = data
                if (key := document_key(data)) is not None:
                    found.keys.setdefault(key, path.stem)
        return found

    def slug_for(self, key: tuple[str, str] | None) -> str | None:
        return self.keys.get(key) if key is not None else None


def new_slug(data: Mapping[str, Any], taken: set[str]) -> str:
    """A file name from the 索引号, else the old address, else the date; ``-2`` … when taken."""
    base = _ascii(str(data.get("index_no") or ""))
    if not base and data.get("original_url"):
        parts = urlsplit(str(data["original_url"]))
        stem = re.sub(r"\.[a-z]+$", "", parts.path.rstrip("/").rsplit("/", 1)[-1], flags=re.I)
        base = _ascii(f"{stem} {parts.query}" if stem.lower() in ("", "index", "detail", "content", "view") else stem)
    if not base:
        when = data.get("written") or data.get("published")
        base = f"doc-{str(when)[:10]}" if when else "doc"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _ascii(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:_MAX].strip("-")
    return slug if re.fullmatch(SLUG, slug) else ""


def _text(dumper: Any, value: str) -> yaml.ScalarNode:
    """Texts of several lines as literal blocks, so a body reads as it will be edited."""
    node: yaml.ScalarNode = dumper.represent_scalar(
        "tag:yaml.org,2002:str", value, style="|" if "\n" in value else None
    )
    return node


# libyaml's C emitter when the wheel has it (a thousand bodies in a fraction of a second).
_Dumper: Any = type("_Dumper", (getattr(yaml, "CSafeDumper", yaml.SafeDumper),), {})
_Dumper.add_representer(str, _text)


def yaml_text(data: Mapping[str, Any], source: str, label: str) -> str:
    head = (
        f"# 由 python build.py import documents 从 {source} {label}导入：值照导出文件，导出文件没有的不填写。\n"
        "# 再次导入时按索引号（没有时按原网址）更新本文件：导出文件中有的字段被替换，其他字段保留。\n"
    )
    return head + yaml.dump(dict(data), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000)
