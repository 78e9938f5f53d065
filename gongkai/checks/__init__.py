"""The editors' safety net: checks beyond the schema, each in its own module.

- per file, while loading (:func:`check_file`): identity codes in site.yaml and
  organizations.yaml, 文号 year against 成文日期;
- over the loaded site (:func:`check_content`): personal numbers in published text,
  publication deadlines in working days;
- over the rendered pages (:mod:`.links`): internal links and image alt text;
- before the YAML parser (:mod:`.punctuation`): input-method slips in keys and indentation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..errors import ContentError, Problems
from ..models import Document, SiteConfig
from ..source import Kind, Locator
from .identity import check_organization_codes, check_site_codes
from .number_year import check_number_year
from .privacy import Published, check_privacy
from .timeliness import check_timeliness

if TYPE_CHECKING:
    from ..load import Entry, Site


def check_file(kind: Kind, model: object, locator: Locator) -> list[ContentError]:
    """Checks that need one file only; run by load for every file that validated."""
    if isinstance(model, SiteConfig):
        return check_site_codes(model, locator)
    if kind is Kind.ORGANIZATIONS:
        return check_organization_codes(model, locator)  # type: ignore[arg-type]
    if isinstance(model, Document):
        return check_number_year(model, locator)
    return []


def check_content(site: Site, assets: Iterable[str], problems: Problems) -> None:
    """Checks over the whole loaded site; run after link."""
    config = site.config
    check_privacy(_published(site), assets, config.model.privacy_exceptions, config.locator, problems)
    check_timeliness(site.documents, problems)


def _dump(model: Any) -> Any:
    if isinstance(model, BaseModel):
        return model.model_dump()
    return [_dump(item) for item in model]


def _published(site: Site) -> Iterator[Published]:
    entries: list[Entry[Any]] = [
        site.organizations,
        site.guide,
        *site.documents,
        *site.plans,
        *site.rules,
        *site.reports,
    ]
    # sample_fields names fields; privacy_exceptions lists the very numbers that are allowed.
    yield Published(site.config.path, _dump(site.config.model), site.config.locator,
                    frozenset({"sample_fields", "privacy_exceptions"}))  # fmt: skip
    for entry in entries:
        yield Published(entry.path, _dump(entry.model), entry.locator)
