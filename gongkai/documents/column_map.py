"""Which column of a CMS export fills which field of a 公文, read from the Document model.

Every field of :class:`~gongkai.models.Document` is found by its key and its Chinese title, and by
the header words CMS exports use for it (``HEADER_WORDS``); a field the model gains is imported
with no change here. A mapping file (YAML) names the columns the built-in words miss, maps a
column's values onto the field's values, gives values that hold for every row (a site's decision
such as the 公开类别, never a fact the export lacks) and the site address relative links start from:

```yaml
columns:            # 导出文件的列名: 字段（键名或中文名）、“其他信息”或“不导入”
  信息名称: title
  所属栏目: category
  点击量: 不导入
values:             # 字段: {导出的值: 写入的值}
  category: {通知公告: "20-15", 政策文件: "20-1"}
set:                # 每一行都相同的值
  category: "20-15"
base_url: http://www.example.gov.cn/
```

A column no field takes keeps its values under its header in ``extra``; nothing is dropped
unless the mapping file says 不导入 for the column, and the summary names each column either way.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

from ..errors import UsageError, did_you_mean
from ..models.base import OrgId

Shape = Literal["text", "org", "orgs", "date", "choice", "texts", "attachments", "url", "bool", "other"]

EXTRA = "extra"
OMIT = "不导入"
_EXTRA_WORDS = ("extra", "其他信息", "原系统其他信息")
_OMIT_WORDS = ("不导入", "omit")

HEADER_WORDS: Mapping[str, tuple[str, ...]] = {
    "title": ("标题", "文件名称", "名称", "信息名称", "文件标题", "文章标题", "公文标题", "题名"),
    "number": ("文号", "发文字号", "发文文号", "发文号", "文件编号"),
    "publisher": ("发布机构", "发文机关", "发文机构", "发文单位", "发布单位", "发布部门", "制发机关"),
    "written": ("成文日期", "成文时间", "生成日期", "发文日期"),
    "published": ("发布日期", "发布时间", "公开日期", "公开时间"),
    "printed": ("印发日期",),
    "category": ("公开类别",),
    "doc_type": ("文件类型",),
    "topic": ("主题分类", "主题"),
    "disclosure": ("公开属性", "公开方式"),
    "register_no": ("统一登记号", "登记号"),
    "validity": ("有效性", "效力状态", "时效性"),
    "effective": ("施行日期", "生效日期", "实施日期"),
    "expired": ("废止日期", "失效日期", "废止/失效日期"),
    "keywords": ("关键词", "关键字", "主题词"),
    "summary": ("内容概述", "摘要", "内容摘要", "概述"),
    "recipients": ("主送机关",),
    "signer": ("落款",),
    "index_no": ("索引号", "信息索引号", "索引"),
    "original_url": ("链接", "网址", "原网址", "原文链接", "链接地址", "页面地址", "文章链接", "url", "link"),
    "body": ("正文", "内容", "正文内容", "文章内容", "文件内容", "content", "html"),
    "attachments": ("附件", "附件列表", "附件地址", "附件链接"),
}
"""Header words of CMS exports, by field key; only the model's fields are used."""

_NOT_IMPORTED = frozenset({"extra", "sample", "sample_note", "plan", "validity_as_published", "published_time"})
"""Fields an export column never fills: set by the model itself, or facts of this site only."""


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """What the importer needs to know of one model field."""

    name: str
    title: str
    shape: Shape
    choices: tuple[str, ...] = ()
    required: bool = False


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """The mapping of one export: column → field key, ``extra`` or ``不导入``; how each was decided."""

    targets: Mapping[str, str]
    reasons: Mapping[str, str]
    values: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    set_values: Mapping[str, Any] = field(default_factory=dict)
    base_url: str | None = None
    missing: tuple[str, ...] = ()
    """Columns the mapping file names that the export does not have."""


def field_specs(model: type[BaseModel]) -> dict[str, FieldSpec]:
    """Every importable field of ``model`` with its shape, read from its annotation."""
    out = {}
    for name, info in model.model_fields.items():
        if name in _NOT_IMPORTED:
            continue
        shape, choices = _shape(info.annotation, info.metadata)
        out[name] = FieldSpec(name, info.title or name, shape, choices, info.is_required())
    return out


def _shape(annotation: Any, metadata: list[Any]) -> tuple[Shape, tuple[str, ...]]:
    inner = [a for a in _alternatives(annotation) if a is not type(None)]
    if len(inner) != 1:
        return "other", ()
    kind = inner[0]
    marks = [*metadata, *getattr(kind, "__metadata__", ())]
    base = get_args(kind)[0] if get_origin(kind) is Annotated else kind
    origin = get_origin(base)
    if origin is Literal:
        return "choice", tuple(str(a) for a in get_args(base))
    if origin in (tuple, list):
        item = get_args(base)[0]
        item_base = get_args(item)[0] if get_origin(item) is Annotated else item
        if isinstance(item_base, type) and issubclass(item_base, BaseModel):
            return ("attachments" if "url" in item_base.model_fields else "other"), ()
        if any(isinstance(m, OrgId) for m in getattr(item, "__metadata__", ())):
            return "orgs", ()
        return ("texts" if item_base is str else "other"), ()
    if base is dt.date:
        return "date", ()
    if base is bool:
        return "bool", ()
    if base is str:
        if any(isinstance(m, OrgId) for m in marks):
            return "org", ()
        if any("http" in str(getattr(m, "pattern", "")) for m in _constraints(marks)):
            return "url", ()
        return "text", ()
    return "other", ()


