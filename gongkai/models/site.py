"""site.yaml and the registry of organisations."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from ..errors import did_you_mean
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
        # With org, link completes the office from organizations.yaml and checks it then (office.py).
        if self.org is not None:
            return self
        missing = [OFFICE_TITLES[f] for f in OFFICE_REQUIRED if getattr(self, f) is None]
        if missing:
            raise rule_error(
                f"政府信息公开工作机构缺少：{'、'.join(missing)}（条例第十二条），或用 org 指向机构名录中的机构",
                f"office lacks {missing}",
                "site.office-incomplete",
            )
        if not internet_contact(self):
            raise rule_error(INTERNET_CONTACT_ZH, INTERNET_CONTACT_EN, "site.office-internet-contact")
        return self


OFFICE_REQUIRED = ("address", "postcode", "hours", "phone", "fax")
"""What 条例 第十二条 requires of the office besides its name and a 互联网联系方式."""
OFFICE_TITLES = {
    "address": "办公地址",
    "postcode": "邮政编码",
    "hours": "办公时间",
    "phone": "联系电话",
    "fax": "传真",
    "email": "电子邮箱",
    "website": "网站",
}
# 条例 第十二条 lists a 互联网联系方式 among the guide's elements (standards.md §2.1).
INTERNET_CONTACT_ZH = "政府信息公开工作机构须有互联网联系方式：填写 email（电子邮箱）或 website（网站）"
INTERNET_CONTACT_EN = "office needs an e-mail address or a website"


def internet_contact(office: Office) -> bool:
    """The office has an e-mail address or a website."""
    return bool(office.email or office.website)


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
            raise rule_error(
                f"登记号格式不是有效的正则表达式：{exc}", f"invalid pattern: {exc}", "site.register-pattern"
            ) from None
        if not matches:
            raise rule_error(
                f"登记号示例 “{self.example}” 不符合登记号格式 {self.pattern}",
                "example does not match pattern",
                "site.register-example",
            )
        return self


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
    register_no: RegisterFormat | None = Field(None, title="统一登记号格式")
    office: Office = Field(title="政府信息公开工作机构")
    online_application_url: str | None = Field(None, title="在线申请网址")
    """The office's own online application service; the guide links to it only when it is set."""
    sample_fields: tuple[str, ...] = Field((), title="示例字段")
    privacy_exceptions: tuple[PrivacyException, ...] = Field((), title="隐私检查例外")

    @field_validator("online_application_url")
    @classmethod
    def _online_application(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"https://[^\s/]+\.[^\s/]+(?:/\S*)?", value):
            raise rule_error(
                f"在线申请网址 “{value}” 应为以 https:// 开头的完整网址，如 “https://www.example.gov.cn/ysqgk/”",
                f"online application url {value!r} must be an https URL",
            )
        return value

    @field_validator("sample_fields")
    @classmethod
    def _sample_paths(cls, paths: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        # A misspelt path would silently drop the 示例 mark from every page.
        known = _field_paths(cls) - {"sample_fields"}
        for path in paths:
            if path not in known:
                raise rule_error(
                    f"示例字段 “{path}” 不是 site.yaml 的字段{did_you_mean(path, sorted(known))}",
                    f"sample field {path!r} is not a site.yaml field",
                )
            head, *rest = path.split(".")
            if head not in info.data:
                continue  # that field failed its own validation, already reported
            value = info.data[head]
            for part in rest:
                value = getattr(value, part)
            if value is None:
                raise rule_error(
                    f"示例字段 “{path}” 在 site.yaml 中没有填写，不必列为示例",
                    f"sample field {path!r} is empty",
                )
        return paths


def _field_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Dotted paths of every field, nested models included (office.phone)."""
    out = set()
    for name, info in model.model_fields.items():
        out.add(prefix + name)
        if isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel):
            out |= _field_paths(info.annotation, f"{prefix}{name}.")
    return out


class Organization(Strict):
    """One entry of the registry of 发布机构 and 责任单位, with its 机构职能 (all optional)."""

    id: Slug = Field(title="机构标识")
    name: Text = Field(title="名称")
    full_name: str | None = Field(None, title="全称")
    aliases: tuple[Text, ...] = Field((), title="别名")
    credit_code: str | None = Field(None, title="统一社会信用代码")
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
