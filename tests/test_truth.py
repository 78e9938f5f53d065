"""The site states only what the content says (issue: nothing invented, nothing lost)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.status import Status

from .conftest import SAMPLE

ROOT = Path(__file__).resolve().parent.parent
SITES = [ROOT, *(ROOT / "examples" / name for name in ("huaiyin", "yanzhou", "gaoxin", "liaocheng"))]


def pubdate(html: bytes) -> str | None:
    found = re.search(rb'<meta name="PubDate" content="([^"]+)"', html)
    return found.group(1).decode() if found else None


def test_pubdate_is_only_ever_the_published_date() -> None:
    """A page whose 发布日期 is 未载明 carries no PubDate made up from 成文日期."""
    output, _ = build_site(SAMPLE)
    linked, _ = check_site(SAMPLE)
    checked = 0
    for entry in linked.of(DOCUMENTS).published:
        doc = entry.model
        html = output.get(urls.document(doc.category, entry.slug))
        assert html is not None
        assert pubdate(html) == (doc.published.isoformat() if doc.published else None), entry.slug
        checked += 1 if doc.published is None else 0
    assert checked >= 1, "the sample site must hold a document without 发布日期"


def test_plan_pages_take_pubdate_only_from_a_published_notice() -> None:
    for site in SITES:
        output, _ = build_site(site)
        linked, _ = check_site(site)
        for slug, notice in linked.of(PLANS).notices.items():
            html = output.get(urls.plan(slug))
            assert html is not None
            expected = notice.model.published.isoformat() if notice and notice.model.published else None
            assert pubdate(html) == expected, (site.name, slug)


def test_no_task_is_late_against_an_inferred_deadline() -> None:
    for site in SITES:
        linked, _ = check_site(site)
        for refs in linked.of(PLANS).tasks.values():
            for ref in refs:
                if ref.state.status is Status.OVERDUE:
                    assert not ref.deadline.inherited and ref.task.progress, (site.name, ref.anchor)


def test_zhoucun_plan_is_not_called_late_for_deadlines_it_never_set() -> None:
    """周村's table has no 完成时限 column; only rows whose text states a date can be late."""
    linked, _ = check_site(ROOT)
    refs = linked.of(PLANS).tasks["2020-zwgk-gzyd"]
    overdue = [r for r in refs if r.state.status is Status.OVERDUE]
    assert len(refs) == 54 and len(overdue) <= 4


def test_every_page_shows_the_same_state_for_a_task() -> None:
    """Plan table, unit page, task page and tasks.json read the one state computed in link."""
    output, _ = build_site(SAMPLE)
    linked, _ = check_site(SAMPLE)
    data = json.loads(output.get(urls.TASKS_JSON) or b"{}")
    by_url = {
        t["url"].removeprefix(linked.site.config.model.base_url.rstrip("/")): t
        for p in data["plans"]
        for t in p["tasks"]
    }
    for refs in linked.of(PLANS).tasks.values():
        for ref in refs:
            word = ref.state.status.value
            task_url = urls.task(ref.plan_slug, ref.anchor)
            assert by_url[task_url]["status"] == word
            assert f'status-{ref.state.status.css}">{word}<'.encode() in (output.get(task_url) or b"")
            plan_html = (output.get(urls.plan(ref.plan_slug)) or b"").decode()
            row = plan_html[plan_html.index(f'id="{ref.anchor}"') :]
            assert f">{word}<" in row[: row.index("</tr>")]


def test_search_hint_uses_the_sites_own_document_number() -> None:
    for site in SITES:
        output, _ = build_site(site)
        linked, _ = check_site(site)
        html = (output.get(urls.SEARCH) or b"").decode()
        numbers = {e.model.number for e in linked.of(DOCUMENTS).published if e.model.number}
        shown = re.search(r"文号（如 ([^）]+)）", html)
        if numbers:
            assert shown and shown.group(1) in numbers, site.name
        else:
            assert shown is None, site.name
