"""The guide's extra outputs: the printable 申请表 page and its Word download."""

from __future__ import annotations

from .. import urls
from ..values import Crumb, Linked, OutputFile, Page
from .application_form import TITLE, application_form
from .form_docx import form_docx


def application_form_page(linked: Linked, crumbs: tuple[Crumb, ...]) -> Page:
    """/zfxxgk/zn/sqb/: the form to print, with the same fields as the DOCX."""
    config, guide = linked.site.config.model, linked.site.guide.model
    return Page(
        urls.APPLICATION_FORM,
        "application_form.html",
        TITLE,
        {"form": application_form(config, guide)},
        crumbs,
        "政府信息公开指南",
        source=linked.site.guide.path,
        meta={"ContentSource": config.office.name},
        filters={"类型": ("指南",), "发布机构": (config.office.name,)},
        search_meta={"发布机构": config.office.name},
        sort_date=guide.updated,
    )


def guide_files(linked: Linked) -> list[OutputFile]:
    """The 申请表 as DOCX."""
    form = application_form(linked.site.config.model, linked.site.guide.model)
    return [OutputFile(urls.APPLICATION_FORM_DOCX, form_docx(form))]
