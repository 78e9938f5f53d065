"""Turn loaded YAML into models, translating every schema error into a located Chinese message.

Also holds the per-file domain rules that need more than one field (dates in order,
有效性 needing a 废止日期, report arithmetic).
"""

from __future__ import annotations

import functools
from collections.abc import Hashable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from .errors import ContentError, did_you_mean
from .models import Document, Rule
from .source import Locator

M = TypeVar("M")

_TYPE_NAMES = {
    "string": "文本",
    "int": "整数",
    "float": "数字",
    "bool": "true 或 false",
    "date": "日期（YYYY-MM-DD）",
    "dict": "键值映射（“字段: 值”）",
    "list": "列表（每项以 “- ” 开头）",
    "tuple": "列表（每项以 “- ” 开头）",
    "model": "键值映射（“字段: 值”）",
}


def _clean_loc(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """Drop pydantic's union tags (ours start with §) from an error location."""
    return tuple(p for p in loc if not (isinstance(p, str) and p.startswith("§")))


def titles(model: type[BaseModel] | None) -> dict[str, str]:
    if model is None:
        return {}
    return {name: f.title or name for name, f in model.model_fields.items()}


def _field_label(key: tuple[int | str, ...], root: Any) -> str:
    """The Chinese title of the last named field in ``key``, resolved through the schema.

    ``key`` is pydantic's location: its union tags (§task, §group …) say which model a list item is.
    """
    from . import models

    model: Any = root
    label = ""
    for part in key:
        if isinstance(part, int):
            continue
        if isinstance(part, str) and part.startswith("§"):
            model = getattr(models, _TAGGED[part]) if part in _TAGGED else model
            continue
        fields = getattr(model, "model_fields", {}) if isinstance(model, type) else {}
        if part not in fields:
            return label or str(part)
        info = fields[part]
        label = info.title or str(part)
        model = _inner_model(info.annotation)
    return label


def _inner_model(annotation: Any) -> Any:
    """Find a BaseModel class inside an annotation such as ``tuple[Office, ...] | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _inner_model(arg)
        if found is not None:
            return found
    meta = getattr(annotation, "__metadata__", None)
    if meta is not None:
        return _inner_model(annotation.__origin__)
    return None


_TAGGED: dict[str, str] = {
    "§group": "TaskGroup",
    "§task": "Task",
    "§2021": "Report",
    "§2019": "Report2019",
    "§free": "FreeReport",
}


def _model_at(root: type[BaseModel] | None, raw_loc: tuple[int | str, ...]) -> type[BaseModel] | None:
    """The model that owns the fields at ``raw_loc`` (pydantic's location, union tags included)."""
    from . import models

    model = root
    for part in raw_loc:
        if isinstance(part, int):
            continue
        if part in _TAGGED:
            model = getattr(models, _TAGGED[part])
        elif model is not None and part in model.model_fields:
            model = _inner_model(model.model_fields[part].annotation)
        else:
            return None
    return model


def translate(err: Any, root: type[BaseModel] | None, loc: tuple[int | str, ...]) -> tuple[str, str, str]:
    """Return (zh, en, hint) for one pydantic error dict."""
    kind: str = err["type"]
    ctx = err.get("ctx") or {}
    label = _field_label(tuple(err["loc"]), root) if root else ""
    named = f"“{label}”" if label else "此项"
    got = err.get("input")
    shown = repr(got) if not isinstance(got, str) else f"“{got}”"
    en = err.get("msg", "")
    if kind == "gongkai":
        return err["msg"], ctx.get("en", ""), ""
    if kind == "missing":
        return f"缺少必填字段 {named}", "field required", f"在此处添加 “{loc[-1]}: …”。"
    if kind == "extra_forbidden":
        parent_model = _model_at(root, tuple(err["loc"])[:-1])
        known = list(parent_model.model_fields) if parent_model else []
        name = str(loc[-1])
        return (
            f"未知字段 “{name}”{did_you_mean(name, known)}",
            f"unknown key {name!r}",
            "可用字段：" + "、".join(known) if known else "",
        )
    if kind in ("literal_error", "enum"):
        expected = ctx.get("expected", "")
        return f"{named} 的值 {shown} 不在允许范围内，应为 {expected} 之一", en, ""
    if kind.startswith("date") or kind.startswith("datetime"):
        return (
            f"{named} 不是有效日期（实际为 {shown}）",
            en,
            "日期写作 YYYY-MM-DD，如 2020-07-28，不加引号。",
        )
    if kind == "string_pattern_mismatch":
        return f"{named} 的格式不正确（实际为 {shown}）", en, f"应匹配 {ctx.get('pattern', '')}"
    if kind in ("too_short", "string_too_short"):
        return f"{named} 不能为空", en, ""
    if kind in ("too_long", "string_too_long"):
        return f"{named} 过长或项数过多", en, ""
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        return f"{named} 超出允许范围（实际为 {shown}）", en, ""
    for suffix, type_name in _TYPE_NAMES.items():
        if kind.startswith(suffix) or kind == f"{suffix}_type" or kind.endswith(f"{suffix}_type"):
            hint = '如是编号或代码，请加引号，如 "0533"。' if suffix == "string" else ""
            return f"{named} 应为{type_name}（实际为 {shown}）", en, hint
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"{named} 应为键值映射", en, ""
    if kind == "union_tag_invalid":
        return f"{named} 的写法无法识别", en, ""
    return f"{named}：{en}", en, ""


@functools.cache
def _adapter(schema: Any) -> TypeAdapter[Any]:
    """Building a TypeAdapter compiles the schema: do it once per kind, not once per file."""
    return TypeAdapter(schema)


def parse_model(data: Any, schema: type[M] | Any, locator: Locator) -> tuple[M | None, list[ContentError]]:
    """Validate ``data`` against ``schema``; return the model or the located errors."""
    adapter = _adapter(cast(Hashable, schema))  # schemas are classes and typing forms, all hashable
    try:
        return adapter.validate_python(data), []
    except ValidationError as exc:
        root = schema if isinstance(schema, type) and issubclass(schema, BaseModel) else None
        errors = []
        raw = exc.errors(include_url=False)
        # A list whose items failed is also reported as too short; that second report misleads.
        failed_items = [tuple(e["loc"]) for e in raw if e["type"] != "too_short"]
        raw = [
            e
            for e in raw
            if not (
                e["type"] == "too_short"
                and any(loc[: len(e["loc"])] == tuple(e["loc"]) and len(loc) > len(e["loc"]) for loc in failed_items)
            )
        ]
        for err in raw:
            loc = _clean_loc(tuple(err["loc"]))
            model_root = root
            if root is None and isinstance(data, list):
                model_root = None
            zh, en, hint = translate(err, model_root or _root_of(schema, err), loc)
            errors.append(locator.error(loc, zh, en, hint, code=_code(err)))
        return None, errors


def _code(err: Any) -> str:
    """A stable code: the rule's own for our validators, else ``schema.<pydantic error type>``."""
    if err["type"] == "gongkai":
        return str((err.get("ctx") or {}).get("code", "schema.rule"))
    return "schema." + str(err["type"]).replace("_", "-")


def _root_of(schema: Any, err: Any) -> type[BaseModel] | None:
    """For list schemas like ``list[Organization]`` find the item model."""
    model = _inner_model(schema)
    if model is None:
        return None
    tag = next((p for p in err["loc"] if isinstance(p, str) and p.startswith("§")), None)
    if tag in ("§free", "§2019"):
        from . import models

        found: type[BaseModel] = getattr(models, _TAGGED[tag])
        return found
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


# ---------------------------------------------------------------- per-file rules


def check_document(doc: Document, loc: Locator) -> list[ContentError]:
    """Rules across fields of one 公文."""
    out = []
    if doc.published and doc.published < doc.written:
        out.append(
            loc.error(
                ("published",),
                f"发布日期 {doc.published} 早于成文日期 {doc.written}",
                "published before written",
                "核对两个日期。",
                code="doc.published-before-written",
            )
        )
    if doc.printed and doc.printed < doc.written:
        out.append(
            loc.error(
                ("printed",),
                f"印发日期 {doc.printed} 早于成文日期 {doc.written}",
                "printed before written",
                code="doc.printed-before-written",
            )
        )
    if doc.validity in ("已废止", "已失效") and doc.expired is None:
        out.append(
            loc.error(
                ("validity",),
                f"有效性为 “{doc.validity}” 时必须填写废止/失效日期 expired",
                "expired date required",
                "添加 “expired: YYYY-MM-DD”。",
                code="doc.expired-missing",
            )
        )
    if doc.validity in ("现行有效", "尚未施行") and doc.expired is not None:
        out.append(
            loc.error(
                ("expired",),
                f"有效性为 “{doc.validity}” 的文件不应有废止/失效日期",
                "expired date on a valid document",
                code="doc.expired-on-valid",
            )
        )
    if doc.expired and doc.expired < doc.written:
        out.append(
            loc.error(
                ("expired",), "废止/失效日期早于成文日期", "expired before written", code="doc.expired-before-written"
            )
        )
    if doc.doc_type == "政策解读" and doc.interprets is None:
        out.append(
            loc.error(
                ("interprets",),
                "政策解读应注明所解读的文件（interprets）",
                "interpretation without its policy",
                warning=True,
                code="doc.interprets-missing",
            )
        )
    for i, att in enumerate(doc.attachments):
        if [att.file is not None, att.url is not None, att.plan].count(True) != 1:
            out.append(
                loc.error(
                    ("attachments", i),
                    "附件须填写 file（文件路径）、url（网址）或 plan: true 之一",
                    "attachment needs one of file, url or plan",
                    code="attachment.file-or-plan",
                )
            )
    if any(a.plan for a in doc.attachments) and doc.plan is None:
        out.append(
            loc.error(
                ("attachments",),
                "附件指向任务分解表，但未填写 plan",
                "attachment points at a plan but plan is empty",
                code="attachment.plan-missing",
            )
        )
    return out


def check_rule(rule: Rule, loc: Locator) -> list[ContentError]:
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
