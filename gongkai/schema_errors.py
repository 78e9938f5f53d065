"""pydantic's validation errors → messages in Chinese only, with hints that fit the case.

A value is quoted as the editor wrote it: text in 「“”」, anything YAML read as another type
(a date, a number, true/false, an empty value) by its text in the file (source.py keeps it), a
list as a flow list. The choices of a Literal field are listed from the model, never from
pydantic's English rendering; a pattern is explained in words, never shown as a regex. English
stays in the ``en`` part of the message, for developers and logs (house-style §3.4).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .errors import did_you_mean
from .models.base import SLUG, OrgId

Key = tuple[int | str, ...]

TAGGED: dict[str, str] = {
    "§group": "TaskGroup",
    "§task": "Task",
    "§2021": "Report",
    "§2019": "Report2019",
    "§free": "FreeReport",
}
"""Our union tags in pydantic's error locations → the model the list item is."""

_PATTERN_HINTS: dict[str, str] = {
    SLUG: "只用小写字母、数字和连字符 “-”，如 2024-gzyd",
    r"^https?://": "应为以 http:// 或 https:// 开头的完整网址",
    r"^https?://\S+$": "应为以 http:// 或 https:// 开头的完整网址，中间不能有空格",
    r"^https?://[^\s]+/$": "应为以 http:// 或 https:// 开头、以 / 结尾的网址，如 https://www.example.gov.cn/",
    r"^[0-9A-HJ-NPQRTUWXY]{18}$": "应为 18 位统一社会信用代码（数字和大写字母，不含 I、O、S、V、Z），加引号",
    r"^(?:\d{10}|bm\d{8})$": "应为 10 位数字，或 bm 加 8 位数字，加引号",
    r"^\d{1,2}:\d{2}(:\d{2})?$": "写作 时:分，如 16:34",
}


def clean_loc(loc: Key) -> Key:
    """Drop pydantic's union tags (ours start with §) from an error location."""
    return tuple(p for p in loc if not (isinstance(p, str) and p.startswith("§")))


def inner_model(annotation: Any) -> Any:
    """Find a BaseModel class inside an annotation such as ``tuple[Office, ...] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = inner_model(arg)
        if found is not None:
            return found
    meta = getattr(annotation, "__metadata__", None)
    if meta is not None:
        return inner_model(annotation.__origin__)
    return None


def _tagged(part: str) -> Any:
    from . import models

    return getattr(models, TAGGED[part])


def field_at(key: Key, root: Any) -> FieldInfo | None:
    """The schema field that the last named part of pydantic's location ``key`` names."""
    model: Any = root
    found: FieldInfo | None = None
    for part in key:
        if isinstance(part, int):
            continue
        if part.startswith("§"):
            model = _tagged(part) if part in TAGGED else model
            continue
        fields = getattr(model, "model_fields", {}) if isinstance(model, type) else {}
        if part not in fields:
            return found  # a key inside a mapping field (extra: …) belongs to that field
        found = fields[part]
        model = inner_model(found.annotation)
    return found


def model_at(root: type[BaseModel] | None, raw_loc: Key) -> type[BaseModel] | None:
    """The model that owns the fields at ``raw_loc`` (pydantic's location, union tags included)."""
    model = root
    for part in raw_loc:
        if isinstance(part, int):
            continue
        if part in TAGGED:
            model = _tagged(str(part))
        elif model is not None and part in model.model_fields:
            model = inner_model(model.model_fields[part].annotation)
        else:
            return None
    return model


def _choices(info: FieldInfo | None, expected: str) -> list[str]:
    """The values a Literal field allows, from the model; pydantic's English list only as a fallback."""

    def walk(annotation: Any) -> list[str]:
        if get_origin(annotation) is Literal:
            return [str(a) for a in get_args(annotation)]
        return [c for arg in get_args(annotation) for c in walk(arg)]

    extra = info.json_schema_extra if info is not None else None
    if callable(extra):
        made: dict[str, Any] = {}
        extra(made)
        extra = made
    words = extra.get("enum") if isinstance(extra, dict) else None
    if isinstance(words, list):
        return [str(c) for c in words if c is not None]  # the field also takes the words in real use
    found = walk(info.annotation) if info is not None else []
    return found or re.findall(r"'((?:[^'\\]|\\.)*)'", expected)


def _is_org(info: FieldInfo | None) -> bool:
    if info is None:
        return False
    marks = [*info.metadata, *(m for a in get_args(info.annotation) for m in getattr(a, "__metadata__", ()))]
    return any(isinstance(m, OrgId) for m in marks)


