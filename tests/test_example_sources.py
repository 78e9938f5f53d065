"""Every fact of an example site that its seed does not give is marked 示例 or says where it is from.

The seeds are the real documents the example sites were transcribed from (README, 示例站点).
Each check reads the seed text, whitespace and half-width punctuation normalised, and asks of
every value: is it in the seed (for a task row: in that row), or is it marked (``sample``,
``sample_fields``, ``units_note``), or does a YAML comment right above it cite its source?
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from gongkai.build import build, check_site
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.link import Linked
from gongkai.models import Plan, SiteConfig
from gongkai.plans.checks import iter_tasks
from gongkai.plans.facts import KEY as PLANS
from gongkai.reports.facts import KEY as REPORTS
from gongkai.rules.facts import KEY as RULES
from gongkai.values import Entry

from .conftest import ROOT
from .test_examples import SITES

SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), None)
HALF_WIDTH = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", ";": "；"})


def norm(text: str) -> str:
    return re.sub(r"[\s\u00a0\u3000]+", "", text.translate(HALF_WIDTH))


@cache
def seed_text(site: str) -> str:
    if SEEDS is None:
        pytest.skip("the seeds (../shared/seeds/) are not on this machine")
    return norm((SEEDS / SITES[site][0]).read_text(encoding="utf-8"))


@cache
def linked_site(site: str) -> Linked:
    linked, _ = check_site(ROOT / site)
    return linked


def cited(lines: tuple[str, ...], line: int | None) -> bool:
    """A comment on the key's own line or on the lines right above it."""
    if line is None:
        return False
    if "#" in lines[line - 1].split(":", 1)[-1]:
        return True
    above = line - 2
    return above >= 0 and lines[above].strip().startswith("#")


def zh_date(value: dt.date) -> str:
    return f"{value.year}年{value.month}月{value.day}日"


def names(linked: Linked, org_id: str) -> list[str]:
    org = linked.orgs[org_id]
    return [norm(n) for n in (org.name, *org.aliases, *([org.full_name] if org.full_name else []))]


def task_block(entry: Entry[Plan], keys: list[tuple[Any, ...]], i: int) -> str:
    """The YAML lines of task ``i`` with the comments right above it."""
    lines = entry.locator.lines
    start = entry.locator.position(keys[i])[0] or 1
    end = entry.locator.position(keys[i + 1])[0] if i + 1 < len(keys) else len(lines) + 1
    while start > 1 and lines[start - 2].strip().startswith("#"):
        start -= 1
    return "\n".join(lines[start - 1 : (end or len(lines) + 1) - 1])


def unsourced_rows(linked: Linked, text: str) -> list[str]:
    """Rows whose units or 完成时限 are not in that row of the seed (``text``) and are not marked."""
    problems = []
    for entry in linked.site.of(PLANS):
        found = list(iter_tasks(entry.model.tasks))
        keys = [key for _, key, _ in found]
        starts: list[int] = []
        for n, (task, _, _) in enumerate(found):
            requirement = norm(task.requirement)
            probes = [requirement, requirement[:24], requirement[24:48], requirement[-24:]]
            at = -1
            for probe in (p for p in probes if len(p) >= 6):
                hit = text.rfind(probe) if n == 0 else text.find(probe, starts[-1] + 1 if starts else 0)
                if hit >= 0:
                    at = max(0, hit - requirement.find(probe))
                    break
            assert at >= 0, f"{entry.slug} row {n + 1}: requirement not found in the seed"
            starts.append(at)
        previous: tuple[Any, ...] | None = None
        for n, (task, _, _) in enumerate(found):
            after = [s for s in starts[n + 1 :] if s > starts[n]]
            # The row runs to the next row; the last row to a cell's length past its 具体要求.
            end = min(after) if after else starts[n] + len(norm(task.requirement)) + 130
            row = text[starts[n] : end]
            block = task_block(entry, keys, n)
            merged = "合并单元格" in block
            roles = (task.lead, task.support, task.units, tuple(a.units for a in task.assignments))
            label = f"{entry.slug} {task.no or n + 1}"
            unit_ids = [o for group in (*roles[:3], *roles[3]) for o in group]
            missing = [o for o in unit_ids if not any(n_ in row for n_ in names(linked, o))]
            if missing and not (merged and previous and roles == previous[0]) and not task.units_note:
                problems.append(f"{label}: 责任单位 {missing} 不在原表此行，也未注明来源")
            if task.deadline:
                parts = [norm(p) for p in task.deadline.split("；")]
                inherited = merged and previous and task.deadline == previous[1]
                if not all(p in row for p in parts) and not inherited and not task.deadline_note:
                    problems.append(f"{label}: 完成时限 “{task.deadline}” 不在原表此行")
            for p in task.progress:
                if not p.sample:
                    problems.append(f"{label}: 落实情况 {p.date} 不在种子中，却未标为示例")
            previous = (roles, task.deadline)
        plan = entry.model
        if plan.publisher and not any(n_ in text for n_ in names(linked, plan.publisher)):
            problems.append(f"{entry.slug}: 发布机构 {plan.publisher} 不在种子中")
        if plan.default_deadline and norm(plan.default_deadline) not in text and not plan.default_deadline_source:
            problems.append(f"{entry.slug}: 默认完成时限不在种子中，也没有 default_deadline_source")
    return problems


