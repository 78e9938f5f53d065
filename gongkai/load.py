"""Stage 2: every content file → a validated model; all problems of all files collected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .checks.content import check_single_file
from .errors import BuildFailed, ContentError, Problems
from .kind import ContentKind
from .models import Guide, Organization, SiteConfig
from .source import GUIDE, ORGANIZATIONS, SITE, SourceFile, file_error, load_yaml
from .validate import parse_model
from .values import Entry, Site

_SINGLE_FILES: dict[str, tuple[Any, str, str]] = {
    SITE: (SiteConfig, "site.yaml", "网站配置"),
    ORGANIZATIONS: (tuple[Organization, ...], "content/organizations.yaml", "机构名录"),
    GUIDE: (Guide, "content/guide.yaml", "政府信息公开指南"),
}


SINGLE_FILE_SCHEMAS = {kind: schema for kind, (schema, _, _) in _SINGLE_FILES.items()}


def load_site(sources: Sequence[SourceFile], kinds: Sequence[ContentKind[Any, Any]], problems: Problems) -> Site | None:
    """Validate every file against its kind's schema and per-file checks; None when any file is unusable."""
    by_name = {kind.key.name: kind for kind in kinds}
    loaded: dict[str, list[Entry[Any]]] = {name: [] for name in (*_SINGLE_FILES, *by_name)}
    for source in sources:
        kind = by_name.get(source.kind)
        schema = kind.schema if kind else _SINGLE_FILES[source.kind][0]
        entry = _load_file(source, schema, kind, problems)
        if entry is None:
            continue
        if kind is not None:
            problems.extend(kind.check(entry.model, entry.locator))
        else:
            problems.extend(check_single_file(source.kind, entry.model, entry.locator))
        loaded[source.kind].append(entry)
    for name, (_, path, label) in _SINGLE_FILES.items():
        if not any(s.kind == name for s in sources):
            problems.add(
                ContentError(
                    path,
                    None,
                    None,
                    "",
                    f"缺少{label}文件 {path}",
                    f"missing {path}",
                    "参照 docs/content-format.md 创建该文件。",
                    code="file.missing",
                )
            )
    if problems.errors:
        return None
    return Site(
        config=loaded[SITE][0],
        organizations=loaded[ORGANIZATIONS][0],
        guide=loaded[GUIDE][0],
        entries={name: tuple(loaded[name]) for name in by_name},
    )


def _load_file(
    source: SourceFile, schema: Any, kind: ContentKind[Any, Any] | None, problems: Problems
) -> Entry[Any] | None:
    raw = load_yaml(source)
    problems.extend(raw.errors)
    if raw.errors:
        return None
    if raw.data is None:
        problems.add(
            file_error(source.rel_path, "文件为空", "file is empty", "删除该文件或填写内容。", code="file.empty")
        )
        return None
    if source.kind == ORGANIZATIONS and not isinstance(raw.data, list):
        problems.add(
            raw.locator.error(
                (),
                "机构名录应为列表，每个机构以 “- id: …” 开头",
                "organizations.yaml must be a list",
                code="org.not-a-list",
            )
        )
        return None
    if source.kind != ORGANIZATIONS and not isinstance(raw.data, dict):
        problems.add(
            raw.locator.error(
                (), "文件顶层应为 “字段: 值” 映射", "top level must be a mapping", code="file.not-a-mapping"
            )
        )
        return None
    model, errors = parse_model(raw.data, schema, raw.locator)
    problems.extend(errors)
    if model is None:
        if kind is not None:  # a schema error must not hide the rules the raw data can still be checked by
            problems.extend(kind.check_unparsed(raw.data, raw.locator))
        return None
    return Entry(source.slug, source.rel_path, model, raw.locator)


def require(site: Site | None, problems: Problems, strict: bool) -> Site:
    """Raise BuildFailed when loading failed; warnings wait for the cross-file checks, so that
    one run lists them all (--strict then fails on them in check_site)."""
    if problems.errors:
        problems.raise_if_errors(strict)
    if site is None:  # pragma: no cover - load_site returns None only with errors
        raise BuildFailed(problems.items)
    return site
