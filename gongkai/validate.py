"""Turn loaded YAML into models, translating every schema error into a located Chinese message.

Also holds the per-file domain rules that need more than one field (dates in order,
有效性 needing a 废止日期, report arithmetic).
"""

from __future__ import annotations

import functools
from collections.abc import Hashable
from typing import Any, TypeVar, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from .errors import ContentError
from .models import Document, Rule
from .schema_errors import TAGGED, clean_loc, inner_model, translate
from .source import Locator

M = TypeVar("M")


def titles(model: type[BaseModel] | None) -> dict[str, str]:
    if model is None:
        return {}
    return {name: f.title or name for name, f in model.model_fields.items()}


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
            loc = clean_loc(tuple(err["loc"]))
            model_root = root
            if root is None and isinstance(data, list):
                model_root = None
            zh, en, hint = translate(err, model_root or _root_of(schema, err), loc, locator.written)
            errors.append(locator.error(loc, zh, en, hint, code=_code(err)))
        return None, errors


def _code(err: Any) -> str:
    """A stable code: the rule's own for our validators, else ``schema.<pydantic error type>``."""
    if err["type"] == "gongkai":
        return str((err.get("ctx") or {}).get("code", "schema.rule"))
    return "schema." + str(err["type"]).replace("_", "-")


def _root_of(schema: Any, err: Any) -> type[BaseModel] | None:
    """For list schemas like ``list[Organization]`` find the item model."""
    model = inner_model(schema)
    if model is None:
        return None
    tag = next((p for p in err["loc"] if isinstance(p, str) and p.startswith("§")), None)
    if tag in ("§free", "§2019"):
        from . import models

        found: type[BaseModel] = getattr(models, TAGGED[tag])
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