@pytest.mark.parametrize("site", sorted(SITES))
def test_plan_rows_without_a_source_are_marked(site: str) -> None:
    assert unsourced_rows(linked_site(site), seed_text(site)) == []


def test_the_row_check_catches_an_inferred_unit(tmp_path: Path) -> None:
    """高新 (三)–(五) were given 各部门 by inference; with the note taken away the check fails."""
    text = seed_text("examples/gaoxin")
    root = tmp_path / "gaoxin"
    shutil.copytree(ROOT / "examples/gaoxin", root, ignore=shutil.ignore_patterns("output"))
    plan = root / "content/plans/2020-jczwgk-ssfa.yaml"
    inferred = re.sub(r"units_note: .*", "units: [gbm]", plan.read_text(encoding="utf-8"))
    plan.write_text(inferred, encoding="utf-8")
    linked, _ = check_site(root)
    assert unsourced_rows(linked, text) == [
        f"2020-jczwgk-ssfa （{n}）: 责任单位 ['gbm'] 不在原表此行，也未注明来源" for n in "三四五"
    ]


@pytest.mark.parametrize("site", sorted(SITES))
def test_site_yaml_values_come_from_the_seed_or_are_marked(site: str) -> None:
    text = seed_text(site)
    linked = linked_site(site)
    entry = linked.site.config
    config: SiteConfig = entry.model
    unmarked = []
    values: list[tuple[tuple[str, ...], Any]] = [
        ((name,), getattr(config, name)) for name in SiteConfig.model_fields if name not in ("office", "build_date")
    ]
    values += [(("office", name), getattr(config.office, name)) for name in type(config.office).model_fields]
    for key, value in values:
        path = ".".join(key)
        if value in (None, ()) or path == "sample_fields" or path in config.sample_fields:
            continue
        if norm(str(value)) in text or cited(entry.locator.lines, entry.locator.position(key)[0]):
            continue
        unmarked.append(path)
    assert unmarked == [], f"{site}/site.yaml: not in the seed, not 示例, no source comment"


@pytest.mark.parametrize("site", sorted(SITES))
def test_organisations_documents_and_other_files_say_where_they_come_from(site: str) -> None:
    text = seed_text(site)
    linked = linked_site(site)
    problems = []
    raw = yaml.safe_load((ROOT / site / "content/organizations.yaml").read_text(encoding="utf-8"))
    for org in raw:
        for value in (org["name"], org.get("full_name"), *org.get("aliases", [])):
            if value and norm(value) not in text:
                problems.append(f"organizations.yaml {org['id']}: “{value}” 不在种子中")
    for entry in linked.site.of(DOCUMENTS):
        doc = entry.model
        if doc.sample:
            continue
        for field in ("title", "number", "recipients", "signer", "copy_to"):
            value = getattr(doc, field)
            if value and norm(value).rstrip("。") not in text:
                problems.append(f"{entry.path} {field}: “{value}” 不在种子中")
        for field in ("written", "printed", "published", "effective"):
            value = getattr(doc, field)
            if value and norm(zh_date(value)) not in text:
                problems.append(f"{entry.path} {field}: {value} 不在种子中")
    # No seed holds a guide or an annual report: both are 示例 as a whole.
    if not linked.site.guide.model.sample:
        problems.append("guide.yaml 不在种子中，应标为 sample: true")
    problems += [f"{e.path} 应标为 sample: true" for e in linked.site.of(REPORTS) if not e.model.sample]
    # National rules are real documents the seeds do not hold: each file opens with its source.
    for entry in linked.site.of(RULES):
        if not entry.locator.lines[0].startswith("#") and not entry.model.sample:
            problems.append(f"{entry.path}: 开头没有注明来源的注释")
    assert problems == []


def test_huaiyin_plan_has_no_made_up_date_or_issuing_office(tmp_path: Path) -> None:
    """Seed 001 has no 印发通知: no 文号, no date, no issuing office, and the site says so."""
    out = tmp_path / "out"
    build(ROOT / "examples/huaiyin", out, search=False)
    pages = {p: p.read_text(encoding="utf-8") for p in out.rglob("*.html")}
    assert not [p for p, html in pages.items() if "2022-01-01" in html]  # the old made-up list date
    assert not [p for p, html in pages.items() if "/gzyd/" in p.as_posix() and "2022年1月1日" in html]
    plan = pages[out / "zfxxgk/fdzdgknr/gzyd/2022-zwgk-gzyd/index.html"]
    assert "<dt>发布机构</dt><dd>未载明</dd>" in plan and "<dt>印发通知</dt><dd>未载明" in plan
    listing = pages[out / "zfxxgk/fdzdgknr/gzyd/index.html"]
    assert "印发日期：未载明" in listing
