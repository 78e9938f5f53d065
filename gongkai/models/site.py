"""site.yaml and the registry of organisations."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from .base import OrgLevel, Slug, Strict, Text


class Office(Strict):
    """政府信息公开工作机构 (条例 第十二条 requires each of these)."""

    name: Text = Field(title="机构名称")
    address: Text = Field(title="办公地址")
    postcode: Text = Field(title="邮政编码")
    hours: Text = Field(title="办公时间")
    phone: Text = Field(title="联系电话")
    fax: Text = Field(title="传真")
    email: Text = Field(title="电子邮箱")
    website: str | None = Field(None, title="网站")


class PrivacyException(Strict):
    """A published number that looks personal but is meant to be public, with the reason."""

    file: Text = Field(title="文件")
    value: Text = Field(title="号码")
    reason: Text = Field(title="理由")


class SiteConfig(Strict):
    """site.yaml: the government and the website."""

    name: Text = Field(title="机关全称")
    short_name: Text = Field(title="简称")
    base_url: Annotated[str, Field(pattern=r"^https?://[^\s]+/$")] = Field(title="网站地址")
    level: OrgLevel = Field(title="行政层级")
    credit_code: Annotated[str, Field(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")] = Field(title="统一社会信用代码")
    site_id_code: Annotated[str, Field(pattern=r"^(?:\d{10}|bm\d{8})$")] = Field(title="政府网站标识码")
    sponsor: Text = Field(title="网站主办单位")
    icp: str | None = Field(None, title="ICP备案号")
    police_record: str | None = Field(None, title="公安机关备案号")
    conac_url: Annotated[str, Field(pattern=r"^https?://")] | None = Field(None, title="党政机关网站标识链接")
    build_date: dt.date | None = Field(None, title="构建日期")
    office: Office = Field(title="政府信息公开工作机构")
    sample_fields: tuple[str, ...] = Field((), title="示例字段")
    privacy_exceptions: tuple[PrivacyException, ...] = Field((), title="隐私检查例外")


class Organization(Strict):
    """One entry of the registry of 发布机构 and 责任单位."""

    id: Slug = Field(title="机构标识")
    name: Text = Field(title="名称")
    full_name: str | None = Field(None, title="全称")
    aliases: tuple[Text, ...] = Field((), title="别名")
    credit_code: str | None = Field(None, title="统一社会信用代码")
    kind: Literal["部门", "镇街", "开发区", "上级机关", "统称", "其他"] = Field(title="类别")
