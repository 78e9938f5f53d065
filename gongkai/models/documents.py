"""公文, 政府信息公开制度 and the 指南."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, field_validator

from .. import catalog
from ..errors import did_you_mean
from .base import OrgRef, Slug, Strict, Text, check_doc_number, rule_error


class Attachment(Strict):
    title: Text = Field(title="附件名称")
    file: str | None = Field(None, title="文件")
    plan: bool = Field(False, title="指向任务分解表")


Validity = Literal["现行有效", "已修改", "已废止", "已失效", "尚未施行"]
"""有效性 (standards.md §6.6)."""


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
    published: dt.date | None = Field(None, title="发布日期")
    printed: dt.date | None = Field(None, title="印发日期")
    category: str = Field(title="公开类别")
    doc_type: Literal["规章", "行政规范性文件", "其他公文", "政策解读"] = Field("其他公文", title="文件类型")
    topic: Text = Field(title="主题分类")
    disclosure: Literal["主动公开", "依申请公开", "不予公开"] = Field("主动公开", title="公开属性")
    register_no: Text | None = Field(None, title="统一登记号")
    validity: Validity | None = Field(None, title="有效性")
    """Given explicitly, or (left out) computed in link from the dates and decisions below."""
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
    body: Text = Field(title="正文")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")

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
                f"主题分类 “{value}” 不在国务院公文主题分类中，写法为 “一级\\二级”" + did_you_mean(value, choices),
                f"unknown topic {value!r}",
                "doc.topic-unknown",
            )
        return value


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
