"""Year-over-year charts for the 年度报告 list, drawn at build time as SVG shapes.

Horizontal bars with the year and the number written beside each bar, so a chart reads without
colour; the outcome chart also tells its parts apart by pattern. Every chart carries a one-line
text summary and a data table (the text/table alternative). No JavaScript.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from .. import catalog
from ..models.figures import BLANK, Figure
from ..models.reports import Report, Report2019
from .tables import layout, result_groups, shown

# viewBox units: on a 375px phone the chart is drawn at about 0.95 of this, so text is ~17px;
# the text is 18 units, the 关怀模式 minimum the audit measures.
WIDTH = 360
LEFT = 66  # year labels
RIGHT = 80  # numbers after the bars
BAR = 24
GAP = 12
FONT = 18
INK = "#1a1a1a"
RED = "#9e1b1b"
GREY = "#4a4a4a"


@dataclass(frozen=True, slots=True)
class Pattern:
    """A fill: solid colour, or stripes of ``color`` on white at ``angle`` degrees."""

    id: str
    color: str
    angle: int = 0
    stripes: bool = False

    @property
    def fill(self) -> str:
        return f"url(#{self.id})" if self.stripes else self.color


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float
    text: str
    anchor: str = "start"


@dataclass(frozen=True, slots=True)
class Chart:
    id: str
    title: str
    summary: str
    height: int
    rects: tuple[Rect, ...]
    labels: tuple[Label, ...]
    patterns: tuple[Pattern, ...]
    legend: tuple[tuple[Pattern, str], ...]
    table_head: tuple[str, ...]
    table_rows: tuple[tuple[str, ...], ...]

    width: int = WIDTH
    font: int = FONT
    ink: str = INK


def _r(value: float) -> float:
    return round(value, 1)


def _scale(values: Sequence[Figure]) -> float:
    return (WIDTH - LEFT - RIGHT) / max(max((float(v.value) for v in values), default=0), 1)


def added(*cells: Figure) -> Figure:
    """The sum of report cells; blank only when every one of them is blank."""
    if all(c.blank for c in cells):
        return BLANK
    total = sum((c.value for c in cells), Decimal(0))
    return Figure(str(total), total)


def _n(value: Figure) -> str:
    """A number beside a bar: 「12 件」, or 「空白」 where the report left the cell blank."""
    return f"{value.text} 件" if value.text else "空白"


def outcome_groups(report: Report | Report2019) -> list[tuple[str, Figure]]:
    """表三 办理结果 per group (（一）…（六）), 总计 column, in every layout."""
    out = []
    for group, rows in result_groups(layout(report)):
        if group.startswith("（七）"):
            continue
        out.append((group.split("（区分")[0][3:], added(*(getattr(report.applications, key)[6] for key, _ in rows))))
    return out


def new_applications_chart(reports: Sequence[Report | Report2019]) -> Chart:
    values = [r.applications.new[6] for r in reports]
    scale = _scale(values)
    rects, labels = [], []
    for i, (report, value) in enumerate(zip(reports, values, strict=True)):
        y = 8 + i * (BAR + GAP)
        width = _r(float(value.value) * scale)
        rects.append(Rect(LEFT, y, width, BAR, RED))
        labels += [
            Label(LEFT - 8, y + 18, f"{report.year}年", "end"),
            Label(_r(LEFT + width + 6), y + 18, _n(value)),
        ]
    summary = "；".join(f"{r.year}年 {_n(v)}" for r, v in zip(reports, values, strict=True))
    return Chart(
        "ch-new",
        "本年新收政府信息公开申请数量",
        f"新收申请：{summary}。",
        8 + len(reports) * (BAR + GAP),
        tuple(rects),
        tuple(labels),
        (),
        (),
        ("年度", "本年新收", "上年结转", "结转下年度继续办理"),
        tuple(
            (
                f"{r.year}年",
                shown(r.applications.new[6]),
                shown(r.applications.carried_over[6]),
                shown(r.applications.carried_forward[6]),
            )
            for r in reports
        ),
    )


OUTCOME_FILLS = (
    Pattern("pt-1", RED),
    Pattern("pt-2", RED, 45, True),
    Pattern("pt-3", GREY),
    Pattern("pt-4", GREY, -45, True),
    Pattern("pt-5", RED, 0, True),
    Pattern("pt-6", GREY, 90, True),
)


def outcomes_chart(reports: Sequence[Report | Report2019]) -> Chart:
    """Stacked bars of 办理结果 per year; parts in the legend's order, told apart by pattern."""
    groups = [outcome_groups(r) for r in reports]
    totals = [added(*(v for _, v in g)) for g in groups]
    scale = _scale(totals)
    rects, labels = [], []
    for i, (report, parts, total) in enumerate(zip(reports, groups, totals, strict=True)):
        y = 8 + i * (BAR + GAP)
        x = float(LEFT)
        for (_, value), pattern in zip(parts, OUTCOME_FILLS, strict=True):
            if value.value:
                rects.append(Rect(_r(x), y, _r(float(value.value) * scale), BAR, pattern.fill))
                x += float(value.value) * scale
        labels += [Label(LEFT - 8, y + 18, f"{report.year}年", "end"), Label(_r(x + 6), y + 18, _n(total))]
    names = [name for name, _ in groups[0]] if groups else []
    summary = "；".join(
        f"{r.year}年共 {_n(t)}，其中" + "、".join(f"{n} {shown(v)}" for n, v in g)
        for r, t, g in zip(reports, totals, groups, strict=True)
    )
    return Chart(
        "ch-results",
        "本年度办理结果",
        f"办理结果：{summary}。",
        8 + len(reports) * (BAR + GAP),
        tuple(rects),
        tuple(labels),
        OUTCOME_FILLS,
        tuple(zip(OUTCOME_FILLS, names, strict=True)),
        ("年度", *names, "合计"),
        tuple(
            (f"{r.year}年", *(shown(v) for _, v in g), shown(t))
            for r, t, g in zip(reports, totals, groups, strict=True)
        ),
    )


