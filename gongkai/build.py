"""The build as a list of stages: discover → load → link → pages → render → write → index."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from . import urls
from .checks import check_content
from .checks.links import BuiltPage, check_links, source_locators
from .errors import BuildFailed, ContentError, Problems
from .exports import make_files
from .link import Linked, link_site
from .load import load_site, require
from .pages import Page, make_pages
from .render import RenderedPage, TemplateFailed, make_env, render_pages
from .search import index_search
from .source import discover_assets, discover_sources
from .views import OutputFile
from .write import copy_assets, copy_static, staged_output, write_files, write_pages

log = logging.getLogger(__name__)

SHARED_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class BuildResult:
    out_dir: Path
    pages: int
    warnings: tuple[str, ...]
    search_log: str


@dataclass(frozen=True, slots=True)
class Rendered:
    """A site built in memory: everything ``build`` writes, nothing written yet."""

    linked: Linked
    problems: Problems
    pages: list[RenderedPage]
    files: list[OutputFile]


def check_site(root: Path, strict: bool = False) -> tuple[Linked, Problems]:
    """Load and cross-check a site folder; raise BuildFailed on any error. Writes nothing."""
    problems = Problems()
    site = require(load_site(discover_sources(root), problems), problems, strict)
    linked = link_site(site, discover_assets(root), problems)
    check_content(linked.site, sorted(linked.assets), problems)
    problems.raise_if_errors(strict)
    return linked, problems


def render_site(root: Path, strict: bool = False, today: dt.date | None = None) -> Rendered:
    """Check, make and render every page and data file in memory, then check the links between them."""
    linked, problems = check_site(root, strict)
    today = today or linked.site.config.model.build_date
    pages = make_pages(linked, today)
    files = make_files(linked, today)
    check_collisions(pages)
    try:
        rendered = render_pages(pages, make_env(template_dirs(root)), linked)
    except TemplateFailed as exc:
        raise BuildFailed([exc.error], problems.warnings) from exc
    built = [BuiltPage(r.url, r.html, p.source, p.template) for p, r in zip(pages, rendered, strict=False)]
    others = [
        *(r.url for r in rendered[len(pages) :]),
        *(f.url for f in files),
        *(urls.asset(a) for a in linked.assets),
        *static_urls(static_dirs(root)),
    ]
    link_errors = check_links(built, others, source_locators(linked.site), linked.site.config.model.base_url)
    if link_errors:
        raise BuildFailed(link_errors, problems.warnings)
    return Rendered(linked, problems, rendered, files)


def static_urls(dirs: list[Path]) -> list[str]:
    """The URLs copy_static publishes: /static/ + each file's path below a static folder."""
    return sorted({"/static/" + p.relative_to(d).as_posix() for d in dirs for p in d.rglob("*") if p.is_file()})


def template_dirs(root: Path) -> list[Path]:
    """A site's own templates/ override the shared ones file by file."""
    dirs = [root / "templates", SHARED_ROOT / "templates"]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in {x.resolve() for x in dirs[:i]}]


def static_dirs(root: Path) -> list[Path]:
    dirs = [SHARED_ROOT / "static", root / "static"]
    return [d for i, d in enumerate(dirs) if d.is_dir() and d.resolve() not in {x.resolve() for x in dirs[:i]}]


def check_collisions(pages: list[Page]) -> None:
    """Two pages may never write the same file; name both sources (Zola's find_path_collisions)."""
    seen: dict[str, Page] = {}
    errors = []
    for page in pages:
        key = str(urls.out_path(page.url))
        if key in seen:
            first = seen[key]
            errors.append(
                ContentError(
                    page.source or page.url,
                    None,
                    None,
                    "",
                    f"页面网址 {page.url} 与 {first.source or first.url} 冲突",
                    f"output path {key} collides",
                    "修改其中一个文件名。",
                    code="page.url-collision",
                )
            )
        seen[key] = page
    if errors:
        raise BuildFailed(errors)


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
    site = render_site(root, strict, today)
    linked, problems, rendered, files = site.linked, site.problems, site.pages, site.files
    search_log = ""
    with staged_output(out_dir, keep=("pagefind",) if keep_index and not search else ()) as stage:
        write_pages(rendered, stage)
        write_files(files, stage)
        copy_static(static_dirs(root), stage)
        copy_assets(root / "content", sorted(linked.assets), stage)
        if search:
            search_log = index_search(stage)
    log.info("built %d pages into %s", len(rendered), out_dir)
    return BuildResult(out_dir, len(rendered), tuple(str(w) for w in problems.warnings), search_log)
