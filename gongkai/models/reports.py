"""政府信息公开工作年度报告: the 2021 format, the 2019 trial format and free-form reports.

Formats: 国办公开办函〔2021〕30号 (standards.md §3.1–§3.4), 国办公开办函〔2019〕60号 (§3.6).
Every table cell is checked here, one error per cell naming table, row, column, what was
expected and what was written (rules R6/R7 of §3.5), and kept as a ``Figure``: the text as
written and its exact value. A missing cell is an error; a cell the editor writes blank
(``~`` or ``""``) stays blank on the page and counts as 0 only in the arithmetic (R6).
Which rows （六）其他处理 has (three, or one as printed in many reports) and the arithmetic
across cells (R1–R5) are checked in gongkai/reports/table_checks.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import InitErrorDetails, PydanticCustomError

from .. import catalog
from ..errors import did_you_mean
from .base import Strict, Text
from .documents import Attachment
from .figures import Figure, how_to_fix, read_figure, shown

# The editor schema (build.py schema) describes what a cell may be written as; the build reads it
# into a Figure. A cell written as ~ or "" is blank, counted as 0 only in the arithmetic (R6).
_BLANK: list[dict[str, Any]] = [{"type": "null"}, {"const": ""}]
_COUNT_JSON: dict[str, Any] = {"anyOf": [{"type": "integer", "minimum": 0}, *_BLANK]}
Count = Annotated[Figure, WithJsonSchema(_COUNT_JSON)]
Signed = Annotated[Figure, WithJsonSchema({"anyOf": [{"type": "integer"}, *_BLANK]})]
Amount = Annotated[Figure, WithJsonSchema({"anyOf": [{"type": "number", "minimum": 0}, *_BLANK]})]


def _row_json(columns: int) -> WithJsonSchema:
    return WithJsonSchema({"type": "array", "items": _COUNT_JSON, "minItems": columns, "maxItems": columns})


_EXPECTED = {
    "count": "不小于 0 的整数",
    "signed": "整数（减少写负数，如 -2）",
    "amount": "不小于 0 的数",
}


def _error(zh: str, en: str, code: str = "report.cell") -> PydanticCustomError:
    # The message goes in through the context so braces in an editor's value stay as written.
    return PydanticCustomError("gongkai", "{zh}", {"zh": zh, "en": en, "code": code})


def _cell_error(where: str, column: str, value: Any, kind: str) -> PydanticCustomError:
    return _error(
        f"{where} / {column}：应为{_EXPECTED[kind]}{how_to_fix(value)}，填写为 {shown(value)}",
        f"{where} / {column}: expected {kind}, got {value!r}",
    )


def _raise(errors: list[tuple[tuple[int | str, ...], PydanticCustomError, Any]]) -> None:
    if errors:
        raise ValidationError.from_exception_data(
            "report", [InitErrorDetails(type=err, loc=loc, input=value) for loc, err, value in errors]
        )


def _row_checker(table: str, columns: tuple[str, ...], labels: Mapping[str, str]) -> BeforeValidator:
    """A list row of ``columns`` counts (表三, 表四): every cell present and a count (R6)."""

    def check(value: Any, info: ValidationInfo) -> Any:
        where = f"{table} {labels.get(info.field_name or '', info.field_name)}"
        names = "、".join(columns)
        if not isinstance(value, list | tuple):
            raise _error(
                f"{where}：应为 {len(columns)} 个数的列表 [{names}]，填写为 {shown(value)}",
                f"{where}: expected a list of {len(columns)} numbers",
            )
        if len(value) != len(columns):
            fix = "请删去多余的格" if len(value) > len(columns) else "缺格不按 0 计，请补全，没有的数写 0"
            raise _error(
                f"{where}：应有 {len(columns)} 格（{names}），填写了 {len(value)} 格；{fix}",
                f"{where}: expected {len(columns)} cells, got {len(value)}",
            )
        cells = [read_figure(v, "count") for v in value]
        _raise(
            [
                ((i,), _cell_error(where, col, v, "count"), v)
                for i, (col, v, n) in enumerate(zip(columns, value, cells, strict=True))
                if n is None
            ]
        )
        return tuple(cells)

    return BeforeValidator(check)


def _sections(
    sections: tuple[catalog.ProactiveSection, ...],
) -> dict[str, tuple[str, str, tuple[catalog.ProactiveColumn, ...]]]:
    """Row key of 表二 → (article, row label, columns)."""
    return {key: (article, label, columns) for article, columns, rows in sections for key, label in rows}


def _proactive_checker(sections: tuple[catalog.ProactiveSection, ...]) -> BeforeValidator:
    """One row of 表二: a number, or a mapping of named cells (R7)."""
    rows = _sections(sections)

    def check(value: Any, info: ValidationInfo) -> Any:
        article, label, columns = rows[info.field_name or ""]
        where = f"表二 {article} {label}"
        if len(columns) == 1 and columns[0][0] == "":
            _, header, kind = columns[0]
            figure = read_figure(value, kind)
            if figure is None:
                raise _cell_error(where, header, value, kind)
            return figure
        keys = [key for key, _, _ in columns]
        if not isinstance(value, dict):
            form = "、".join(f"{key}: 0" for key in keys)
            raise _error(
                f"{where}：应写作 {{{form}}}（{'、'.join(h for _, h, _ in columns)}），填写为 {shown(value)}",
                f"{where}: expected a mapping of {', '.join(keys)}",
            )
        errors: list[tuple[tuple[int | str, ...], PydanticCustomError, Any]] = []
        out: dict[str, Any] = {}
        for key in value:
            if key not in keys:
                errors.append(
                    (
                        (key,),
                        _error(
                            f"{where}：未知字段 “{key}”{did_you_mean(str(key), keys)}（可用：{'、'.join(keys)}）",
                            f"{where}: unknown key {key!r}",
                        ),
                        value[key],
                    )
                )
        for key, header, kind in columns:
            if key not in value:
                errors.append(
                    (
                        (),
                        _error(
                            f"{where} / {header}：缺少此格（{key}），没有的数请写 0",
                            f"{where} / {header}: missing {key}",
                        ),
                        value,
                    )
                )
                continue
            figure = read_figure(value[key], kind)
            if figure is None:
                errors.append(((key,), _cell_error(where, header, value[key], kind), value[key]))
            out[key] = figure
        _raise(errors)
        return out

    return BeforeValidator(check)


def _format_checker(expected: str) -> BeforeValidator:
    def check(value: Any) -> Any:
        text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        if text != expected:
            raise _error(
                f"报告格式 {shown(value)} 不存在，应为 “2021”（国办公开办函〔2021〕30号）、"
                "“2019”（国办公开办函〔2019〕60号试行格式）或 free（早年自由格式）",
                f"unknown report format {value!r}",
                "report.format",
            )
        return text

    # Unquoted `format: 2021` is read as a number and accepted; the editor schema says so too.
    return BeforeValidator(check, json_schema_input_type=Literal[expected, int(expected)])


# ---------------------------------------------------------------- 表二 主动公开政府信息情况

_P21 = _proactive_checker(catalog.PROACTIVE_SECTIONS)
_P19 = _proactive_checker(catalog.PROACTIVE_SECTIONS_2019)


def _p_title(sections: tuple[catalog.ProactiveSection, ...], key: str) -> str:
    article, label, _ = _sections(sections)[key]
    return f"表二 {article} {label}"


class IssuedCounts(Strict):
    """表二 第二十条第（一）项, 2021 format."""

    issued: Count = Field(title="本年制发件数")
    repealed: Count = Field(title="本年废止件数")
    current: Count = Field(title="现行有效件数")


class ProactiveTable(Strict):
    """表二 主动公开政府信息情况 (2021 format, standards.md §3.2)."""

    regulations: Annotated[IssuedCounts, _P21] = Field(title=_p_title(catalog.PROACTIVE_SECTIONS, "regulations"))
    normative_documents: Annotated[IssuedCounts, _P21] = Field(
        title=_p_title(catalog.PROACTIVE_SECTIONS, "normative_documents")
    )
    licensing: Annotated[Count, _P21] = Field(title=_p_title(catalog.PROACTIVE_SECTIONS, "licensing"))
    penalty: Annotated[Count, _P21] = Field(title=_p_title(catalog.PROACTIVE_SECTIONS, "penalty"))
    enforcement: Annotated[Count, _P21] = Field(title=_p_title(catalog.PROACTIVE_SECTIONS, "enforcement"))
    fees: Annotated[Amount, _P21] = Field(title=_p_title(catalog.PROACTIVE_SECTIONS, "fees"))


class MadeCounts2019(Strict):
    """表二 第二十条第（一）项, 2019 trial format."""

    made: Count = Field(title="本年新制作数量")
    published: Count = Field(title="本年新公开数量")
    total: Count = Field(title="对外公开总数量")


class ServiceCounts2019(Strict):
    """表二 第二十条第（五）（六）项, 2019 trial format."""

    previous: Count = Field(title="上一年项目数量")
    change: Signed = Field(title="本年增/减")
    decisions: Count = Field(title="处理决定数量")


class FeeCounts2019(Strict):
    """表二 第二十条第（八）项, 2019 trial format."""

    previous: Count = Field(title="上一年项目数量")
    change: Signed = Field(title="本年增/减")


class Procurement2019(Strict):
    """表二 第二十条第（九）项, 2019 trial format."""

    projects: Count = Field(title="采购项目数量")
    amount: Amount = Field(title="采购总金额")


def _p19(key: str) -> Any:
    return Field(title=_p_title(catalog.PROACTIVE_SECTIONS_2019, key))


class ProactiveTable2019(Strict):
    """表二 主动公开政府信息情况 (2019 trial format, standards.md §3.6)."""

    regulations: Annotated[MadeCounts2019, _P19] = _p19("regulations")
    normative_documents: Annotated[MadeCounts2019, _P19] = _p19("normative_documents")
    licensing: Annotated[ServiceCounts2019, _P19] = _p19("licensing")
    other_services: Annotated[ServiceCounts2019, _P19] = _p19("other_services")
    penalty: Annotated[ServiceCounts2019, _P19] = _p19("penalty")
    enforcement: Annotated[ServiceCounts2019, _P19] = _p19("enforcement")
    fees: Annotated[FeeCounts2019, _P19] = _p19("fees")
    procurement: Annotated[Procurement2019, _P19] = _p19("procurement")


# ---------------------------------------------------------------- 表三 收到和处理政府信息公开申请情况

_COLS = catalog.APPLICANT_COLUMNS
ApplicantRow = Annotated[
    tuple[Figure, ...], _row_json(len(_COLS)), _row_checker("表三", _COLS, catalog.APPLICATION_ROW_LABELS)
]
ApplicantRow2019 = Annotated[
    tuple[Figure, ...], _row_json(len(_COLS)), _row_checker("表三", _COLS, catalog.APPLICATION_ROW_LABELS_2019)
]


def _a(key: str, fmt: str = "2021", **default: Any) -> Any:
    labels = catalog.APPLICATION_ROW_LABELS if fmt == "2021" else catalog.APPLICATION_ROW_LABELS_2019
    return Field(title=f"表三 {labels[key]}", **default)


class ApplicationTable(Strict):
    """表三 (2021 format): 25 rows × 7 applicant columns, each row [自然人 … 其他, 总计].

    （六）其他处理 is either its three rows or, as many published reports print it, the one row
    ``other_processing``; table_checks.py requires exactly one of the two forms and names them.
    Unknown rows are reported there too, so that no suggestion turns the （六） total into 「3.其他」.
    """

    model_config = ConfigDict(frozen=True, extra="allow", str_strip_whitespace=True)

    new: ApplicantRow = _a("new")
    carried_over: ApplicantRow = _a("carried_over")
    granted: ApplicantRow = _a("granted")
    partial: ApplicantRow = _a("partial")
    refused_state_secret: ApplicantRow = _a("refused_state_secret")
    refused_prohibited: ApplicantRow = _a("refused_prohibited")
    refused_security: ApplicantRow = _a("refused_security")
    refused_third_party: ApplicantRow = _a("refused_third_party")
    refused_internal: ApplicantRow = _a("refused_internal")
    refused_process: ApplicantRow = _a("refused_process")
    refused_enforcement_file: ApplicantRow = _a("refused_enforcement_file")
    refused_query: ApplicantRow = _a("refused_query")
    unable_not_held: ApplicantRow = _a("unable_not_held")
    unable_need_create: ApplicantRow = _a("unable_need_create")
    unable_unclear: ApplicantRow = _a("unable_unclear")
    rejected_petition: ApplicantRow = _a("rejected_petition")
    rejected_repeat: ApplicantRow = _a("rejected_repeat")
    rejected_publication: ApplicantRow = _a("rejected_publication")
    rejected_excessive: ApplicantRow = _a("rejected_excessive")
    rejected_confirm: ApplicantRow = _a("rejected_confirm")
    other_no_correction: ApplicantRow | None = _a("other_no_correction", default=None)
    other_no_fee: ApplicantRow | None = _a("other_no_fee", default=None)
    other: ApplicantRow | None = _a("other", default=None)
    other_processing: ApplicantRow | None = _a("other_processing", default=None)
    total: ApplicantRow = _a("total")
    carried_forward: ApplicantRow = _a("carried_forward")

    def rows(self) -> dict[str, tuple[Figure, ...]]:
        """The known rows written, by key."""
        return {key: row for key in type(self).model_fields if (row := getattr(self, key)) is not None}

    def unknown(self) -> tuple[str, ...]:
        """Keys that name no row of 表三 (kept unvalidated; reported by table_checks.py)."""
        return tuple(self.model_extra or ())


class ApplicationTable2019(ApplicationTable):
    """表三 (2019 trial format): as 2021, but （六）其他处理 is the single row ``other``."""

    other: ApplicantRow2019 | None = _a("other", "2019", default=None)


# ---------------------------------------------------------------- 表四 行政复议、行政诉讼情况

ReviewRow = Annotated[
    tuple[Figure, ...],
    _row_json(len(catalog.REVIEW_RESULT_COLUMNS)),
    _row_checker("表四", catalog.REVIEW_RESULT_COLUMNS, catalog.REVIEW_ROW_LABELS),
]


class ReviewTable(Strict):
    """表四: 3 groups × [结果维持, 结果纠正, 其他结果, 尚未审结, 总计] (both formats)."""

    reconsideration: ReviewRow = Field(title="表四 行政复议")
    lawsuit_direct: ReviewRow = Field(title="表四 行政诉讼 未经复议直接起诉")
    lawsuit_after_reconsideration: ReviewRow = Field(title="表四 行政诉讼 复议后起诉")

    def rows(self) -> dict[str, tuple[Figure, ...]]:
        return {key: getattr(self, key) for key in type(self).model_fields}


# ---------------------------------------------------------------- the reports


class _ReportBase(Strict):
    """Fields of every report: what it is, where the official original is, who signed it."""

    year: int = Field(ge=2008, le=2100, title="年度")
    title: str | None = Field(None, title="标题")
    published: dt.date = Field(title="发布日期")
    url: Annotated[str, Field(pattern=r"^https?://\S+$")] | None = Field(None, title="官方原文链接")
    signature: str | None = Field(None, title="落款")
    signed: dt.date | None = Field(None, title="落款日期")
    attachments: tuple[Attachment, ...] = Field((), title="附件")
    sample: bool = Field(False, title="示例")
    sample_note: str | None = Field(None, title="示例说明")


class _TabledReport(_ReportBase):
    """Fields shared by the two tabled formats: the 引言 and the six parts (standards.md §3.1)."""

    intro: str | None = Field(None, title="引言")
    overview: Text = Field(title="一、总体情况")
    reviews: ReviewTable = Field(title="四、政府信息公开行政复议、行政诉讼情况")
    problems: Text = Field(title="五、存在的主要问题及改进情况")
    other: Text = Field(title="六、其他需要报告的事项")
    plan_progress: bool = Field(False, title="在第六部分列出本站本年度政务公开工作要点的落实情况")
    compare_documents: bool = Field(True, title="用本站文件核对表二第二十条第（一）项")
    cross_year_note: str | None = Field(None, title="与上年度数字不衔接的说明")


class Report(_TabledReport):
    """政府信息公开工作年度报告 in the 2021 national format (国办公开办函〔2021〕30号)."""

    format: Annotated[Literal["2021"], _format_checker("2021")] = Field(title="格式")
    proactive: ProactiveTable = Field(title="二、主动公开政府信息情况")
    applications: ApplicationTable = Field(title="三、收到和处理政府信息公开申请情况")


class Report2019(_TabledReport):
    """A report in the 2019 trial format (国办公开办函〔2019〕60号), used for 2019 and 2020."""

    format: Annotated[Literal["2019"], _format_checker("2019")] = Field(title="格式")
    proactive: ProactiveTable2019 = Field(title="二、主动公开政府信息情况")
    applications: ApplicationTable2019 = Field(title="三、收到和处理政府信息公开申请情况")


class FreeReport(_ReportBase):
    """An older report kept as free text (format: free), with its PDF or scan attached."""

    format: Literal["free"] = Field(title="格式")
    body: Text = Field(title="正文")


TabledReport = Report | Report2019


def _report_kind(value: Any) -> str:
    fmt = value.get("format") if isinstance(value, dict) else getattr(value, "format", None)
    fmt = str(fmt) if isinstance(fmt, int) and not isinstance(fmt, bool) else fmt
    return {"free": "§free", "2019": "§2019"}.get(fmt, "§2021") if isinstance(fmt, str) else "§2021"


AnyReport = Annotated[
    Annotated[Report, Tag("§2021")] | Annotated[Report2019, Tag("§2019")] | Annotated[FreeReport, Tag("§free")],
    Discriminator(_report_kind),
]
