"""机构职能 of one organisation (条例 第二十条第（二）项): functions, internal bodies, heads, contacts.

Part of an organizations.yaml entry; every field is optional, so the registry of 发布机构 and
责任单位 stays valid as it is. A head who left keeps a dated entry (``until``), so changes of
负责人 leave a history.
"""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from .base import Strict, Text, rule_error


class Department(Strict):
    """内设机构."""

    name: Text = Field(title="名称")
    functions: str | None = Field(None, title="职责")


class Leader(Strict):
    """负责人: current while ``until`` is empty (or not yet reached)."""

    name: Text = Field(title="姓名")
    title: Text = Field(title="职务")
    duties: str | None = Field(None, title="分工")
    since: dt.date | None = Field(None, title="任职日期")
    until: dt.date | None = Field(None, title="离任日期")
    sample: bool = Field(False, title="示例")

    @model_validator(mode="after")
    def _dates_in_order(self) -> Leader:
        if self.since and self.until and self.until < self.since:
            raise rule_error(
                f"离任日期 {self.until} 早于任职日期 {self.since}", "until before since", "org.leader-dates"
            )
        return self


PROFILE_FIELDS = (
    "functions",
    "departments",
    "leaders",
    "address",
    "hours",
    "phone",
    "fax",
    "email",
    "postcode",
    "website",
)
"""The 机构职能 fields of an organisation; ``sample_fields`` names any of them."""
