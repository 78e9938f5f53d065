"""Stage 5: pages → HTML strings through Jinja2 (autoescape, StrictUndefined)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from . import __version__, urls
from .checks import identity
from .emptiness import is_empty
from .errors import ContentError
from .feeds import feed_urls
from .formats import file_format, zh_date
from .markdown import render_markdown
from .values import Linked, Page, RenderedPage
from .views import COLUMN_NAME, PARTS, org_name


class TemplateFailed(Exception):
    """A template could not render a page; names the template, its line and the content file."""

    def __init__(self, error: ContentError) -> None:
        self.error = error
        super().__init__(str(error))


def make_env(template_dirs: Sequence[Path]) -> jinja2.Environment:
    """Templates from the site's own templates/ first, then the shared ones."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs]),
        autoescape=jinja2.select_autoescape(["html", "xml"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # one environment per build: no stat() of every template for every page
    )
    env.filters["markdown"] = lambda text: Markup(render_markdown(text or ""))
    env.filters["zhdate"] = zh_date
    env.filters["isodate"] = _iso_date
    env.tests["empty"] = is_empty
    env.filters["file_format"] = file_format
    return env


def _iso_date(value: dt.date | int | None) -> str:
    """YYYY-MM-DD, or the year alone where only the year is known (a plan without a 印发通知)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if value else ""


def render_pages(pages: Sequence[Page], env: jinja2.Environment, linked: Linked) -> list[RenderedPage]:
    """Render every page; the first template error stops the build."""
    config = linked.site.config.model
    common = {
        "site": config,
        "column_name": COLUMN_NAME,
        "parts": PARTS,
        "urls": urls,
        "version": __version__,
        "sample_fields": frozenset(config.sample_fields),
        "org_name": lambda org_id: org_name(linked, org_id),
        "orgs": linked.orgs,
        "feeds": feed_urls(linked),
        "identity": identity,
    }
    out = []
    for page in pages:
        out.append(RenderedPage(page.url, urls.out_path(page.url), render_one(env, page, common)))
    out.append(RenderedPage(urls.SITEMAP, urls.out_path(urls.SITEMAP), _sitemap(config.base_url, pages)))
    return out


def render_one(env: jinja2.Environment, page: Page, common: dict[str, Any]) -> str:
    def link(target: str) -> str:
        # The 404 page is served at any missing address, so its links must be absolute.
        return target if page.url == urls.NOT_FOUND else urls.relative(page.url, target)

    context = {**common, **page.context, "page": page, "link": link}
    try:
        return env.get_template(page.template).render(context)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateFailed(
            ContentError(
                f"templates/{exc.name or page.template}",
                exc.lineno,
                None,
                "",
                f"模板语法错误：{exc.message}",
                str(exc.message),
                code="template.syntax",
            )
        ) from exc
    except jinja2.TemplateError as exc:
        frame_line, name = _template_frame(exc)
        raise TemplateFailed(
            ContentError(
                f"templates/{name or page.template}",
                frame_line,
                None,
                "",
                f"渲染 {page.source or page.url} 时出错：{exc}",
                f"while rendering {page.url}: {exc}",
                code="template.render",
            )
        ) from exc


def _template_frame(exc: BaseException) -> tuple[int | None, str | None]:
    tb = exc.__traceback__
    found: tuple[int | None, str | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".html", ".xml")):
            found = (tb.tb_lineno, Path(filename).name)
        tb = tb.tb_next
    return found


def _sitemap(base_url: str, pages: Sequence[Page]) -> str:
    rows = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for page in sorted(pages, key=lambda p: p.url):
        if page.url == urls.NOT_FOUND:
            continue
        loc = urls.absolute(base_url, page.url)
        lastmod = f"<lastmod>{page.pubdate.isoformat()}</lastmod>" if page.pubdate else ""
        rows.append(f"  <url><loc>{escape(loc)}</loc>{lastmod}</url>")
    rows.append("</urlset>")
    return "\n".join(rows) + "\n"
