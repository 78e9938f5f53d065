"""政府信息公开工作年度报告 (国办公开办函〔2021〕30号 format, standards.md §3)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag

from .base import Strict, Text
from .documents import Attachment

Count = Annotated[int, Field(ge=0, strict=True)]
ApplicantRow = Annotated[tuple[Count, ...], Field(min_length=7, max_length=7)]
ReviewRow = Annotated[tuple[Count, ...], Field(min_length=5, max_length=5)]


class IssuedCounts(Strict):
    issued: Count = Field(title="本年制发件数")
    repealed: Count = Field(title="本年废止件数")
    current: Count = Field(title="现行有效件数")


class ProactiveTable(Strict):
    """表二 主动公开政府信息情况."""

    regulations: IssuedCounts = Field(title="规章")
    normative_documents: IssuedCounts = Field(title="行政规范性文件")
    licensing: Count = Field(title="行政许可")
    penalty: Count = Field(title="行政处罚")
    enforcement: Count = Field(title="行政强制")
    fees: Annotated[float, Field(ge=0)] = Field(title="行政事业性收费（万元）")


class ApplicationTable(Strict):
    """表三 收到和处理政府信息公开申请情况: 25 rows × 7 applicant columns."""

    new: ApplicantRow = Field(title="一、本年新收政府信息公开申请数量")
    carried_over: ApplicantRow = Field(title="二、上年结转政府信息公开申请数量")
    granted: ApplicantRow = Field(title="（一）予以公开")
    partial: ApplicantRow = Field(title="（二）部分公开")
    refused_state_secret: ApplicantRow = Field(title="（三）1.属于国家秘密")
    refused_prohibited: ApplicantRow = Field(title="（三）2.其他法律行政法规禁止公开")
    refused_security: ApplicantRow = Field(title="（三）3.危及“三安全一稳定”")
    refused_third_party: ApplicantRow = Field(title="（三）4.保护第三方合法权益")
    refused_internal: ApplicantRow = Field(title="（三）5.属于三类内部事务信息")
    refused_process: ApplicantRow = Field(title="（三）6.属于四类过程性信息")
    refused_enforcement_file: ApplicantRow = Field(title="（三）7.属于行政执法案卷")
    refused_query: ApplicantRow = Field(title="（三）8.属于行政查询事项")
    unable_not_held: ApplicantRow = Field(title="（四）1.本机关不掌握相关政府信息")
    unable_need_create: ApplicantRow = Field(title="（四）2.没有现成信息需要另行制作")
    unable_unclear: ApplicantRow = Field(title="（四）3.补正后申请内容仍不明确")
    rejected_petition: ApplicantRow = Field(title="（五）1.信访举报投诉类申请")
    rejected_repeat: ApplicantRow = Field(title="（五）2.重复申请")
    rejected_publication: ApplicantRow = Field(title="（五）3.要求提供公开出版物")
    rejected_excessive: ApplicantRow = Field(title="（五）4.无正当理由大量反复申请")
    rejected_confirm: ApplicantRow = Field(title="（五）5.要求行政机关确认或重新出具已获取信息")
    other_no_correction: ApplicantRow = Field(title="（六）1.逾期不补正")
    other_no_fee: ApplicantRow = Field(title="（六）2.逾期未缴纳费用")
    other: ApplicantRow = Field(title="（六）3.其他")
    total: ApplicantRow = Field(title="（七）总计")
    carried_forward: ApplicantRow = Field(title="四、结转下年度继续办理")


class ReviewTable(Strict):
    """表四 行政复议、行政诉讼情况: 3 groups × 5 columns."""

    reconsideration: ReviewRow = Field(title="行政复议")
    lawsuit_direct: ReviewRow = Field(title="未经复议直接起诉")
    lawsuit_after_reconsideration: ReviewRow = Field(title="复议后起诉")


class Report(Strict):
    """政府信息公开工作年度报告 in the 2021 national format."""

    year: int = Field(ge=2008, le=2100, title="年度")
    format: Literal["2021"] = Field(title="格式")
    title: str | None = Field(None, title="标题")
    published: dt.date = Field(title="发布日期")
    overview: Text = Field(title="一、总体情况")
    proactive: ProactiveTable = Field(title="二、主动公开政府信息情况")
    applications: ApplicationTable = Field(title="三、收到和处理政府信息公开申请情况")
    reviews: ReviewTable = Field(title="四、政府信息公开行政复议、行政诉讼情况")
    problems: Text = Field(title="五、存在的主要问题及改进情况")
    other: Text = Field(title="六、其他需要报告的事项")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


class FreeReport(Strict):
    """An older report kept as free text (format: free)."""

    year: int = Field(ge=2008, le=2100, title="年度")
    format: Literal["free"] = Field(title="格式")
    title: str | None = Field(None, title="标题")
    published: dt.date = Field(title="发布日期")
    body: Text = Field(title="正文")
    attachments: tuple[Attachment, ...] = Field((), title="附件")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


def _report_kind(value: Any) -> str:
    fmt = value.get("format") if isinstance(value, dict) else getattr(value, "format", None)
    return "§free" if fmt == "free" else "§2021"


AnyReport = Annotated[
    Annotated[Report, Tag("§2021")] | Annotated[FreeReport, Tag("§free")],
    Discriminator(_report_kind),
]
