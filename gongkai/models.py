"""The content schema: one frozen pydantic model per kind of YAML file.

Field titles are the Chinese names editors know; they appear in error messages. Rules that
concern one value live here as validators; rules across fields or files live in validate.py
and link.py.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
)
from pydantic_core import PydanticCustomError

from . import catalog

SLUG = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"

# GB/T 9704-2012 §7.2.5 (standards.md §6.3): 机关代字 + 〔YYYY〕 + 序号 without 第 or leading 0 + 号.
DOC_NUMBER = re.compile(r"^[\u4e00-\u9fa5A-Za-z（）()]+〔\d{4}〕[1-9]\d*号$")
WRONG_BRACKETS = re.compile(r"[\[【(（](\d{4})[\]】)）]")


def rule_error(zh: str, en: str) -> PydanticCustomError:
    """A validation error whose message is Chinese, with the English kept in the context."""
    return PydanticCustomError("gongkai", zh, {"en": en})


class Strict(BaseModel):
    """Base: frozen, unknown keys rejected, no silent coercion of text to numbers."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


Text = Annotated[str, Field(min_length=1)]
Slug = Annotated[str, Field(pattern=SLUG, max_length=80)]
# A reference to an organisation id; checked against the registry in link.py, which can then
# say "名称为 X 的机构标识是 y" when an editor writes the name instead of the id.
OrgRef = Text
OrgLevel = Literal["省级", "市级", "县级", "乡级"]


def check_doc_number(value: str | None) -> str | None:
    if value is None:
        return value
    if not DOC_NUMBER.match(value):
        fixed = WRONG_BRACKETS.sub(r"〔\1〕", value)
        hint = f"应写作 “{fixed}”" if fixed != value and DOC_NUMBER.match(fixed) else (
            "格式为 机关代字〔年份〕序号号，如 “周政办字〔2020〕27号”，年份用六角括号〔〕，序号不加“第”和前导0"
        )
        raise rule_error(
            f"发文字号 “{value}” 不符合 GB/T 9704-2012 格式：{hint}",
            f"document number {value!r} is not in GB/T 9704 form",
        )
    return value


# ---------------------------------------------------------------- site.yaml


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


class SiteConfig(Strict):
    """site.yaml: the government and the website."""

    name: Text = Field(title="机关全称")
    short_name: Text = Field(title="简称")
    base_url: Annotated[str, Field(pattern=r"^https?://[^\s]+/$")] = Field(title="网站地址")
    level: OrgLevel = Field(title="行政层级")
    credit_code: Annotated[str, Field(pattern=r"^[0-9A-HJ-NPQRTUWXY]{18}$")] = Field(
        title="统一社会信用代码"
    )
    site_id_code: Annotated[str, Field(pattern=r"^(?:\d{10}|bm\d{8})$")] = Field(
        title="政府网站标识码"
    )
    sponsor: Text = Field(title="网站主办单位")
    icp: str | None = Field(None, title="ICP备案号")
    police_record: str | None = Field(None, title="公安机关备案号")
    conac_url: Annotated[str, Field(pattern=r"^https?://")] | None = Field(
        None, title="党政机关网站标识链接"
    )
    build_date: dt.date | None = Field(None, title="构建日期")
    office: Office = Field(title="政府信息公开工作机构")
    sample_fields: tuple[str, ...] = Field((), title="示例字段")


# ---------------------------------------------------------------- organizations.yaml


class Organization(Strict):
    """One entry of the registry of 发布机构 and 责任单位."""

    id: Slug = Field(title="机构标识")
    name: Text = Field(title="名称")
    full_name: str | None = Field(None, title="全称")
    aliases: tuple[Text, ...] = Field((), title="别名")
    kind: Literal["部门", "镇街", "开发区", "上级机关", "统称", "其他"] = Field(title="类别")


# ---------------------------------------------------------------- documents


class Attachment(Strict):
    title: Text = Field(title="附件名称")
    file: str | None = Field(None, title="文件")
    plan: bool = Field(False, title="指向任务分解表")


