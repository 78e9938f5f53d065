"""site.yaml and the registry of organisations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from . import identity
from .base import OrgLevel, Slug, Strict, Text, rule_error
from .organizations import PROFILE_FIELDS, Department, Leader


class Office(Strict):
    """政府信息公开工作机构 (条例 第十二条 requires each of these).

    With ``org`` the contacts not written here are read from that organisation's 机构职能 in
    organizations.yaml (link stage), so the 指南 and the 机构职能 page show the same data.
    """

    name: Text = Field(title="机构名称")
    org: Slug | None = Field(None, title="机构标识")
    address: Text | None = Field(None, title="办公地址")
    postcode: Text | None = Field(None, title="邮政编码")
    hours: Text | None = Field(None, title="办公时间")
    phone: Text | None = Field(None, title="联系电话")
    fax: Text | None = Field(None, title="传真")
    email: Text | None = Field(None, title="电子邮箱")
    website: str | None = Field(None, title="网站")

    @model_validator(mode="after")
    def _complete_without_org(self) -> Office:
        missing = [OFFICE_TITLES[f] for f in OFFICE_REQUIRED if getattr(self, f) is None]
        if self.org is None and missing:
            raise rule_error(
                f"政府信息公开工作机构缺少：{'、'.join(missing)}（条例第十二条），或用 org 指向机构名录中的机构",
                f"office lacks {missing}",
            )
        return self


OFFICE_REQUIRED = ("address", "postcode", "hours", "phone", "fax", "email")
"""What 条例 第十二条 requires of the office besides its name (网站 is optional)."""
OFFICE_TITLES = {
    "address": "办公地址",
    "postcode": "邮政编码",
    "hours": "办公时间",
    "phone": "联系电话",
    "fax": "传真",
    "email": "电子邮箱",
    "website": "网站",
}


class RegisterFormat(Strict):
    """The form of the 行政规范性文件 统一登记号 where the site is (each province sets its own)."""

    pattern: Text = Field(title="登记号格式")
    """A regular expression the whole 登记号 must match, e.g. ``^ZBSR-\\d{4}-\\d{7}$``."""
    example: Text = Field(title="登记号示例")

    @model_validator(mode="after")
    def _example_matches(self) -> RegisterFormat:
        try:
            matches = re.fullmatch(self.pattern, self.example)
        except re.error as exc:
            raise rule_error(f"登记号格式不是有效的正则表达式：{exc}", f"invalid pattern: {exc}") from None
        if not matches:
            raise rule_error(
                f"登记号示例 “{self.example}” 不符合登记号格式 {self.pattern}", "example does not match pattern"
            )
        return self


class SiteConfig(Strict):
    """site.yaml: the government and the website."""

    @field_validator("icp", "police_record", "conac_url")
    @classmethod
    def _identity(cls, value: str | None, info: ValidationInfo) -> str | None:
        """The footer's identity numbers in their official forms (models/identity.py)."""
        forms = {
            "icp": (identity.ICP, "ICP备案号应写作 “鲁ICP备12345678号” 或 “鲁ICP备12345678号-1”"),
            "police_record": (identity.POLICE, "公安机关备案号应写作 “鲁公网安备” + 14 位数字 + “号”"),
            "conac_url": (identity.CONAC, "党政机关网站标识链接应为中央编办网站标识服务（conac.cn）的地址"),
        }
        pattern, message = forms[str(info.field_name)]
        if value is not None and not pattern.match(value):
            raise rule_error(f"{message}（实际为 “{value}”）", f"{info.field_name} {value!r} is not in its form")
        return value

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
    register_no: RegisterFormat | None = Field(None, title="统一登记号格式")
    office: Office = Field(title="政府信息公开工作机构")
    sample_fields: tuple[str, ...] = Field((), title="示例字段")


class Organization(Strict):
    """One entry of the registry of 发布机构 and 责任单位, with its 机构职能 (all optional)."""

    id: Slug = Field(title="机构标识")
    name: Text = Field(title="名称")
    full_name: str | None = Field(None, title="全称")
    aliases: tuple[Text, ...] = Field((), title="别名")
    kind: Literal["部门", "镇街", "开发区", "上级机关", "统称", "其他"] = Field(title="类别")
    # 机构职能 (条例 第二十条第（二）项), see models/organizations.py.
    functions: str | None = Field(None, title="职能")
    departments: tuple[Department, ...] = Field((), title="内设机构")
    leaders: tuple[Leader, ...] = Field((), title="负责人")
    address: str | None = Field(None, title="办公地址")
    hours: str | None = Field(None, title="办公时间")
    phone: str | None = Field(None, title="联系电话")
    fax: str | None = Field(None, title="传真")
    email: str | None = Field(None, title="电子邮箱")
    postcode: str | None = Field(None, title="邮政编码")
    website: Annotated[str, Field(pattern=r"^https?://")] | None = Field(None, title="网站")
    sample_fields: tuple[Literal[PROFILE_FIELDS], ...] = Field((), title="示例字段")  # type: ignore[valid-type]

    @property
    def label(self) -> str:
        """The name pages show: the 全称 when there is one."""
        return self.full_name or self.name
