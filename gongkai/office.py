"""The 指南's 政府信息公开工作机构, completed from organizations.yaml when site.yaml names it.

site.yaml ``office.org: <id>`` reads each contact the office does not write itself from that
organisation's 机构职能, with its 示例 marks, so the 指南, the footer and the 机构职能 page show
one set of data. Runs first in link; pages then read the completed ``site.office``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from .errors import Problems, did_you_mean
from .models import Organization
from .models.site import INTERNET_CONTACT_EN, INTERNET_CONTACT_ZH, OFFICE_REQUIRED, OFFICE_TITLES, internet_contact
from .values import Entry, Site


def with_office(site: Site, orgs: Mapping[str, Organization], problems: Problems) -> Site:
    """The site with its office completed from ``office.org``; unchanged without one."""
    entry = site.config
    config = entry.model
    office = config.office
    if office.org is None:
        return site
    org = orgs.get(office.org)
    if org is None:
        problems.add(
            entry.locator.error(
                ("office", "org"),
                f"机构 “{office.org}” 不在机构名录中{did_you_mean(office.org, orgs)}",
                f"unknown organisation {office.org!r}",
                "填写 content/organizations.yaml 中的机构标识。",
                code="org.unknown",
            )
        )
        return site
    taken = {f: getattr(org, f) for f in OFFICE_TITLES if getattr(office, f) is None and getattr(org, f)}
    missing = [OFFICE_TITLES[f] for f in OFFICE_REQUIRED if getattr(office, f) is None and f not in taken]
    if missing:
        problems.add(
            entry.locator.error(
                ("office", "org"),
                f"政府信息公开工作机构缺少：{'、'.join(missing)}（条例第十二条）；site.yaml 和机构 “{org.id}” 都没有填写",
                f"office lacks {missing}",
                f"在 site.yaml 的 office 或 organizations.yaml 中 “{org.id}” 下填写。",
                code="site.office-incomplete",
            )
        )
    completed_office = office.model_copy(update=taken)
    if not internet_contact(completed_office):
        problems.add(
            entry.locator.error(
                ("office", "org"),
                f"{INTERNET_CONTACT_ZH}；site.yaml 和机构 “{org.id}” 都没有填写",
                INTERNET_CONTACT_EN,
                code="site.office-internet-contact",
            )
        )
    marked = tuple(f"office.{f}" for f in taken if f in org.sample_fields)
    completed = config.model_copy(
        update={
            "office": completed_office,
            "sample_fields": tuple(dict.fromkeys((*config.sample_fields, *marked))),
        }
    )
    return replace(site, config=Entry(entry.slug, entry.path, completed, entry.locator))