class Document(Strict):
    """A 公文, 规范性文件 or 政策解读 (standards.md §6.1)."""

    title: Text = Field(title="标题")
    number: str | None = Field(None, title="发文字号")
    publisher: OrgRef = Field(title="发布机构")
    written: dt.date = Field(title="成文日期")
    published: dt.date | None = Field(None, title="发布日期")
    printed: dt.date | None = Field(None, title="印发日期")
    category: str = Field(title="公开类别")
    doc_type: Literal["规章", "行政规范性文件", "其他公文", "政策解读"] = Field(
        "其他公文", title="文件类型"
    )
    topic: Text = Field(title="主题分类")
    disclosure: Literal["主动公开", "依申请公开", "不予公开"] = Field("主动公开", title="公开属性")
    validity: Literal["现行有效", "已修改", "已废止", "已失效", "尚未施行"] = Field(
        "现行有效", title="有效性"
    )
    effective: dt.date | None = Field(None, title="施行日期")
    expired: dt.date | None = Field(None, title="废止/失效日期")
    replaced_by: Slug | None = Field(None, title="替代文件")
    interprets: Slug | None = Field(None, title="所解读的文件")
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
            )
        return value

    @field_validator("topic")
    @classmethod
    def _topic(cls, value: str) -> str:
        choices = catalog.topic_choices()
        if value not in choices:
            from .errors import did_you_mean

            raise rule_error(
                f"主题分类 “{value}” 不在国务院公文主题分类中，写法为 “一级\\二级”"
                + did_you_mean(value, choices),
                f"unknown topic {value!r}",
            )
        return value


# ---------------------------------------------------------------- plans

ProgressStatus = Literal["未启动", "推进中", "已完成", "长期坚持"]


class Progress(Strict):
    """One dated 落实情况 entry of a task."""

    date: dt.date = Field(title="日期")
    status: ProgressStatus = Field(title="状态")
    note: Text = Field(title="说明")
    links: tuple[Slug, ...] = Field((), title="相关文件")
    sample: bool = Field(False, title="示例")


class Assignment(Strict):
    label: Text = Field(title="分项")
    units: tuple[OrgRef, ...] = Field(min_length=1, title="责任单位")


class Task(Strict):
    """One row of a 任务分解表."""

    id: Slug | None = Field(None, title="锚点标识")
    no: Annotated[str, BeforeValidator(lambda v: str(v) if isinstance(v, int) and not isinstance(v, bool) else v)] | None = Field(None, title="序号")
    requirement: Text = Field(title="具体要求")
    units: tuple[OrgRef, ...] = Field((), title="责任单位")
    lead: tuple[OrgRef, ...] = Field((), title="牵头单位")
    support: tuple[OrgRef, ...] = Field((), title="配合单位")
    assignments: tuple[Assignment, ...] = Field((), title="分项责任单位")
    deadline: str | None = Field(None, title="完成时限")
    deadline_note: str | None = Field(None, title="完成时限说明")
    progress: tuple[Progress, ...] = Field((), title="落实情况")


class TaskGroup(Strict):
    """A merged 工作任务 cell: a heading over tasks or further groups."""

    group: Text = Field(title="工作任务")
    items: tuple[TaskNode, ...] = Field(min_length=1, title="下级任务")


def _node_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "§group" if "group" in value else "§task"
    return "§group" if isinstance(value, TaskGroup) else "§task"


TaskNode = Annotated[
    Annotated[TaskGroup, Tag("§group")] | Annotated[Task, Tag("§task")],
    Discriminator(_node_kind),
]
TaskGroup.model_rebuild()


class Plan(Strict):
    """A 政务公开工作要点 with its 任务分解表."""

    title: Text = Field(title="标题")
    year: int = Field(ge=2000, le=2100, title="年度")
    notice: Slug | None = Field(None, title="印发通知")
    publisher: OrgRef = Field(title="发布机构")
    default_deadline: str | None = Field(None, title="默认完成时限")
    default_deadline_source: str | None = Field(None, title="默认完成时限依据")
    previous: Slug | None = Field(None, title="上年度工作要点")
    table_title: Text = Field("工作任务分解表", title="任务分解表标题")
    table_columns: tuple[Text, ...] = Field((), title="表头")
    body: str | None = Field(None, title="正文")
    tasks: tuple[TaskNode, ...] = Field(min_length=1, title="任务分解表")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


# ---------------------------------------------------------------- rules and guide


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
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


# ---------------------------------------------------------------- reports

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
