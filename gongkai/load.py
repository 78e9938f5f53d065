"""Stage 2: every content file → a validated model; all problems of all files collected."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .errors import BuildFailed, ContentError, Problems
from .models import AnyReport, Document, Guide, Organization, Plan, Rule, SiteConfig
from .plans.checks import check_plan
from .reports.checks import check_report
from .reports.table_checks import check_unparsed
from .source import Kind, Locator, SourceFile, file_error, load_yaml
from .validate import check_document, check_rule, parse_model

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """A validated content item with where it came from."""

    slug: str
    path: str
    model: T
    locator: Locator


@dataclass(frozen=True, slots=True)
class Site:
    """All validated content of one site folder."""

    config: Entry[SiteConfig]
    organizations: Entry[tuple[Organization, ...]]
    guide: Entry[Guide]
    documents: tuple[Entry[Document], ...]
    plans: tuple[Entry[Plan], ...]
    rules: tuple[Entry[Rule], ...]
    reports: tuple[Entry[AnyReport], ...]


_SCHEMAS = {
    Kind.SITE: SiteConfig,
    Kind.ORGANIZATIONS: tuple[Organization, ...],
    Kind.GUIDE: Guide,
    Kind.DOCUMENT: Document,
    Kind.PLAN: Plan,
    Kind.RULE: Rule,
    Kind.REPORT: AnyReport,
}
_REQUIRED = {
    Kind.SITE: ("site.yaml", "网站配置"),
    Kind.ORGANIZATIONS: ("content/organizations.yaml", "机构名录"),
    Kind.GUIDE: ("content/guide.yaml", "政府信息公开指南"),
}


def load_site(sources: Sequence[SourceFile], problems: Problems) -> Site | None:
    """Validate every file; return the Site, or None when any file is unusable."""
    loaded: dict[Kind, list[Entry[object]]] = {kind: [] for kind in Kind}
    for source in sources:
        raw = load_yaml(source)
        problems.extend(raw.errors)
        if raw.errors:
            continue
        if raw.data is None:
            problems.add(file_error(source.rel_path, "文件为空", "file is empty", "删除该文件或填写内容。"))
            continue
        if source.kind is Kind.ORGANIZATIONS and not isinstance(raw.data, list):
            problems.add(
                raw.locator.error(
                    (), "机构名录应为列表，每个机构以 “- id: …” 开头", "organizations.yaml must be a list"
                )
            )
            continue
        if source.kind is not Kind.ORGANIZATIONS and not isinstance(raw.data, dict):
            problems.add(raw.locator.error((), "文件顶层应为 “字段: 值” 映射", "top level must be a mapping"))
            continue
        model, errors = parse_model(raw.data, _SCHEMAS[source.kind], raw.locator)
        problems.extend(errors)
        if model is None:
            if source.kind is Kind.REPORT:  # a schema error must not hide the tables' arithmetic
                problems.extend(check_unparsed(raw.data, raw.locator))
            continue
        problems.extend(_check(source.kind, model, raw.locator))
        loaded[source.kind].append(Entry(source.slug, source.rel_path, model, raw.locator))
    for kind, (path, name) in _REQUIRED.items():
        if not loaded[kind] and not any(s.kind is kind for s in sources):
            problems.add(
                ContentError(
                    path,
                    None,
                    None,
                    "",
                    f"缺少{name}文件 {path}",
                    f"missing {path}",
                    "参照 docs/content-format.md 创建该文件。",
                )
            )
    if problems.errors:
        return None
    return Site(
        config=loaded[Kind.SITE][0],  # type: ignore[arg-type]
        organizations=loaded[Kind.ORGANIZATIONS][0],  # type: ignore[arg-type]
        guide=loaded[Kind.GUIDE][0],  # type: ignore[arg-type]
        documents=tuple(loaded[Kind.DOCUMENT]),  # type: ignore[arg-type]
        plans=tuple(loaded[Kind.PLAN]),  # type: ignore[arg-type]
        rules=tuple(loaded[Kind.RULE]),  # type: ignore[arg-type]
        reports=tuple(loaded[Kind.REPORT]),  # type: ignore[arg-type]
    )


def _check(kind: Kind, model: object, locator: Locator) -> list[ContentError]:
    if isinstance(model, Document):
        return check_document(model, locator)
    if isinstance(model, Plan):
        return check_plan(model, locator)
    if isinstance(model, Rule):
        return check_rule(model, locator)
    if kind is Kind.REPORT:
        return check_report(model, locator)  # type: ignore[arg-type]
    return []


def require(site: Site | None, problems: Problems, strict: bool) -> Site:
    """Raise BuildFailed when loading failed or (under --strict) warned."""
    problems.raise_if_errors(strict)
    if site is None:  # pragma: no cover - load_site returns None only with errors
        raise BuildFailed(problems.items)
    return site
