"""Shared pieces of the content schema: the strict base model and common field types.

Field titles are the Chinese names editors know; they appear in error messages. Rules that
concern one value live here as validators; rules across fields or files live in validate.py
and link.py.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
)
from pydantic_core import PydanticCustomError

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# GB/T 9704-2012 §7.2.5 (standards.md §6.3): 机关代字 + 〔YYYY〕 + 序号 without 第 or leading 0 + 号.
DOC_NUMBER = re.compile(r"^[\u4e00-\u9fa5A-Za-z（）()]+〔\d{4}〕[1-9]\d*号$")
WRONG_BRACKETS = re.compile(r"[\[【(（](\d{4})[\]】)）]")


def rule_error(zh: str, en: str, code: str = "schema.rule") -> PydanticCustomError:
    """A validation error whose message is Chinese, with the English and a stable code in the context."""
    return PydanticCustomError("gongkai", zh, {"en": en, "code": code})


class Strict(BaseModel):
    """Base: frozen, unknown keys rejected, no silent coercion of text to numbers."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


Text = Annotated[str, Field(min_length=1)]
Slug = Annotated[str, Field(pattern=SLUG, max_length=80)]


class OrgId:
    """Marks a field whose value is an organisation id (so messages and importers can say so)."""


ORG_ID = OrgId()
# A reference to an organisation id; checked against the registry in link.py, which can then
# say "名称为 X 的机构标识是 y" when an editor writes the name instead of the id.
OrgRef = Annotated[str, Field(min_length=1), ORG_ID]
OrgLevel = Literal["省级", "市级", "县级", "乡级"]


def check_doc_number(value: str | None) -> str | None:
    if value is None:
        return value
    if not DOC_NUMBER.match(value):
        fixed = WRONG_BRACKETS.sub(r"〔\1〕", value)
        hint = (
            f"应写作 “{fixed}”"
            if fixed != value and DOC_NUMBER.match(fixed)
            else ("格式为 机关代字〔年份〕序号号，如 “周政办字〔2020〕27号”，年份用六角括号〔〕，序号不加“第”和前导0")
        )
        raise rule_error(
            f"发文字号 “{value}” 不符合 GB/T 9704-2012 格式：{hint}",
            f"document number {value!r} is not in GB/T 9704 form",
            "doc.number-format",
        )
    return value
