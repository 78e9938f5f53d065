"""The build as a list of stages: discover → load → link → pages → render → write → index."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import urls
from .checks.content import check_content
from .checks.links import BuiltPage, check_links, source_locators
from .errors import BuildFailed, ContentError, Problems
from .exports import make_files
from .kinds import FOLDERS, REGISTRY
from .link import link_site
from .load import load_site, require
from .pages import make_pages
from .project import PROJECT_ROOT
from .render import TemplateFailed, make_env, render_pages
from .search import index_search
from .source import discover_assets, discover_sources
from .values import Linked, SiteOutput
from .write import copy_assets, copy_static, staged_output, write_files, write_pages

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildResult:
    out_dir: Path
    pages: int
    warnings: tuple[str, ...]
    search_log: str


def check_site(root: Path, strict: bool = False, today: dt.date | None = None) -> tuple[Linked, Problems]:
    """Load and cross-check a site folder; raise BuildFailed on any error. Writes nothing."""
    problems = Problems()
    sources = discover_sources(root, FOLDERS)
    site = require(load_site(sources, REGISTRY, problems), problems, strict)
    linked = link_site(site, REGISTRY, discover_assets(root), problems, today)
    check_content(linked.site, sorted(linked.assets), problems)
    problems.raise_if_errors(strict)
    return linked, problems


def template_dirs(root: Path) -> list[Path]:
    """A site's own templates/ override the shared ones file by file."""
    return _distinct([root / "templates", PROJECT_ROOT / "templates"])


def static_dirs(root: Path) -> list[Path]:
    """The shared static/ first, then the site's own, whose files replace the shared ones."""
    return _distinct([PROJECT_ROOT / "static", root / "static"])


def _distinct(dirs: list[Path]) -> list[Path]:
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in {x.resolve() for x in dirs[:i]}]


def static_urls(dirs: Iterable[Path]) -> list[str]:
    return sorted({"/static/" + p.relative_to(d).as_posix() for d in dirs for p in d.rglob("*") if p.is_file()})


def check_collisions(outputs: Iterable[tuple[str, str]]) -> None:
    """No two outputs may write the same file; name both sources (Zola's find_path_collisions).

    ``outputs`` are (url, source) pairs for every page, data file, attachment and static file.
    """
    seen: dict[str, tuple[str, str]] = {}
    errors = []
    for url, source in outputs:
        key = str(urls.out_path(url))
        if key in seen:
            first_url, first_source = seen[key]
            errors.append(
                ContentError(
                    source or url,
                    None,
                    None,
                    "",
                    f"页面网址 {url} 与 {first_source or first_url} 冲突",
                    f"output path {key} collides",
                    "修改其中一个文件名。",
                    code="page.url-collision",
                )
            )
        seen[key] = (url, source)
    if errors:
        raise BuildFailed(errors)


@dataclass(frozen=True, slots=True)
class Built:
    """A site built in memory: what ``build`` writes, and the checked content it came from."""

    linked: Linked
    problems: Problems
    output: SiteOutput


def render_site(root: Path, strict: bool = False, today: dt.date | None = None) -> Built:
    """Check, make and render every page and data file in memory, then check the links between them."""
    linked, problems = check_site(root, strict, today)
    pages = make_pages(linked, REGISTRY)
    files = make_files(linked, REGISTRY)
    statics = static_urls(static_dirs(root))
    check_collisions(
        [
            *((p.url, p.source) for p in pages),
            (urls.SITEMAP, "sitemap.xml"),
            *((f.url, f.url) for f in files),
            *((urls.asset(a), f"content/{a}") for a in sorted(linked.assets)),
            *((u, u) for u in statics),
        ]
    )
    try:
        rendered = render_pages(pages, make_env(template_dirs(root)), linked)
    except TemplateFailed as exc:
        raise BuildFailed([exc.error], problems.warnings) from exc
    built = [BuiltPage(r.url, r.html, p.source, p.template) for p, r in zip(pages, rendered, strict=False)]
    others = [
        *(r.url for r in rendered[len(pages) :]),
        *(f.url for f in files),
        *(urls.asset(a) for a in linked.assets),
        *statics,
    ]
    link_errors = check_links(built, others, source_locators(linked.site), linked.site.config.model.base_url)
    if link_errors:
        raise BuildFailed(link_errors, problems.warnings)
    return Built(linked, problems, SiteOutput(tuple(rendered), tuple(files), tuple(sorted(linked.assets))))


def build_site(root: Path, *, strict: bool = False, today: dt.date | None = None) -> tuple[SiteOutput, Problems]:
    """Validate and render ``root`` in memory: every page and data file as values, nothing written."""
    built = render_site(root, strict, today)
    return built.output, built.problems


def build(
    root: Path,
    out_dir: Path,
    *,
    strict: bool = False,
    search: bool = True,
    today: dt.date | None = None,
    keep_index: bool = False,
) -> BuildResult:
    """Validate and build ``root`` into ``out_dir``; on failure out_dir is left untouched.

    ``today`` (from ``--date``, else site.yaml's build_date) decides deadlines; never the clock.
    """
    output, problems = build_site(root, strict=strict, today=today)
    search_log = ""
    with staged_output(out_dir, keep=("pagefind",) if keep_index and not search else ()) as stage:
        write_pages(output.pages, stage)
        write_files(output.files, stage)
        copy_static(static_dirs(root), stage)
        copy_assets(root / "content", output.assets, stage)
        if search:
            search_log = index_search(stage)
    log.info("built %d pages into %s", len(output.pages), out_dir)
    return BuildResult(out_dir, len(output.pages), tuple(str(w) for w in problems.warnings), search_log)


__all__: Sequence[str] = ["PROJECT_ROOT", "BuildResult", "Built", "build", "build_site", "check_site", "render_site"]
