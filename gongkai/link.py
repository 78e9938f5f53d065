"""Stage 3: rules across files and the derived data pages need.

Resolves organisation ids (with suggestions), document and plan references, assigns
索引号, and builds the per-organisation views. Pure: reads nothing from disk.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from . import catalog, urls
from .errors import Problems, did_you_mean
from .load import Entry, Site
from .models import Document, Organization, Plan
from .plans.linking import TaskRef, link_plan, roles
from .registry import build_registry, unknown_org
from .reports.checks import check_report_set


@dataclass(frozen=True, slots=True)
class Linked:
    """A validated, cross-checked site plus the lookups its pages need."""

    site: Site
    orgs: Mapping[str, Organization]
    documents: Mapping[str, Entry[Document]]
    published_documents: tuple[Entry[Document], ...]
    plans: Mapping[str, Entry[Plan]]
    index_numbers: Mapping[str, str]
    tasks: Mapping[str, tuple[TaskRef, ...]]
    tasks_by_org: Mapping[str, tuple[tuple[str, TaskRef], ...]]
    documents_by_org: Mapping[str, tuple[Entry[Document], ...]]
    notice_of_plan: Mapping[str, str]
    interpretations: Mapping[str, tuple[Entry[Document], ...]]
    assets: frozenset[str]


def link_site(site: Site, assets: Iterable[str], problems: Problems) -> Linked:
    """Check references across files and derive indexes; problems go to ``problems``."""
    asset_set = frozenset(assets)
    orgs = build_registry(site, problems)
    documents = {e.slug: e for e in site.documents}
    plans = {e.slug: e for e in site.plans}

    _check_slugs(site, problems)
    level = site.config.model.level
    allowed = {c.code for c in catalog.CATEGORIES if c.code.startswith("20-")} | set(catalog.LEVEL_CATEGORIES[level])
    for entry in site.documents:
        _check_document_refs(entry, orgs, documents, plans, asset_set, problems)
        if entry.model.category not in allowed:
            problems.add(
                entry.locator.error(
                    ("category",),
                    f"公开类别 “{entry.model.category}” 不适用于{level}机关（条例第二十一条按层级区分）",
                    f"category {entry.model.category} does not apply at level {level}",
                    "可用：" + "、".join(sorted(allowed, key=lambda c: (c[:2], int(c[3:])))),
                    code="doc.category-level",
                )
            )
    notice_of_plan: dict[str, str] = {}
    for entry in site.documents:
        if entry.model.plan:
            notice_of_plan.setdefault(entry.model.plan, entry.slug)
    tasks: dict[str, tuple[TaskRef, ...]] = {}
    by_org: dict[str, list[tuple[str, TaskRef]]] = defaultdict(list)
    for entry in site.plans:
        refs = link_plan(entry, orgs, documents, plans, problems)
        tasks[entry.slug] = refs
        for ref in refs:
            for role, org_id in roles(ref.task):
                by_org[org_id].append((role, ref))
        if (
            entry.model.notice
            and documents.get(entry.model.notice)
            and documents[entry.model.notice].model.plan not in (None, entry.slug)
        ):
            problems.add(
                entry.locator.error(
                    ("notice",),
                    "印发通知的 plan 字段指向了另一个工作要点",
                    "notice points at another plan",
                    code="plan.notice-other-plan",
                )
            )
    check_report_set(site, problems, asset_set)
    _check_parts_not_empty(site, problems)

    published = tuple(
        sorted(
            (e for e in site.documents if e.model.disclosure == "主动公开"),
            key=lambda e: (e.model.published or e.model.written, e.slug),
            reverse=True,
        )
    )
    docs_by_org: dict[str, list[Entry[Document]]] = defaultdict(list)
    interpretations: dict[str, list[Entry[Document]]] = defaultdict(list)
    for e in published:
        docs_by_org[e.model.publisher].append(e)
        if e.model.interprets:
            interpretations[e.model.interprets].append(e)
    return Linked(
        site=site,
        orgs=orgs,
        documents=documents,
        published_documents=published,
        plans=plans,
        index_numbers=_index_numbers(site, problems),
        tasks=tasks,
        tasks_by_org={k: tuple(v) for k, v in by_org.items()},
        documents_by_org={k: tuple(v) for k, v in docs_by_org.items()},
        notice_of_plan=notice_of_plan,
        interpretations={k: tuple(v) for k, v in interpretations.items()},
        assets=asset_set,
    )


def _check_slugs(site: Site, problems: Problems) -> None:
    import re

    from .models import SLUG

    for entries in (site.documents, site.plans, site.rules):
        for e in entries:
            if not re.match(SLUG, e.slug) or e.slug in urls.RESERVED_SLUGS:
                problems.add(
                    e.locator.error(
                        (),
                        f"文件名 “{e.slug}” 不能用作网址：只能用小写字母、数字和连字符，且不能是 {'、'.join(sorted(urls.RESERVED_SLUGS))}",
                        f"file name {e.slug!r} is not a valid URL slug",
                        "重命名文件，如 2020-zwgk-gzyd.yaml。",
                        code="file.slug",
                    )
                )


def _check_document_refs(
    entry: Entry[Document],
    orgs: Mapping[str, Organization],
    documents: Mapping[str, Entry[Document]],
    plans: Mapping[str, Entry[Plan]],
    assets: frozenset[str],
    problems: Problems,
) -> None:
    doc = entry.model
    if doc.publisher not in orgs:
        problems.add(unknown_org(entry, ("publisher",), doc.publisher, orgs))  # type: ignore[arg-type]
    for field in ("replaced_by", "interprets"):
        target = getattr(doc, field)
        if target and target not in documents:
            problems.add(
                entry.locator.error(
                    (field,),
                    f"引用的文件 “{target}” 不存在{did_you_mean(target, documents)}",
                    f"unknown document {target!r}",
                    "填写 content/documents/ 下的文件名（不含 .yaml）。",
                    code="doc.ref-unknown",
                )
            )
        elif target == entry.slug:
            problems.add(
                entry.locator.error((field,), "文件不能引用自身", "document refers to itself", code="doc.ref-self")
            )
    if doc.plan and doc.plan not in plans:
        problems.add(
            entry.locator.error(
                ("plan",),
                f"工作要点 “{doc.plan}” 不存在{did_you_mean(doc.plan, plans)}",
                f"unknown plan {doc.plan!r}",
                code="doc.plan-unknown",
            )
        )
    for i, att in enumerate(doc.attachments):
        if att.file is None:
            continue
        if att.file.startswith("/") or ".." in att.file.split("/") or not att.file.startswith("files/"):
            problems.add(
                entry.locator.error(
                    ("attachments", i, "file"),
                    "附件路径必须位于 content/files/ 之内，如 files/xxx.pdf",
                    "attachment path must stay inside content/files/",
                    code="attachment.outside-files",
                )
            )
        elif att.file not in assets:
            problems.add(
                entry.locator.error(
                    ("attachments", i, "file"),
                    f"附件文件 content/{att.file} 不存在",
                    f"attachment content/{att.file} not found",
                    code="attachment.missing",
                )
            )


def _check_parts_not_empty(site: Site, problems: Problems) -> None:
    """Each of the four parts must have content (国办秘函〔2019〕19号 counts empty columns against a site)."""
    config = site.config
    published = [e for e in site.documents if e.model.disclosure == "主动公开"]
    empty = [
        ("政府信息公开制度", "content/rules/", not site.rules),
        ("法定主动公开内容", "content/documents/ 或 content/plans/", not published and not site.plans),
        ("政府信息公开工作年度报告", "content/reports/", not site.reports),
    ]
    for part, folder, is_empty in empty:
        if is_empty:
            problems.add(
                config.locator.error(
                    (),
                    f"栏目 “{part}” 没有内容：空栏目会被网站检查扣分",
                    f"the part {part} is empty",
                    f"在 {folder} 中添加内容。",
                    warning=True,
                    code="site.part-empty",
                )
            )


def _index_numbers(site: Site, problems: Problems) -> dict[str, str]:
    """索引号: <统一社会信用代码>/<年份>-<5位序号> (standards.md §6.2), by 成文日期 within a year.

    An explicit ``index_no`` wins, so a number stays what it was once published.
    """
    code = site.config.model.credit_code
    result: dict[str, str] = {}
    explicit = {e.model.index_no: e for e in site.documents if e.model.index_no}
    by_year: dict[int, list[Entry[Document]]] = defaultdict(list)
    for e in site.documents:
        if e.model.index_no:
            result[e.slug] = e.model.index_no
        else:
            by_year[e.model.written.year].append(e)
    for year, entries in by_year.items():
        seq = 0
        for e in sorted(entries, key=lambda x: (x.model.written, x.slug)):
            seq += 1
            number = f"{code}/{year}-{seq:05d}"
            while number in explicit:
                seq += 1
                number = f"{code}/{year}-{seq:05d}"
            result[e.slug] = number
    seen: dict[str, str] = {}
    for e in site.documents:
        number = result[e.slug]
        if number in seen:
            problems.add(
                e.locator.error(
                    ("index_no",),
                    f"索引号 “{number}” 与 {seen[number]} 重复",
                    "duplicate index number",
                    code="doc.index-no-duplicate",
                )
            )
        seen[number] = e.path
    return result
