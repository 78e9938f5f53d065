"""完成时限: the text as written, parsed into dates or a recurring/ongoing kind, then resolved.

Parsing needs only the text and the plan's year, so it runs per file (checks.py) and an
unresolvable text is a located error there. Resolving needs the plan's 印发 date (for
「本文件印发后30日内」), which only the link stage knows.

Accepted forms (every form in the five example sites, and the usual variants):

- a date: 2020年9月22日前, 2021年11月30日前, 2022-09-30 (a date typed into a spreadsheet);
- a month end: 2022年9月底前, 7月底前 (the plan's year), 2020年12底前 (「月」 missing, as 高新区 wrote);
- a year end: 2022年年底前, 2020年底前, 2020年年底, 到2023年, 2022年底前完成;
- parts of a year: 上半年, 下半年, 第三季度, X月上旬/中旬/下旬;
- the plan's year: 全年, 年内, 本年度;
- ongoing: 长期坚持, 持续推进, 常态化;
- a date then ongoing: 2022年年底前完成，长期坚持;
- several dates: 2020年9月22日前；9月25日前 (a later date without a year takes the earlier one's);
- counted from the 印发 date: 本文件印发后30日内 (民法典 第二百零一条: the day of issue is not counted).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import re
from dataclasses import dataclass

from ..formats import zh_date


class DeadlineKind(enum.Enum):
    """What kind of 完成时限 a text is; the value is the label pages show."""

    DUE = "限期完成"
    YEAR = "全年"
    ONGOING = "长期坚持"
    DUE_THEN_ONGOING = "限期完成后长期坚持"
    AFTER_ISSUE = "印发后限期"
    FREE = "文字说明"
    NONE = "未列完成时限"


@dataclass(frozen=True, slots=True)
class Parsed:
    """A 完成时限 text understood without the plan's 印发 date."""

    kind: DeadlineKind
    dates: tuple[dt.date, ...] = ()
    days_after_issue: int | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    """A task's 完成时限 as written and what it means."""

    text: str
    kind: DeadlineKind
    due: dt.date | None = None
    milestones: tuple[dt.date, ...] = ()
    inherited: bool = False
    explanation: str = ""
    hint: str = ""
    """A few words for a narrow table cell; empty when the text already says it all."""

    @property
    def ongoing(self) -> bool:
        return self.kind in (DeadlineKind.ONGOING, DeadlineKind.DUE_THEN_ONGOING)

    @property
    def resolved(self) -> bool:
        """True when the text has a due date or is ongoing by nature."""
        return self.due is not None or self.kind is DeadlineKind.ONGOING


NO_DEADLINE = Deadline("", DeadlineKind.NONE, explanation="未列完成时限")

ACCEPTED_FORMS = (
    "2022年9月30日前、2022年9月底前、7月底前、2022年年底前、2020年底前、到2023年、上半年、第三季度、"
    "全年、长期坚持、2022年年底前完成，长期坚持、2020年9月22日前；9月25日前、本文件印发后30日内"
)

_FULLWIDTH = str.maketrans("０１２３４５６７８９／－．：", "0123456789/-.:")
_CN_NUM = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "十二": 12,
}
_CN_MONTH = re.compile(r"(十[一二]?|[一二三四五六七八九])月")
_SPLIT = re.compile(r"[；;，,、]")
_ONGOING = re.compile(r"^(?:长期坚持|长期|持续推进|持续开展|持续|常态化(?:推进|开展)?|长期推进)$")
_WHOLE_YEAR = re.compile(r"^(?:全年|全年度|年内|本年度|年度内)$")
_PREFIX = re.compile(r"^(?:力争|确保|要在|要|于|在|最迟于?)")
_SUFFIX = re.compile(r"(?:前完成|之前完成|以前完成|完成|前|之前|以前|内)$")
_AFTER_ISSUE = re.compile(r"^(?:本(?:文件|要点|方案|通知|计划))?印发(?:之日)?(?:后|起)(\d+)(?:日|天)内?(?:完成)?$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_DAY = re.compile(r"^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]$")
_MONTH = re.compile(r"^(?:(\d{4})年)?(\d{1,2})(?:月(?:底|末|份)?|底)(上旬|中旬|下旬)?$")
_YEAR_END = re.compile(r"^(?:(?:到|至|截至)(\d{4})年?|(\d{4})年)(?:年底|年末|底|末)?$")
_HALF = re.compile(r"^(?:(\d{4})年)?(上|下)半年(?:底|末)?$")
_QUARTER = re.compile(r"^(?:(\d{4})年)?第?([一二三四1-4])季度(?:末|底)?$")


def _normalise(text: str) -> str:
    text = re.sub(r"\s+", "", text.translate(_FULLWIDTH))
    return _CN_MONTH.sub(lambda m: f"{_CN_NUM[m.group(1)]}月", text)


