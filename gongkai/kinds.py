"""The registry of content kinds: one line per kind, in the order they are linked.

A kind linked later may read the facts of one linked earlier (plans read documents; the
reports read both). To add a kind, write its package (see docs/architecture.md) and add
its record here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import urls
from .checks.number_year import check_number_year
from .documents.checks import check_document
from .documents.exports import document_files
from .documents.facts import KEY as DOCUMENTS
from .documents.importer import import_documents
from .documents.linking import link_documents
from .documents.pages import document_pages
from .documents.scaffold import new_document
from .errors import UsageError
from .kind import ContentKind, Scaffold
from .models import AnyReport, Document, Plan, Rule
from .plans.checks import check_plan
from .plans.exports import plan_files
from .plans.facts import KEY as PLANS
from .plans.linking import link_plans
from .plans.pages import plan_pages
from .plans.scaffold import new_plan
from .reports.checks import check_report, link_reports
from .reports.exports import report_files
from .reports.facts import KEY as REPORTS
from .reports.pages import report_pages
from .reports.scaffold import new_report
from .reports.table_checks import check_unparsed
from .rules.checks import check_rule
from .rules.facts import KEY as RULES
from .rules.pages import rule_pages


def _no_facts(given: object, problems: object) -> None:
    return None


def _new_document(request: Scaffold) -> Path:
    if len(request.args) != 1:
        raise UsageError("用法：python build.py new document 文件名")
    return new_document(request.root, request.args[0], request.force, request.today)


def _new_plan(request: Scaffold) -> Path:
    if len(request.args) > 1:
        raise UsageError("用法：python build.py new plan [路径]")
    return new_plan(request.root, Path(request.args[0]) if request.args else None, request.force)


def _new_report(request: Scaffold) -> Path:
    if len(request.args) != 1 or not request.args[0].isdigit():
        raise UsageError("用法：python build.py new report 年份")
    return new_report(request.root, int(request.args[0]), request.force)


REGISTRY: tuple[ContentKind[Any, Any], ...] = (
    ContentKind(
        key=RULES,
        folder="rules",
        label="政府信息公开制度",
        schema=Rule,
        part=urls.RULES,
        check=check_rule,
        link=_no_facts,
        count=lambda site: len(site.of(RULES)),
        pages=rule_pages,
    ),
    ContentKind(
        key=DOCUMENTS,
        folder="documents",
        label="公文",
        schema=Document,
        part=urls.PROACTIVE,
        check=lambda doc, locator: [*check_document(doc, locator), *check_number_year(doc, locator)],
        link=link_documents,
        count=lambda site: sum(1 for e in site.of(DOCUMENTS) if e.model.disclosure == "主动公开"),
        pages=document_pages,
        files=document_files,
        scaffold=_new_document,
        scaffold_usage="document 文件名",
        importer=import_documents,
        import_usage="documents 导出文件.csv|.xlsx|.json [映射文件.yaml]",
    ),
    ContentKind(
        key=PLANS,
        folder="plans",
        label="政务公开工作要点",
        schema=Plan,
        part=urls.PROACTIVE,
        check=check_plan,
        link=link_plans,
        count=lambda site: len(site.of(PLANS)),
        pages=plan_pages,
        files=lambda linked: plan_files(linked, linked.today),
        scaffold=_new_plan,
        scaffold_usage="plan [路径]",
    ),
    ContentKind(
        key=REPORTS,
        folder="reports",
        label="政府信息公开工作年度报告",
        schema=AnyReport,
        part=urls.REPORTS,
        slug_is_url=False,
        check=check_report,
        check_unparsed=check_unparsed,
        link=link_reports,
        count=lambda site: len(site.of(REPORTS)),
        pages=report_pages,
        files=report_files,
        scaffold=_new_report,
        scaffold_usage="report 年份",
    ),
)

FOLDERS = tuple(kind.folder for kind in REGISTRY)
"""The folders under content/ that hold a kind."""
