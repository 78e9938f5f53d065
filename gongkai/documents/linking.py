"""Cross-file rules of 公文 and the facts derived from them (run in the link stage)."""

from __future__ import annotations

from collections import defaultdict

from .. import catalog
from ..attachments import check_attachment_file
from ..errors import Problems, did_you_mean
from ..kind import LinkInput
from ..models import Document
from ..organizations import unknown_org
from ..plans.facts import KEY as PLANS
from ..values import Entry
from .browse import group_documents
from .facts import KEY, DocumentFacts
from .lifecycle import derive_lifecycles
from .register import check_register_numbers
from .sync import check_sync


def link_documents(given: LinkInput, problems: Problems) -> DocumentFacts:
    site = given.site
    entries = site.of(KEY)
    by_slug = {e.slug: e for e in entries}
    plan_slugs = {e.slug for e in site.of(PLANS)}
    level = site.config.model.level
    allowed = catalog.applicable_categories(level)
    for entry in entries:
        _check_refs(entry, given, by_slug, plan_slugs, problems)
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
    check_register_numbers(entries, site.config.model.register_no, problems)
    lifecycles, decisions = derive_lifecycles(entries, given.today, problems)
    plan_notices: dict[str, str] = {}
    for entry in entries:
        if entry.model.plan:
            plan_notices.setdefault(entry.model.plan, entry.slug)
    published = tuple(
        sorted(
            (e for e in entries if e.model.disclosure == "主动公开"),
            key=lambda e: (e.model.published or e.model.written, e.slug),
            reverse=True,
        )
    )
    interpretations: dict[str, list[Entry[Document]]] = defaultdict(list)
    for e in published:
        if e.model.interprets:
            interpretations[e.model.interprets].append(e)
    normative = tuple(
        sorted(
            (e for e in published if e.model.doc_type == "行政规范性文件"),
            key=lambda e: (e.model.written, e.slug),
            reverse=True,
        )
    )
    check_sync(normative, interpretations, lifecycles, problems)
    facets = group_documents(published, lifecycles)
    return DocumentFacts(
        by_slug=by_slug,
        published=published,
        index_numbers=index_numbers(entries, site.config.model.credit_code, problems),
        by_org=facets.by_org,
        interpretations={k: tuple(v) for k, v in interpretations.items()},
        plan_notices=plan_notices,
        lifecycles=lifecycles,
        decisions=decisions,
        normative=normative,
        facets=facets,
    )


def _check_refs(
    entry: Entry[Document],
    given: LinkInput,
    documents: dict[str, Entry[Document]],
    plans: set[str],
    problems: Problems,
) -> None:
    doc = entry.model
    if doc.publisher not in given.orgs:
        problems.add(unknown_org(entry, ("publisher",), doc.publisher, given.orgs))
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
    if doc.image is not None:
        error = check_attachment_file(entry.locator, ("image", "file"), doc.image.file, given.assets, "图解.png")
        if error:
            problems.add(error)
    for i, att in enumerate(doc.attachments):
        if att.file is not None:
            error = check_attachment_file(entry.locator, ("attachments", i, "file"), att.file, given.assets)
            if error:
                problems.add(error)


def index_numbers(entries: tuple[Entry[Document], ...], credit_code: str, problems: Problems) -> dict[str, str]:
    """索引号: <统一社会信用代码>/<年份>-<5位序号> (standards.md §6.2), by 成文日期 within a year.

    An explicit ``index_no`` wins, so a number stays what it was once published.
    """
    result: dict[str, str] = {}
    explicit = {e.model.index_no: e for e in entries if e.model.index_no}
    by_year: dict[int, list[Entry[Document]]] = defaultdict(list)
    for e in entries:
        if e.model.index_no:
            result[e.slug] = e.model.index_no
        else:
            by_year[e.model.written.year].append(e)
    for year, members in by_year.items():
        seq = 0
        for e in sorted(members, key=lambda x: (x.model.written, x.slug)):
            seq += 1
            number = f"{credit_code}/{year}-{seq:05d}"
            while number in explicit:
                seq += 1
                number = f"{credit_code}/{year}-{seq:05d}"
            result[e.slug] = number
    seen: dict[str, str] = {}
    for e in entries:
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