REVIEW_FILLS = (Pattern("pr-1", RED), Pattern("pr-2", GREY, 45, True))


def reviews_chart(reports: Sequence[Report | Report2019]) -> Chart:
    """Two bars per year: 行政复议 and 行政诉讼 (直接起诉 + 复议后起诉), each named beside its number."""
    pairs = [
        (r.reviews.reconsideration[4], added(r.reviews.lawsuit_direct[4], r.reviews.lawsuit_after_reconsideration[4]))
        for r in reports
    ]
    scale = _scale([v for pair in pairs for v in pair])
    bar, step = 20, 2 * 20 + 4 + 14
    rects, labels = [], []
    for i, (report, pair) in enumerate(zip(reports, pairs, strict=True)):
        y0 = 8 + i * step
        labels.append(Label(LEFT - 8, y0 + 28, f"{report.year}年", "end"))
        for j, (value, pattern, name) in enumerate(zip(pair, REVIEW_FILLS, ("复议", "诉讼"), strict=True)):
            y = y0 + j * (bar + 4)
            width = _r(float(value.value) * scale)
            rects.append(Rect(LEFT, y, width, bar, pattern.fill))
            labels.append(Label(_r(LEFT + width + 6), y + 16, f"{name} {shown(value)}"))
    summary = "；".join(
        f"{r.year}年行政复议 {_n(a)}、行政诉讼 {_n(b)}" for r, (a, b) in zip(reports, pairs, strict=True)
    )
    rows = tuple(
        (
            f"{r.year}年",
            shown(r.reviews.reconsideration[4]),
            shown(r.reviews.reconsideration[1]),
            shown(b),
            shown(added(r.reviews.lawsuit_direct[1], r.reviews.lawsuit_after_reconsideration[1])),
        )
        for r, (_, b) in zip(reports, pairs, strict=True)
    )
    return Chart(
        "ch-reviews",
        "政府信息公开行政复议、行政诉讼",
        f"复议和诉讼：{summary}。",
        8 + len(reports) * step,
        tuple(rects),
        tuple(labels),
        REVIEW_FILLS,
        tuple(zip(REVIEW_FILLS, (catalog.REVIEW_RECONSIDERATION, catalog.REVIEW_LITIGATION), strict=True)),
        ("年度", "行政复议", "其中结果纠正", "行政诉讼", "其中结果纠正"),
        rows,
    )


def report_charts(reports: Sequence[Report | Report2019]) -> list[Chart]:
    """The three charts over the years that have tables, oldest first; none without data."""
    ordered = sorted(reports, key=lambda r: r.year)
    if not ordered:
        return []
    return [new_applications_chart(ordered), outcomes_chart(ordered), reviews_chart(ordered)]
