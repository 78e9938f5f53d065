"""What a document page says about 有效性: the notice at the top and the decisions both ways.

Read from the lifecycle derived in link; nothing here decides a state. A 废止/失效/修改
document keeps its text; the notice above it names the date, the deciding document and the
replacement (国办发〔2017〕47号 as summarised in standards.md §5.7).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import urls
from ..values import Linked
from .facts import KEY
from .lifecycle import AMENDED, CURRENT, INVALID, PENDING, REPEALED, Decision, Lifecycle

CSS = {CURRENT: "current", AMENDED: "amended", REPEALED: "repealed", INVALID: "invalid", PENDING: "pending"}


@dataclass(frozen=True, slots=True)
class Ref:
    """A document named on another's page; ``url`` is empty when this site does not publish it."""

    title: str
    number: str
    url: str


@dataclass(frozen=True, slots=True)
class DecisionView:
    """A decision as one side of it shows it: the other document, what it does and when."""

    action: str
    document: Ref
    date: dt.date
    date_label: str
    in_force: bool


@dataclass(frozen=True, slots=True)
class StatusView:
    state: str
    css: str
    since: dt.date | None
    since_label: str
    explicit: bool
    ended_by: DecisionView | None
    amended_by: tuple[DecisionView, ...]
    upcoming: tuple[DecisionView, ...]
    """Decisions about this document that take effect after the build date."""
    replaced_by: Ref | None
    made: tuple[DecisionView, ...]
    """The decisions this document makes about others (a 废止决定, a 清理结果)."""

    @property
    def ended(self) -> bool:
        return self.state in (REPEALED, INVALID)

    @property
    def notice(self) -> bool:
        """Whether the page opens with a notice (anything but plainly 现行有效)."""
        return self.state != CURRENT or bool(self.upcoming)


def ref(linked: Linked, slug: str) -> Ref:
    facts = linked.of(KEY)
    doc = facts.by_slug[slug].model
    published = doc.disclosure == "主动公开"
    return Ref(doc.title, doc.number or "", urls.document(doc.category, slug) if published else "")


def _view(linked: Linked, decision: Decision, other: str) -> DecisionView:
    today = linked.today
    in_force = today is None or decision.date <= today
    return DecisionView(decision.action, ref(linked, other), decision.date, decision.date_label, in_force)


def status_view(linked: Linked, slug: str) -> StatusView:
    facts = linked.of(KEY)
    life: Lifecycle = facts.lifecycles[slug]
    doc = facts.by_slug[slug].model
    ended = _view(linked, life.ended_by, life.ended_by.by) if life.ended_by else None
    amended = tuple(_view(linked, d, d.by) for d in life.amended_by)
    views = (_view(linked, d, d.by) for d in life.decisions)
    upcoming = () if life.ended else tuple(v for v in views if not v.in_force)
    return StatusView(
        state=life.state,
        css=CSS[life.state],
        since=life.since,
        since_label=life.since_label,
        explicit=life.explicit,
        ended_by=ended,
        amended_by=amended,
        upcoming=upcoming,
        replaced_by=ref(linked, doc.replaced_by) if doc.replaced_by else None,
        made=tuple(_view(linked, d, d.target) for d in facts.decisions.get(slug, ())),
    )
