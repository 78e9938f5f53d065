"""/zfxxgk/zrdw/: every organisation, and each one's tasks across all plans and years, with state."""

from __future__ import annotations

from dataclasses import dataclass

from .. import urls
from ..documents.facts import KEY as DOCUMENTS
from ..institutions import KEY as INSTITUTIONS
from ..models import Organization
from ..values import Crumb, Linked, Page
from ..views import COLUMN, HOME, doc_item
from .facts import KEY, TaskRef
from .status import Status, Tally, TaskState, shown_statuses, tally

KINDS = ("部门", "镇街", "开发区", "上级机关", "统称", "其他")
LATEST_DOCUMENTS = 10
"""Documents shown on an organisation's page; the rest are on its browse list."""
ROLE_HEADINGS = (("牵头", "牵头的任务"), ("配合", "配合的任务"), ("责任", "承担的任务（原表未区分牵头、配合）"))


@dataclass(frozen=True, slots=True)
class UnitTask:
    """One task as an organisation's page lists it."""

    ref: TaskRef
    state: TaskState
    plan_title: str
    plan_year: int
    url: str


@dataclass(frozen=True, slots=True)
class RoleSection:
    role: str
    heading: str
    tasks: tuple[UnitTask, ...]


@dataclass(frozen=True, slots=True)
class OrgRow:
    """An organisation on the /zfxxgk/zrdw/ list: its task tally and how many documents it issued."""

    org: Organization
    tally: Tally
    documents: int


def unit_tasks(linked: Linked, org_id: str) -> list[RoleSection]:
    """The organisation's tasks in every plan, newest plan first, 牵头 and 配合 apart."""
    facts = linked.of(KEY)
    by_role: dict[str, list[UnitTask]] = {}
    for role, ref in facts.tasks_by_org.get(org_id, ()):
        plan = facts.by_slug[ref.plan_slug].model
        by_role.setdefault(role, []).append(
            UnitTask(ref, ref.state, plan.title, plan.year, urls.task(ref.plan_slug, ref.anchor))
        )
    sections = []
    for role, heading in ROLE_HEADINGS:
        if role in by_role:
            ordered = sorted(by_role[role], key=lambda t: (-t.plan_year, t.ref.plan_slug, t.ref.number))
            sections.append(RoleSection(role, heading, tuple(ordered)))
    return sections


def organization_views(linked: Linked) -> list[Page]:
    home, column, today = HOME, COLUMN, linked.today
    section = "责任单位"
    zr = Crumb("责任单位", urls.ORGANIZATIONS)
    orgs: list[Organization] = list(linked.site.organizations.model)
    rows, pages = [], []
    for org in orgs:
        sections = unit_tasks(linked, org.id)
        states = {t.ref.plan_slug + t.ref.anchor: t.state for s in sections for t in s.tasks}
        overall = tally(org.name, states.values(), urls.organization(org.id))
        issued = linked.of(DOCUMENTS).by_org.get(org.id, ())
        documents = [doc_item(linked, e) for e in issued[:LATEST_DOCUMENTS]]
        rows.append(OrgRow(org, overall, len(issued)))
        pages.append(
            Page(
                urls.organization(org.id),
                "organization.html",
                org.label,
                {
                    "org": org,
                    "sections": sections,
                    "overall": overall,
                    "documents": documents,
                    "document_count": len(issued),
                    "statuses": shown_statuses([overall]),
                    "today": today,
                    "profile": linked.of(INSTITUTIONS).profiles.get(org.id),
                },
                (home, column, zr),
                section,
                searchable=False,
            )
        )
    groups = [(kind, [r for r in rows if r.org.kind == kind]) for kind in KINDS]
    listing = Page(
        urls.ORGANIZATIONS,
        "organizations.html",
        "责任单位",
        {"groups": [(k, members) for k, members in groups if members], "today": today, "overdue": Status.OVERDUE},
        (home, column),
        section,
        searchable=False,
    )
    return [listing, *pages]