def _is_list(info: FieldInfo | None) -> bool:
    annotation = info.annotation if info is not None else None
    options = get_args(annotation) if get_origin(annotation) is not None else ()
    return any(get_origin(a) in (tuple, list) for a in (annotation, *options))


def shown(value: Any, written: str | None = None) -> str:
    """A value as the editor wrote it."""
    if isinstance(value, str):
        return f"“{value}”" if len(value) <= 60 else f"“{value[:60]}……”"
    if written is not None and written.strip() not in ("", "~", "null", "Null", "NULL"):
        return written.strip()
    if value is None:
        return "空值"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return getattr(value, "text", None) or str(value)
    if isinstance(value, list | tuple):
        items = [v if isinstance(v, str) else shown(v) for v in value[:5]]
        return "[" + ", ".join(items) + (", ……" if len(value) > 5 else "") + "]"
    if isinstance(value, dict):
        keys = list(value)[:3]
        return "{" + ", ".join(f"{k}: …" for k in keys) + (", ……" if len(value) > 3 else "") + "}"
    return "无法显示的值"


def _what(value: Any, written: str | None) -> str:
    """「日期 2023-12-31」, 「数字 0533」, 「列表 [a, b]」: what YAML made of the value, and the value."""
    if value is None:
        return "空值"
    if value is True or value is False:
        return f"真假值 {shown(value, written)}"
    if isinstance(value, dt.datetime):
        return f"日期时间 {shown(value, written)}"
    if isinstance(value, dt.date):
        return f"日期 {shown(value, written)}"
    if isinstance(value, int | float):
        return f"数字 {shown(value, written)}"
    if isinstance(value, list | tuple):
        return f"列表 {shown(value)}（{len(value)} 项）"
    if isinstance(value, dict):
        return f"键值映射 {shown(value)}"
    return f"文本 {shown(value)}"


def _quoted(key: str, value: Any, written: str | None) -> str:
    return f'{key}: "{shown(value, written)}"'


def _text_expected(named: str, key: str, info: FieldInfo | None, got: Any, written: str | None) -> tuple[str, str]:
    """A text field given another type: what was given and the fix for that case."""
    if got is None:
        return f"{named} 没有填写（冒号后是空的）", f"在 “{key}:” 后填写内容；不知道的可选字段整行删去，不要留空。"
    if isinstance(got, list | tuple):
        if _is_org(info):
            return (
                f"{named} 只能填写一个机构，实际写了 {len(got)} 个：{shown(got)}",
                "这里只能写一个机构的标识：保留发布（负责）的那一个，不写成列表。",
            )
        return f"{named} 应为一段文本，实际写成了{_what(got, written)}", "去掉各项前的 “- ” 或方括号，写成一段文本。"
    if isinstance(got, dict):
        return (
            f"{named} 应为一段文本，实际写成了{_what(got, written)}",
            "检查缩进：下一行可能多缩进了，被读成了这个字段的子项；文本中有 “: ” 时给整段加引号。",
        )
    if isinstance(got, dt.date):
        return (
            f"{named} 应为文本，实际写成了{_what(got, written)}",
            f"这里要写文本，不是日期：加引号，写作 {_quoted(key, got, written)}。",
        )
    if got is True or got is False:
        return (
            f"{named} 应为文本，实际写成了{_what(got, written)}",
            f"YAML 把 “yes”“no”“on”“off”“true”“false” 读作真假值；作为文本请加引号，写作 {_quoted(key, got, written)}。",
        )
    return (
        f"{named} 应为文本，实际写成了{_what(got, written)}",
        f"编号、代码等数字形式的文本请加引号，写作 {_quoted(key, got, written)}（不加引号时开头的 0 会丢失）。",
    )


