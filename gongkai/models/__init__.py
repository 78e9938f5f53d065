"""The content schema: one frozen pydantic model per kind of YAML file.

Field titles are the Chinese names editors know; they appear in error messages. Rules that
concern one value live on the models as validators; rules across fields or files live in the
kind's checks and in link.py.
"""

from .base import DOC_NUMBER, SLUG, OrgRef, Slug, Strict, Text, check_doc_number, rule_error
from .documents import Attachment, Document, Guide, Rule
from .plans import Assignment, Plan, Progress, ProgressStatus, Task, TaskGroup, TaskNode
from .reports import (
    AnyReport,
    ApplicationTable,
    FreeReport,
    IssuedCounts,
    ProactiveTable,
    Report,
    Report2019,
    ReviewTable,
)
from .site import Office, Organization, PrivacyException, SiteConfig

__all__ = [
    "DOC_NUMBER",
    "SLUG",
    "AnyReport",
    "ApplicationTable",
    "Assignment",
    "Attachment",
    "Document",
    "FreeReport",
    "Guide",
    "Report2019",
    "IssuedCounts",
    "Office",
    "OrgRef",
    "Organization",
    "Plan",
    "PrivacyException",
    "ProactiveTable",
    "Progress",
    "ProgressStatus",
    "Report",
    "ReviewTable",
    "Rule",
    "SiteConfig",
    "Slug",
    "Strict",
    "Task",
    "TaskGroup",
    "TaskNode",
    "Text",
    "check_doc_number",
    "rule_error",
]