def _date(year: int, month: int, day: int | None = None) -> dt.date | None:
    """A date, or the month's last day when ``day`` is None; None when impossible."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        return None
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return dt.date(year, month, last)
    return dt.date(year, month, day) if 1 <= day <= last else None


def _clause_date(clause: str, year: int) -> dt.date | None:
    """The due date one clause names (e.g. 「9月底前」), using ``year`` when it names none."""
    clause = _SUFFIX.sub("", _PREFIX.sub("", clause))
    clause = _SUFFIX.sub("", clause)
    if m := _ISO.match(clause):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if m := _DAY.match(clause):
        return _date(int(m[1] or year), int(m[2]), int(m[3]))
    if m := _MONTH.match(clause):
        y, month = int(m[1] or year), int(m[2])
        part = {"上旬": 10, "中旬": 20}.get(m[3] or "")
        return _date(y, month, part)
    if m := _HALF.match(clause):
        return _date(int(m[1] or year), 6 if m[2] == "上" else 12)
    if m := _QUARTER.match(clause):
        quarter = int(m[2]) if m[2].isdigit() else _CN_NUM[m[2]]
        return _date(int(m[1] or year), quarter * 3)
    if m := _YEAR_END.match(clause):
        return _date(int(m[1] or m[2]), 12)
    return None


def parse_deadline(text: str, year: int) -> Parsed | None:
    """Understand a 完成时限 text for a plan of ``year``; None when it cannot be resolved."""
    norm = _normalise(text)
    if not norm:
        return None
    if m := _AFTER_ISSUE.match(_PREFIX.sub("", norm)):
        return Parsed(DeadlineKind.AFTER_ISSUE, days_after_issue=int(m[1]))
    dates: list[dt.date] = []
    ongoing = whole_year = False
    current = year
    for clause in filter(None, _SPLIT.split(norm)):
        if _ONGOING.match(clause):
            ongoing = True
        elif _WHOLE_YEAR.match(clause) or _WHOLE_YEAR.match(_SUFFIX.sub("", clause)):
            whole_year = True
        elif (date := _clause_date(clause, current)) is not None:
            dates.append(date)
            current = date.year
        else:
            return None
    if whole_year:
        dates.append(dt.date(year, 12, 31))
    if not dates:
        return Parsed(DeadlineKind.ONGOING) if ongoing else None
    ordered = tuple(sorted(set(dates)))
    if ongoing:
        return Parsed(DeadlineKind.DUE_THEN_ONGOING, ordered)
    return Parsed(DeadlineKind.YEAR if whole_year and len(ordered) == 1 else DeadlineKind.DUE, ordered)


def resolve(
    text: str | None,
    year: int,
    issued: tuple[dt.date, str] | None,
    *,
    free_text: bool = False,
    default: str | None = None,
) -> Deadline:
    """What a task's 完成时限 means: its own text, else the plan's ``default`` (inherited).

    ``issued`` is the plan's 印发 date with the name of that date (印发日期 or 成文日期), or
    None when the plan states none (槐荫: no 印发通知).
    """
    if not text:
        if not default:
            return NO_DEADLINE
        inner = resolve(default, year, issued)
        return Deadline(
            default,
            inner.kind,
            inner.due,
            inner.milestones,
            True,
            f"未单列完成时限，按工作要点的默认时限「{default}」：{inner.explanation}",
            inner.hint,
        )
    if free_text:
        return Deadline(
            text, DeadlineKind.FREE, explanation="完成时限为文字说明，不换算为日期", hint="文字说明，不换算日期"
        )
    parsed = parse_deadline(text, year)
    if parsed is None:  # checks.py has already reported it; keep the page honest anyway
        return Deadline(text, DeadlineKind.FREE, explanation="无法换算为具体日期", hint="无法换算为日期")
    if parsed.kind is DeadlineKind.AFTER_ISSUE:
        days = parsed.days_after_issue or 0
        if issued is None:
            return Deadline(
                text,
                DeadlineKind.AFTER_ISSUE,
                explanation="工作要点未载明印发日期，此时限无法换算为具体日期",
                hint="未载明印发日期，无法换算为日期",
            )
        start, label = issued
        due = start + dt.timedelta(days=days)
        return Deadline(
            text,
            DeadlineKind.AFTER_ISSUE,
            due,
            (due,),
            explanation=f"自{label}{zh_date(start)}起{days}日内，即{zh_date(due)}前",
            hint=f"即{zh_date(due)}前",
        )
    last = parsed.dates[-1] if parsed.dates else None
    return Deadline(text, parsed.kind, last, parsed.dates, explanation=_explain(parsed), hint=_hint(text, parsed))


def _hint(text: str, parsed: Parsed) -> str:
    if parsed.kind is DeadlineKind.ONGOING:
        return ""
    if parsed.kind is DeadlineKind.YEAR:
        return f"至{zh_date(parsed.dates[-1])}"
    dates = "、".join(zh_date(d) for d in parsed.dates)
    return "" if _normalise(text) in (f"{dates}前", f"{dates}前完成") else f"即{dates}前"


def _explain(parsed: Parsed) -> str:
    dates = "前、".join(zh_date(d) for d in parsed.dates)
    if parsed.kind is DeadlineKind.ONGOING:
        return "长期坚持，没有截止日期"
    if parsed.kind is DeadlineKind.YEAR:
        return f"全年推进，{zh_date(parsed.dates[-1])}前完成"
    if parsed.kind is DeadlineKind.DUE_THEN_ONGOING:
        return f"{dates}前完成，此后长期坚持"
    if len(parsed.dates) > 1:
        return f"分{len(parsed.dates)}个时间节点：{dates}前"
    return f"即{dates}前"