def _alternatives(annotation: Any) -> tuple[Any, ...]:
    if get_origin(annotation) in (Union, types.UnionType):
        return get_args(annotation)
    return (annotation,)


def _constraints(marks: list[Any]) -> list[Any]:
    """Metadata with their nested FieldInfo constraints (an ``Annotated[str, Field(pattern=…)]``)."""
    return [c for m in marks for c in (m, *getattr(m, "metadata", ()))]


def header_key(text: str) -> str:
    """A header as matched: no spaces, no 「：」 or 「*」, no note in brackets, ASCII lower case."""
    text = re.sub(r"[（(][^）)]*[）)]$", "", re.sub(r"[\s:：*＊]", "", text))
    return text.lower()


def built_in_words(specs: Mapping[str, FieldSpec]) -> dict[str, str]:
    """Header word → field key: each field's key and title, then the CMS words (first claim wins)."""
    words: dict[str, str] = {}
    for spec in specs.values():
        words.setdefault(header_key(spec.name), spec.name)
        words.setdefault(header_key(spec.title), spec.name)
    for name, found in HEADER_WORDS.items():
        if name in specs:
            for word in found:
                words.setdefault(header_key(word), name)
    return words


def read_map_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise UsageError(f"找不到映射文件 {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise UsageError(f"映射文件 {path.name} 不是有效的 YAML（UTF-8）：{exc}") from exc
    if not isinstance(data, dict):
        raise UsageError(f"映射文件 {path.name} 应为键值映射，含 columns、values、set、base_url")
    unknown = [k for k in data if k not in ("columns", "values", "set", "base_url")]
    if unknown:
        raise UsageError(f"映射文件 {path.name} 中有未知的键 “{unknown[0]}”：可用 columns、values、set、base_url")
    return data


def resolve(columns: tuple[str, ...], specs: Mapping[str, FieldSpec], given: Mapping[str, Any]) -> ColumnMap:
    """Decide every column's field: the mapping file first, then the built-in header words."""
    field_of = _field_names(specs)
    named = _section(given, "columns")
    targets: dict[str, str] = {}
    reasons: dict[str, str] = {}
    taken: dict[str, str] = {}
    for column, target in named.items():
        name = _target(str(target), field_of, f"columns 中 “{column}” 的值")
        if column in columns:
            targets[column], reasons[column] = name, "映射文件指定"
            if name not in (EXTRA, OMIT):
                taken.setdefault(name, column)
    words = built_in_words(specs)
    for column in columns:
        if column in targets:
            continue
        word = words.get(header_key(column))
        if word is None:
            targets[column], reasons[column] = EXTRA, "没有对应的字段"
        elif word in taken:
            targets[column], reasons[column] = EXTRA, f"“{taken[word]}”列已对应{specs[word].title}"
        else:
            targets[column], reasons[column] = word, "列名"
            taken[word] = column
    values = {}
    for key, table in _section(given, "values").items():
        name = _target(str(key), field_of, "values 中的字段")
        if not isinstance(table, dict):
            raise UsageError(f"映射文件 values 中 “{key}” 应为 导出的值: 写入的值 的映射")
        values[name] = {str(k).strip(): v for k, v in table.items()}
    set_values = {_target(str(k), field_of, "set 中的字段"): v for k, v in _section(given, "set").items()}
    base = given.get("base_url")
    if base is not None and not (isinstance(base, str) and re.match(r"^https?://", base)):
        raise UsageError(f"映射文件 base_url 应以 http:// 或 https:// 开头（实际为 “{base}”）")
    missing = tuple(str(c) for c in named if c not in columns)
    return ColumnMap(targets, reasons, values, set_values, base, missing)


def _section(given: Mapping[str, Any], key: str) -> dict[str, Any]:
    value = given.get(key) or {}
    if not isinstance(value, dict):
        raise UsageError(f"映射文件的 {key} 应为键值映射")
    return {str(k): v for k, v in value.items()}


def _field_names(specs: Mapping[str, FieldSpec]) -> dict[str, str]:
    names = {w: EXTRA for w in _EXTRA_WORDS} | {w: OMIT for w in _OMIT_WORDS}
    for spec in specs.values():
        names[spec.name] = names[spec.title] = spec.name
    return names


def _target(text: str, field_of: Mapping[str, str], where: str) -> str:
    if text in field_of:
        return field_of[text]
    fields = [k for k in field_of if k.isascii() and k not in ("omit",)]
    raise UsageError(
        f"映射文件{where} “{text}” 不是公文的字段{did_you_mean(text, list(field_of))}。"
        f"可用：{'、'.join(fields)}，或“其他信息”（保留在 extra）、“不导入”"
    )
