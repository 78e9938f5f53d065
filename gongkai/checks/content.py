"""Running the safety-net checks: on the single files while loading, and over the linked site."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pydantic import BaseModel

from ..documents.facts import KEY as DOCUMENTS
from ..errors import ContentError, Problems
from ..models import Organization, SiteConfig
from ..source import ORGANIZATIONS, SITE, Locator
from ..values import Entry, Site
from .identity import check_organization_codes, check_site_codes
from .privacy import Published, check_privacy
from .timeliness import check_timeliness


def check_single_file(kind: str, model: object, locator: Locator) -> list[ContentError]:
    """Identity codes (GB 32100, 网站标识码, ICP, 公安备案号) in site.yaml and organizations.yaml."""
    if kind == SITE and isinstance(model, SiteConfig):
        return check_site_codes(model, locator)
    if kind == ORGANIZATIONS and isinstance(model, tuple):
        orgs: tuple[Organization, ...] = model
        return check_organization_codes(orgs, locator)
    return []


def check_content(site: Site, assets: Iterable[str], problems: Problems) -> None:
    """Checks over the whole loaded site; run after link."""
    config = site.config
    check_privacy(_published(site), assets, config.model.privacy_exceptions, config.locator, problems)
    check_timeliness(site.of(DOCUMENTS), problems)


def _dump(model: Any) -> Any:
    if isinstance(model, BaseModel):
        return model.model_dump()
    return [_dump(item) for item in model]


def _published(site: Site) -> Iterator[Published]:
    """Every content file as plain data: what the site publishes, to scan for personal numbers."""
    entries: list[Entry[Any]] = [site.organizations, site.guide]
    for kind_entries in site.entries.values():
        entries.extend(kind_entries)
    # sample_fields names fields; privacy_exceptions lists the very numbers that are allowed.
    yield Published(site.config.path, _dump(site.config.model), site.config.locator,
                    frozenset({"sample_fields", "privacy_exceptions"}))  # fmt: skip
    for entry in entries:
        yield Published(entry.path, _dump(entry.model), entry.locator)
