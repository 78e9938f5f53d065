"""Per-file checks of tables 三 and 四: the rows of （六）其他处理 and rules R1–R5 (standards.md §3.5).

Each table is checked on its own and on every cell that can be read, so a schema error in one
row or table never hides an arithmetic error elsewhere: ``check_tables`` runs on a valid report
and, through ``check_unparsed``, on a file the schema refused. A rule is checked wherever all the
cells it adds up are numbers; a cell that is not one has its own schema error already.
All arithmetic is exact (Decimal); a blank cell counts as 0 (R6).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .. import catalog
from ..errors import ContentError, did_you_mean
from ..models.figures import Figure, read_figure
from ..source import Locator
from .tables import application_keys, layout_of, result_leaf_keys, row_labels

# A table as read: row key → its cells (None where a cell is not a number), or None for a row
# that is written but unreadable (not a list of the right length).
Rows = Mapping[str, Sequence[Figure | None] | None]

_COLS = catalog.APPLICANT_COLUMNS
_R1 = "R1：总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他。"
_R3 = "R3：（七）总计 = （一）至（六）各项办理结果之和。"
_R4 = "多出的件数可能被重复计入了几种办理结果：每件申请只计入一种结果，区分处理的只计入“（二）部分公开”（R4）。"
_R5 = "R5：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。"


def said(cell: Figure) -> str:
    """A written cell as a message quotes it."""
    return cell.text or "空白（按 0 计）"


def read_rows(value: Any, width: int) -> Rows | None:
    """A table as written in the YAML, or None when it is not a mapping of rows."""
    if not isinstance(value, dict):
        return None
    out: dict[str, Sequence[Figure | None] | None] = {}
    for key, row in value.items():
        ok = isinstance(row, list) and len(row) == width
        out[str(key)] = tuple(read_figure(v, "count") for v in row) if ok else None
    return out


def check_unparsed(data: Any, loc: Locator) -> list[ContentError]:
    """The table checks of a report file the schema refused, on every row that can be read."""
    if not isinstance(data, dict):
        return []
    fmt = str(data.get("format"))
    if fmt not in ("2021", "2019"):
        return []
    applications = read_rows(data.get("applications"), len(_COLS))
    reviews = read_rows(data.get("reviews"), len(catalog.REVIEW_RESULT_COLUMNS))
    return check_tables(fmt, applications, reviews, loc)


def check_tables(fmt: str, applications: Rows | None, reviews: Rows | None, loc: Locator) -> list[ContentError]:
    """表三 (its （六） rows, R1–R3) and 表四 (R5), each on its own."""
    out: list[ContentError] = []
    if applications is not None:
        out += check_unknown_rows(applications, loc)
        other_rows = check_other_rows(fmt, applications, loc)
        # With （六） written in neither form or in both, R3 would add up a guess: left until fixed.
        out += other_rows + check_applications(layout_of(fmt, applications), applications, loc, not other_rows)
    if reviews is not None:
        out += check_reviews(reviews, loc)
    return out


def _cells(rows: Rows, key: str) -> Sequence[Figure] | None:
    row = rows.get(key)
    if row is None or any(c is None for c in row):
        return None
    return row  # type: ignore[return-value]


def _column(rows: Rows, keys: Sequence[str], c: int) -> list[Figure] | None:
    cells = []
    for key in keys:
        row = rows.get(key)
        if row is None or row[c] is None:
            return None
        cells.append(row[c])
    return cells  # type: ignore[return-value]


def check_applications(layout: str, rows: Rows, loc: Locator, results: bool = True) -> list[ContentError]:
    """表三: R1 on every row, R3 and R2 on every applicant column.

    R2 and R3 on the 总计 column follow from R1 and the six other columns, so they are not
    repeated there: one wrong number gives one message per rule it breaks, each at that cell.
    """
    out: list[ContentError] = []
    labels = row_labels(layout)
    keys = application_keys(layout)
    stray = [k for k in (*catalog.OTHER_ROWS, catalog.OTHER_ONE_ROW) if k in rows and k not in keys]
    for key in (*keys, *stray):  # R1
        row = _cells(rows, key)
        if row is not None and sum(c.value for c in row[:6]) != row[6].value:
            added = sum(c.value for c in row[:6])
            out.append(
                loc.error(
                    ("applications", key, 6),
                    f"表三 {labels.get(key) or _LABELS[key]} / 总计：各项之和为 {added}，填写为 {said(row[6])}",
                    f"table 3 {key}/总计: the six columns add up to {added}, written {row[6].text!r}",
                    _R1,
                    code="report.r1-total",
                )
            )
    leaves = result_leaf_keys(layout)
    for c, col in enumerate(_COLS[:6]):
        parts = _column(rows, leaves, c) if results else None
        ends = _column(rows, ("new", "carried_over", "total", "carried_forward"), c)
        balanced = ends is not None and ends[0].value + ends[1].value == ends[2].value + ends[3].value
        total = rows["total"][c] if rows.get("total") is not None else None  # type: ignore[index]
        if parts is not None and total is not None:  # R3 (and R4: double counting shows here)
            added = sum(r.value for r in parts)
            if added != total.value:
                out.append(
                    loc.error(
                        ("applications", "total", c),
                        f"表三 （七）总计 / {col}：各项之和为 {added}，填写为 {said(total)}",
                        f"table 3 total/{col}: the results add up to {added}, written {total.text!r}",
                        _R3 + (_R4 if added > total.value and balanced else ""),
                        code="report.r3-results",
                    )
                )
        if ends is not None and not balanced:  # R2, printed in the form's header
            out.append(_r2(ends, c, col, labels, loc))
    return out


def _r2(ends: list[Figure], c: int, col: str, labels: Mapping[str, str], loc: Locator) -> ContentError:
    new, carried, total, forward = (f.value for f in ends)
    sides = (
        f"R2（表头注明的勾稽关系）：一、本年新收 {new} + 二、上年结转 {carried} = {new + carried}，"
        f"（七）总计 {total} + 四、结转下年度继续办理 {forward} = {total + forward}。"
    )
    if new + carried - total >= 0:
        key, expected, actual, why = "carried_forward", new + carried - total, ends[3], f"{new} + {carried} − {total}"
    else:
        key, expected, actual, why = "new", total + forward - carried, ends[0], f"{total} + {forward} − {carried}"
    return loc.error(
        ("applications", key, c),
        f"表三 {labels[key]} / {col}：按“一 + 二 = （七）总计 + 四”应为 {expected}（{why}），填写为 {said(actual)}",
        f"table 3 {key}/{col}: new + carried over must equal total + carried forward",
        sides,
        code="report.r2-balance",
    )


def check_reviews(rows: Rows, loc: Locator) -> list[ContentError]:
    """表四: R5 for 行政复议 and both kinds of 行政诉讼."""
    out = []
    for key, label in catalog.REVIEW_ROW_LABELS.items():
        row = _cells(rows, key)
        if row is not None and sum(c.value for c in row[:4]) != row[4].value:
            parts = sum(c.value for c in row[:4])
            out.append(
                loc.error(
                    ("reviews", key, 4),
                    f"表四 {label} / 总计：各项之和为 {parts}，填写为 {said(row[4])}",
                    f"table 4 {key}: the four results add up to {parts}, written {row[4].text!r}",
                    _R5,
                    code="report.r5-reviews",
                )
            )
    return out


# ---------------------------------------------------------------- （六）其他处理: three rows or one

_LABELS = catalog.APPLICATION_ROW_LABELS
_ONE = catalog.OTHER_ONE_ROW
_ONE_ROW_NAME = "印为一行的“（六）其他处理”（2019试行格式的版式，许多按2021年格式编制的报告也这样印）"
_BOTH_FORMS = (
    "照原报告的版式填写。原报告在（六）其他处理下印有“1.申请人无正当理由逾期不补正…”“2.申请人逾期未按收费通知"
    "要求缴纳费用…”“3.其他”三行时，写 other_no_correction、other_no_fee、other 三行，没有的数写 0；"
    f"原报告只印“（六）其他处理”一行时，把这一行写作 {_ONE}：它是（六）其他处理的合计，不是“3.其他”。"
)


_KNOWN = (*application_keys("2021"), _ONE)


def check_unknown_rows(rows: Rows, loc: Locator) -> list[ContentError]:
    """Keys naming no row of 表三; one that resembles a （六） row gets both forms, never just “other”."""
    out = []
    for name in rows:
        if name in _KNOWN:
            continue
        guess = did_you_mean(name, _KNOWN)
        if any(f"“{k}”" in guess for k in (*catalog.OTHER_ROWS, _ONE)):
            zh = (
                f"表三 未知的行 “{name}”：（六）其他处理写作三行 {'、'.join(catalog.OTHER_ROWS)}，或印为一行时写 {_ONE}"
            )
            hint = _BOTH_FORMS
        else:
            zh, hint = f"表三 未知的行 “{name}”{guess}", "可用的行：" + "、".join(_KNOWN)
        out.append(
            loc.error(("applications", name), zh, f"table 3: unknown row {name!r}", hint, code="report.unknown-row")
        )
    return out


def _named(keys: Sequence[str]) -> str:
    return "、".join(f"{k}（{_LABELS[k].split(' ', 1)[-1]}）" for k in keys)


def check_other_rows(fmt: str, rows: Rows, loc: Locator) -> list[ContentError]:
    """Exactly one form of （六）其他处理: the three rows, or one row (``other_processing``;
    in the 2019 format, ``other``). Mixing them up is named, never resolved by guessing."""
    three = [k for k in catalog.OTHER_ROWS if k in rows]
    if fmt == "2019":
        return _other_rows_2019(rows, loc)
    if _ONE in rows and three:
        return [
            loc.error(
                ("applications", _ONE),
                f"表三 （六）其他处理：既写了 {_ONE}（{_ONE_ROW_NAME}），又写了三行写法中的 {_named(three)}；"
                "两种写法只能用一种",
                f"table 3: {_ONE} (one row) and the three-row form {', '.join(three)} are both written",
                _BOTH_FORMS,
                code="report.other-both-forms",
            )
        ]
    if _ONE in rows or len(three) == 3:
        return []
    missing = [k for k in catalog.OTHER_ROWS if k not in rows]
    if not three:
        return [
            loc.error(
                ("applications",),
                "表三 缺少（六）其他处理",
                "table 3: （六）其他处理 is missing",
                _BOTH_FORMS,
                code="report.other-missing",
            )
        ]
    return [
        loc.error(
            ("applications", three[-1]),
            f"表三 （六）其他处理：只写了三行写法中的 {_named(three)}，缺少 {_named(missing)}",
            f"table 3: （六）其他处理 lacks {', '.join(missing)} of the three-row form",
            _BOTH_FORMS,
            code="report.other-incomplete",
        )
    ]


def _other_rows_2019(rows: Rows, loc: Locator) -> list[ContentError]:
    out = []
    extra = [k for k in ("other_no_correction", "other_no_fee") if k in rows]
    if extra:
        out.append(
            loc.error(
                ("applications", extra[0]),
                f"表三 （六）其他处理：2019试行格式（国办公开办函〔2019〕60号）只有一行 other，"
                f"这里写了三行写法（2021年格式）的 {_named(extra)}",
                f"table 3: the 2019 format has one row 'other', not {', '.join(extra)}",
                '原报告在（六）其他处理下印有三行时，它用的是2021年格式：把 format 改为 "2021" 并按2021年格式填写表二；'
                "原报告只印“（六）其他处理”一行时，删去这些行，把该行的数写在 other。",
                code="report.other-2019-three-rows",
            )
        )
    if _ONE in rows:
        out.append(
            loc.error(
                ("applications", _ONE),
                f"表三 （六）其他处理：2019试行格式中这一行写作 other，不是 {_ONE}",
                f"table 3: in the 2019 format the row is 'other', not {_ONE}",
                f"{_ONE} 只用于按2021年格式编制、但把（六）其他处理印为一行的报告。",
                code="report.other-2019-one-row",
            )
        )
    elif "other" not in rows:
        out.append(
            loc.error(
                ("applications",),
                "表三 缺少（六）其他处理（other）",
                "table 3: the row 'other' is missing",
                "2019试行格式的（六）其他处理只有一行，写作 other: [自然人, …, 总计]。",
                code="report.other-missing",
            )
        )
    return out
