"""公文, 政府信息公开制度 and the 指南."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Annotated, Any, Literal, get_args

from pydantic import Field, field_validator, model_validator

from .. import catalog
from ..errors import did_you_mean
from .base import OrgRef, Slug, Strict, Text, check_doc_number, rule_error

Url = Annotated[str, Field(pattern=r"^https?://\S+$")]

Validity = Literal["现行有效", "已修改", "已废止", "已失效", "尚未施行"]
"""有效性 (standards.md §6.6)."""
VALIDITIES: tuple[str, ...] = get_args(Validity)

VALIDITY_WORDS: dict[str, Validity] = {
    "有效": "现行有效",
    "现行有效": "现行有效",
    "部分失效": "现行有效",
    "修改": "已修改",
    "已修改": "已修改",
    "已修订": "已修改",
    "修订": "已修改",
    "已被修改": "已修改",
    "废止": "已废止",
    "已废止": "已废止",
    "全文废止": "已废止",
    "失效": "已失效",
    "已失效": "已失效",
    "全文失效": "已失效",
    "尚未施行": "尚未施行",
    "尚未生效": "尚未施行",
    "未生效": "尚未施行",
}
"""有效性 words in real use (standards.md §6.6: 有效, 已修订 …) → the standard value; the word as
published is kept in ``validity_as_published``. 部分失效 leaves the rest in force, so it counts as
现行有效 and is always shown as published."""


def _validity_schema(schema: dict[str, Any]) -> None:
    """The editor schema (and the messages) also take the 有效性 words in real use, or nothing."""
    schema.pop("anyOf", None)
    schema["enum"] = [*dict.fromkeys([*VALIDITIES, *VALIDITY_WORDS]), None]


_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)$")


class Attachment(Strict):
    title: Text = Field(title="附件名称")
    file: str | None = Field(None, title="文件")
    url: Url | None = Field(None, title="网址")
    plan: bool = Field(False, title="指向任务分解表")


class Figure(Strict):
    """A 图解 image; the document's body is its full text alternative."""

    file: Text = Field(title="图片文件")
    alt: Text = Field(title="替代文字")


