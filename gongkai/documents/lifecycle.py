"""有效性 of every 公文 on the build date, derived once in link (standards.md §6.6, §5.7).

A document's state follows from what the site's files say, strongest evidence first:

1. a decision in force that repeals (``repeals``: 废止) or declares it invalid (``invalidates``:
   宣布失效) → 已废止 / 已失效;
2. its own 废止/失效日期 (``expired``) reached, with ``validity: 已废止|已失效`` saying which;
3. its 有效期至 (``valid_until``) passed → 已失效;
4. its 施行日期 (``effective``) still ahead → 尚未施行;
5. a decision in force that amends it (``amends``: 修改) → 已修改 (in force, as amended);
6. otherwise 现行有效.

A decision is itself a 公文; it takes effect on its 施行日期, else on its 成文日期, and pages
say which of the two it was. An explicit ``validity`` must agree with the evidence; where the
site holds no evidence, 已修改 may still be stated. A disagreement is a located error.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..errors import ContentError, Problems, did_you_mean
from ..models import Document
from ..models.documents import Validity
from ..values import Entry

CURRENT: Validity = "现行有效"
AMENDED: Validity = "已修改"
REPEALED: Validity = "已废止"
INVALID: Validity = "已失效"
PENDING: Validity = "尚未施行"
STATES: tuple[Validity, ...] = (CURRENT, AMENDED, PENDING, REPEALED, INVALID)
ENDED: frozenset[str] = frozenset({REPEALED, INVALID})
IN_FORCE: frozenset[str] = frozenset({CURRENT, AMENDED})

# (field of the deciding document, what it does, the state it leads to)
ACTIONS: tuple[tuple[str, str, Validity], ...] = (
    ("repeals", "废止", REPEALED),
    ("invalidates", "宣布失效", INVALID),
    ("amends", "修改", AMENDED),
)
RESULT = {action: state for _, action, state in ACTIONS}


@dataclass(frozen=True, slots=True)
class Decision:
    """One 公文's decision about another: 废止, 宣布失效 or 修改."""

    action: str
    by: str
    """Slug of the deciding document."""
    target: str
    date: dt.date
    """The day it takes effect: the deciding document's 施行日期, else its 成文日期."""
    date_label: str
    """Which of the two ``date`` is: 施行日期 or 成文日期."""


@dataclass(frozen=True, slots=True)
class Lifecycle:
    """A document's 有效性 on the build date and what it rests on."""

    state: Validity
    explicit: bool
    """The file states 有效性 itself (it was checked against the evidence)."""
    since: dt.date | None
    """The day the state began, when the content gives one."""
    since_label: str
    """What ``since`` is, in the words pages print (废止日期, 有效期至, 施行日期 …)."""
    ended_by: Decision | None
    """The decision that repealed it or declared it invalid."""
    amended_by: tuple[Decision, ...]
    decisions: tuple[Decision, ...]
    """Every decision about this document the site holds, in date order (some may lie ahead)."""

    @property
    def ended(self) -> bool:
        return self.state in ENDED

    @property
    def in_force(self) -> bool:
        return self.state in IN_FORCE


def decision_date(doc: Document) -> tuple[dt.date, str]:
    """When a decision takes effect: its 施行日期, else its 成文日期 (the day it was made)."""
    return (doc.effective, "施行日期") if doc.effective else (doc.written, "成文日期")


def derive_lifecycles(
    entries: Sequence[Entry[Document]], today: dt.date | None, problems: Problems
) -> tuple[dict[str, Lifecycle], dict[str, tuple[Decision, ...]]]:
    """Every document's lifecycle, and the decisions each document makes (by its slug).

    Without a build date only the decisions count; dates cannot be compared with a day unknown.
    """
    by_slug = {e.slug: e for e in entries}
    about: dict[str, list[Decision]] = defaultdict(list)
    made: dict[str, list[Decision]] = defaultdict(list)
    for entry in entries:
        named: set[str] = set()
        for field, action, _ in ACTIONS:
            for i, target in enumerate(getattr(entry.model, field)):
                error = _check_decision(entry, (field, i), target, by_slug, named)
                named.add(target)
                if error:
                    problems.add(error)
                    continue
                decision = Decision(action, entry.slug, target, *decision_date(entry.model))
                about[target].append(decision)
                made[entry.slug].append(decision)
    lifecycles = {}
    for entry in entries:
        decisions = tuple(sorted(about.get(entry.slug, ()), key=lambda d: (d.date, d.by)))
        lifecycles[entry.slug] = _lifecycle(entry, decisions, by_slug, today, problems)
    return lifecycles, {slug: tuple(ds) for slug, ds in made.items()}


def _check_decision(
    entry: Entry[Document],
    key: tuple[str, int],
    target: str,
    by_slug: Mapping[str, Entry[Document]],
    named: set[str],
) -> ContentError | None:
    doc = entry.model
    if target not in by_slug:
        return entry.locator.error(
            key,
            f"引用的文件 “{target}” 不存在{did_you_mean(target, by_slug)}",
            f"unknown document {target!r}",
            "填写 content/documents/ 下的文件名（不含 .yaml）。",
            code="doc.ref-unknown",
        )
    if target == entry.slug:
        return entry.locator.error(
            key, "文件不能废止、宣布失效或修改自身", "a document decides about itself", code="doc.ref-self"
        )
    if target in named:
        return entry.locator.error(
            key,
            f"文件 “{target}” 在本文件的废止、宣布失效、修改清单中出现了不止一次",
            f"{target!r} is named twice",
            "每个文件只列在 repeals、invalidates、amends 中的一处。",
            code="doc.decision-duplicate",
        )
    written = by_slug[target].model.written
    if written > doc.written:
        return entry.locator.error(
            key,
            f"文件 “{target}” 的成文日期 {written} 晚于本文件的成文日期 {doc.written}，不能被本文件废止或修改",
            "a decision predates the document it decides about",
            "核对两个文件的成文日期和文件名。",
            code="doc.decision-before-target",
        )
    return None