def translate(
    err: Any, root: type[BaseModel] | None, loc: Key, written: Mapping[Key, str] | None = None
) -> tuple[str, str, str]:
    """(zh, en, hint) for one pydantic error dict; ``written`` is the file's scalar texts by location."""
    kind: str = err["type"]
    ctx = err.get("ctx") or {}
    raw_loc = tuple(err["loc"])
    info = field_at(raw_loc, root) if root else None
    label = (info.title if info is not None else None) or ""
    named = f"“{label}”" if label else "此项"
    key = next((str(p) for p in reversed(loc) if isinstance(p, str)), "")
    got = err.get("input")
    text = (written or {}).get(loc)
    value = shown(got, text)
    en = str(err.get("msg", ""))
    if kind == "gongkai":
        return str(err["msg"]), str(ctx.get("en", "")), ""
    if kind == "missing":
        return f"缺少必填字段 {named}", "field required", f"在此处添加 “{loc[-1]}: …”。"
    if kind == "extra_forbidden":
        parent_model = model_at(root, raw_loc[:-1])
        known = list(parent_model.model_fields) if parent_model else []
        name = str(loc[-1])
        return (
            f"未知字段 “{name}”{did_you_mean(name, known)}",
            f"unknown key {name!r}",
            "可用字段：" + "、".join(known) if known else "",
        )
    if kind in ("literal_error", "enum"):
        options = _choices(info, str(ctx.get("expected", "")))
        choices = "、".join(f"“{c}”" for c in options)
        if isinstance(got, list | tuple | dict):
            return f"{named} 只能填写一个值，实际写成了{_what(got, text)}", en, f"从 {choices} 中选一个。"
        return f"{named} 的值 {value} 不在允许范围内，应为 {choices} 之一{did_you_mean(str(got), options)}", en, ""
    if kind == "string_type":
        zh, hint = _text_expected(named, key, info, got, text)
        return zh, en, hint
    if kind.startswith("date") or kind.startswith("datetime"):
        if kind == "date_from_datetime_inexact" and (isinstance(got, dt.datetime) or ":" in str(got)):
            return f"{named} 只能写日期，不能带时间（实际为 {value}）", en, "去掉时间，写作 YYYY-MM-DD。"
        return f"{named} 不是有效日期（实际为 {value}）", en, "日期写作 YYYY-MM-DD，如 2020-07-28，不加引号。"
    if kind in ("int_type", "int_parsing", "int_from_float", "int_parsing_size"):
        return f"{named} 应为整数（实际为 {value}）", en, "用阿拉伯数字书写，不加引号和单位，如 2024。"
    if kind in ("float_type", "float_parsing", "decimal_type", "decimal_parsing"):
        return f"{named} 应为数字（实际为 {value}）", en, "用阿拉伯数字书写，不加引号和单位，如 12.5。"
    if kind in ("bool_type", "bool_parsing"):
        return f"{named} 应为 true 或 false（实际为 {value}）", en, "写 true（是）或 false（否），不加引号。"
    if kind in ("list_type", "tuple_type", "set_type", "iterable_type"):
        example = f"{key}: [{got}]" if isinstance(got, str) else f"{key}: [第一项, 第二项]"
        return (
            f"{named} 应为列表，实际写成了{_what(got, text)}",
            en,
            f"即使只有一项也写成列表：{example}，或每项一行、以 “- ” 开头。",
        )
    if kind in ("dict_type", "model_type", "model_attributes_type"):
        hint = "写成 “字段: 值” 的形式，每个字段一行，缩进对齐。"
        if isinstance(got, str) and _is_list(field_at(raw_loc[:-1], root) if root else None):
            hint = "列表的每一项是一组 “字段: 值”，如 “- title: …”；不能只写一段文本。"
        return f"{named} 应为键值映射（“字段: 值”），实际写成了{_what(got, text)}", en, hint
    if kind == "too_short":
        if isinstance(got, list | tuple | dict):
            return f"{named} 至少应有 {ctx.get('min_length', 1)} 项，实际为 {len(got)} 项", en, ""
        return f"{named} 不能为空", en, ""
    if kind == "string_too_short":
        return f"{named} 不能为空", en, "填写内容；不知道的可选字段整行删去，不要写空引号。"
    if kind == "too_long":
        size = len(got) if isinstance(got, list | tuple | dict) else ctx.get("actual_length", "")
        return f"{named} 最多 {ctx.get('max_length', '')} 项，实际为 {size} 项", en, ""
    if kind == "string_too_long":
        size = len(got) if isinstance(got, str) else ""
        return f"{named} 最长 {ctx.get('max_length', '')} 个字符，实际为 {size} 个", en, ""
    if kind == "string_pattern_mismatch":
        hint = _PATTERN_HINTS.get(str(ctx.get("pattern", "")), "请按字段说明的格式填写（在编辑器中悬停字段可见说明）。")
        return f"{named} 的格式不正确（实际为 {value}）", en, hint
    bounds = {"greater_than_equal": ("不小于", "ge"), "greater_than": ("大于", "gt")}
    bounds |= {"less_than_equal": ("不大于", "le"), "less_than": ("小于", "lt")}
    if kind in bounds:
        words, name = bounds[kind]
        return f"{named} 应{words} {ctx.get(name, '')}（实际为 {value}）", en, ""
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        return f"{named} 的写法无法识别（实际为 {_what(got, text)}）", en, ""
    if kind == "value_error" and isinstance(ctx.get("error"), Exception) and _chinese(str(ctx["error"])):
        return str(ctx["error"]), en, ""
    return f"{named} 的值 {value} 不符合要求", en, "见 docs/content-format.md 中该字段的写法。"


def _chinese(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff]", text))