class Document(Strict):
    """A 公文, 规范性文件 or 政策解读 (standards.md §6.1)."""

    title: Text = Field(title="标题")
    number: str | None = Field(None, title="发文字号")
    publisher: OrgRef = Field(title="发布机构")
    written: dt.date = Field(title="成文日期")
    published: dt.date | None = Field(
        None,
        title="发布日期",
        json_schema_extra={
            "anyOf": [
                {"type": "string", "format": "date"},
                {"type": "string", "pattern": _DATE_TIME.pattern},
                {"type": "null"},
            ]
        },
    )
    published_time: Annotated[str, Field(pattern=r"^\d{1,2}:\d{2}(:\d{2})?$")] | None = Field(None, title="发布时间")
    printed: dt.date | None = Field(None, title="印发日期")
    category: str = Field(title="公开类别")
    doc_type: Literal["规章", "行政规范性文件", "其他公文", "政策解读"] = Field("其他公文", title="文件类型")
    topic: Text = Field(title="主题分类")
    disclosure: Literal["主动公开", "依申请公开", "不予公开"] = Field("主动公开", title="公开属性")
    register_no: Text | None = Field(None, title="统一登记号")
    validity: Validity | None = Field(
        None,
        title="有效性",
        json_schema_extra=_validity_schema,
    )
    """Given explicitly (a local word is mapped, the word kept in ``validity_as_published``), or
    (left out) computed in link from the dates and decisions below; never defaulted."""
    validity_as_published: Text | None = Field(None, title="有效性（原文）")
    effective: dt.date | None = Field(None, title="施行日期")
    valid_until: dt.date | None = Field(None, title="有效期至")
    expired: dt.date | None = Field(None, title="废止/失效日期")
    replaced_by: Slug | None = Field(None, title="替代文件")
    repeals: tuple[Slug, ...] = Field((), title="废止的文件")
    invalidates: tuple[Slug, ...] = Field((), title="宣布失效的文件")
    amends: tuple[Slug, ...] = Field((), title="修改的文件")
    interprets: Slug | None = Field(None, title="所解读的文件")
    form: Literal["文字", "图解", "视频"] = Field("文字", title="解读形式")
    image: Figure | None = Field(None, title="图解图片")
    video_url: Annotated[str, Field(pattern=r"^https?://")] | None = Field(None, title="视频链接")
    keywords: tuple[Text, ...] = Field((), title="关键词")
    summary: Text = Field(title="内容概述")
    recipients: str | None = Field(None, title="主送机关")
    signer: str | None = Field(None, title="落款")
    note: str | None = Field(None, title="附注")
    copy_to: str | None = Field(None, title="抄送")
    plan: Slug | None = Field(None, title="所印发的工作要点")
    attachments: tuple[Attachment, ...] = Field((), title="附件")
    index_no: str | None = Field(None, title="索引号")
    original_url: Url | None = Field(None, title="原网址")
    body: Text = Field(title="正文")
    extra: dict[Text, str] = Field({}, title="原系统其他信息")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")

    @model_validator(mode="before")
    @classmethod
    def _as_published(cls, data: Any) -> Any:
        """Values in the forms governments publish them: 有效性 words in real use, 发布日期 with a time
        (2024-04-06 16:34). The standard value is derived; the value as published is kept beside it."""
        if not isinstance(data, dict):
            return data
        out = dict(data)
        word = out.get("validity")
        if isinstance(word, str) and word.strip() in VALIDITY_WORDS and word.strip() not in VALIDITIES:
            out["validity"] = VALIDITY_WORDS[word.strip()]
            out.setdefault("validity_as_published", word.strip())
        published = out.get("published")
        if isinstance(published, dt.datetime | str) and (m := _DATE_TIME.fullmatch(str(published).strip())):
            out["published"] = m[1]
            out.setdefault("published_time", m[2])
        return out

    @field_validator("number")
    @classmethod
    def _number(cls, value: str | None) -> str | None:
        return check_doc_number(value)

    @field_validator("category")
    @classmethod
    def _category(cls, value: str) -> str:
        if value not in catalog.CATEGORY_BY_CODE:
            codes = "、".join(catalog.CATEGORY_BY_CODE)
            raise rule_error(
                f"公开类别 “{value}” 不存在，应为 {codes} 之一（见 docs/content-format.md）",
                f"unknown category {value!r}",
                "doc.category-unknown",
            )
        return value

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: str) -> str:
        choices = catalog.topic_choices()
        if value not in choices:
            raise rule_error(
                f"主题分类 “{value}” 不在国务院公文主题分类中，写法为 “一级\\二级”" + _topic_hint(value),
                f"unknown topic {value!r}",
                "doc.topic-unknown",
            )
        return value


@functools.lru_cache(maxsize=4096)
def _topic_hint(value: str) -> str:
    """The nearest topics (an export repeats the same wrong topic on many rows: compare once)."""
    return did_you_mean(value, catalog.topic_choices())


class Rule(Strict):
    """A 政府信息公开制度 item."""

    title: Text = Field(title="标题")
    issuer: Text = Field(title="发布机关")
    number: str | None = Field(None, title="文号")
    published: dt.date = Field(title="公布日期")
    effective: dt.date | None = Field(None, title="施行日期")
    level: Literal["国家", "省级", "市级", "本级"] = Field(title="层级")
    url: Annotated[str, Field(pattern=r"^https?://")] | None = Field(None, title="官方文本链接")
    summary: Text = Field(title="内容概述")
    body: str | None = Field(None, title="正文")
    index_no: str | None = Field(None, title="索引号")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


class Guide(Strict):
    """政府信息公开指南: the local parts; the national procedure is printed by the generator."""

    updated: dt.date = Field(title="更新日期")
    intro: Text = Field(title="总则")
    classification: Text = Field(title="信息分类")
    arrangement: Text = Field(title="编排体系")
    proactive: Text = Field(title="主动公开")
    application: Text = Field(title="依申请公开")
    supervision: Text = Field(title="监督和救济")
    index_no: str | None = Field(None, title="索引号")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")