def _lifecycle(
    entry: Entry[Document],
    decisions: tuple[Decision, ...],
    by_slug: Mapping[str, Entry[Document]],
    today: dt.date | None,
    problems: Problems,
) -> Lifecycle:
    doc = entry.model

    def reached(day: dt.date) -> bool:
        return today is None or day <= today

    ending = [d for d in decisions if d.action != "修改" and reached(d.date)]
    amended = tuple(d for d in decisions if d.action == "修改" and reached(d.date))
    state: Validity = CURRENT
    since, label, ended_by, reason = doc.effective, "施行日期" if doc.effective else "", None, ""
    if ending:
        ended_by = ending[0]
        state = RESULT[ended_by.action]
        source = by_slug[ended_by.by].model
        reason = f"《{source.title}》{_number(source)}{ended_by.action}了本文件"
        since, label = (doc.expired, _end_label(state)) if doc.expired else (ended_by.date, "")
        if doc.expired and doc.expired < source.written:
            problems.add(
                entry.locator.error(
                    ("expired",),
                    f"废止/失效日期 {doc.expired} 早于作出决定的《{source.title}》的成文日期 {source.written}",
                    "ended before the deciding document was made",
                    "核对 expired，或删除它（页面按决定文件显示）。",
                    code="doc.expired-before-decision",
                )
            )
    elif doc.expired is not None and doc.validity in ENDED and reached(doc.expired):
        state, since, label = doc.validity, doc.expired, _end_label(doc.validity)
    elif doc.valid_until is not None and today is not None and doc.valid_until < today:
        state, since, label = INVALID, doc.valid_until, "有效期至"
        reason = f"有效期至 {doc.valid_until} 已届满（构建日期 {today}）"
    elif doc.effective is not None and today is not None and doc.effective > today:
        state, since, label = PENDING, doc.effective, "施行日期"
        reason = f"施行日期 {doc.effective} 在构建日期 {today} 之后"
    elif amended:
        source = by_slug[amended[-1].by].model
        state, since, label = AMENDED, amended[-1].date, ""
        reason = f"《{source.title}》{_number(source)}修改了本文件"
    if doc.validity is not None and doc.validity != state:
        error = _disagreement(entry, state, reason, today)
        if error is None:  # stated without contrary evidence: the file's word stands
            state = doc.validity
            since, label = (doc.expired, _end_label(state)) if doc.expired else (None, "")
        else:
            problems.add(error)
    if doc.expired is not None and doc.validity is None and not ending:
        problems.add(
            entry.locator.error(
                ("expired",),
                "填写了废止/失效日期，但没有写明有效性，也没有文件废止本文件",
                "expired date without a state",
                "添加 “validity: 已废止” 或 “validity: 已失效”，或在作出决定的文件中用 repeals/invalidates 列出本文件。",
                code="doc.expired-without-validity",
            )
        )
    return Lifecycle(state, doc.validity is not None, since, label, ended_by, amended, decisions)


def _disagreement(
    entry: Entry[Document], computed: Validity, reason: str, today: dt.date | None
) -> ContentError | None:
    """The error for an explicit 有效性 the evidence contradicts; None where it may stand."""
    doc = entry.model
    stated = doc.validity
    if stated == AMENDED and computed == CURRENT:
        return None  # the amending document need not be on this site
    if stated in ENDED and computed not in ENDED:
        if doc.expired is None:
            return entry.locator.error(
                ("validity",),
                f"有效性为 “{stated}” 时必须填写废止/失效日期 expired",
                "expired date required",
                "添加 “expired: YYYY-MM-DD”，或在作出决定的文件中用 repeals/invalidates 列出本文件。",
                code="doc.expired-missing",
            )
        return entry.locator.error(
            ("validity",),
            f"有效性写为 “{stated}”，但废止/失效日期 {doc.expired} 在构建日期 {today} 之后，文件此时仍应为 “{computed}”",
            "ends after the build date",
            "删除 validity，由系统按日期计算；到期后页面自动显示为已废止或已失效。",
            code="doc.validity-ends-later",
        )
    if stated == PENDING and doc.effective is None:
        return entry.locator.error(
            ("validity",),
            "有效性为 “尚未施行” 时应填写施行日期 effective",
            "pending without an effective date",
            "添加 “effective: YYYY-MM-DD”，并删除 validity（系统按施行日期计算）。",
            code="doc.validity-pending-undated",
        )
    if not reason and doc.effective is not None:
        reason = f"施行日期 {doc.effective} 已到（构建日期 {today}），本站也没有废止、失效或修改它的文件"
    elif not reason:
        reason = "本站没有废止、失效或修改它的文件，也没有相应的日期"
    because = f"：{reason}"
    return entry.locator.error(
        ("validity",),
        f"有效性写为 “{stated}”，但按本站内容应为 “{computed}”{because}",
        f"validity {stated} contradicts the evidence ({computed})",
        "删除 validity，由系统按施行日期、有效期至和废止/修改决定计算；或核对这些日期和决定文件。",
        code="doc.validity-contradicted",
    )


def _end_label(state: str) -> str:
    return "废止日期" if state == REPEALED else "失效日期"


def _number(doc: Document) -> str:
    return f"（{doc.number}）" if doc.number else ""
