"""The registry of organisations: building it from organizations.yaml and resolving references."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import ContentError, Problems, did_you_mean
from .models import Organization
from .values import Entry, Site


def build_registry(site: Site, problems: Problems) -> dict[str, Organization]:
    entry = site.organizations
    orgs: dict[str, Organization] = {}
    names: dict[str, str] = {}
    for i, org in enumerate(entry.model):
        if org.id in orgs:
            problems.add(
                entry.locator.error(
                    (i, "id"), f"机构标识 “{org.id}” 重复", f"duplicate id {org.id!r}", code="org.id-duplicate"
                )
            )
            continue
        orgs[org.id] = org
        for name in (org.name, *org.aliases):
            if name in names and names[name] != org.id:
                problems.add(
                    entry.locator.error(
                        (i, "aliases" if name != org.name else "name"),
                        f"名称 “{name}” 已属于机构 “{names[name]}”，同一名称只能对应一个机构",
                        f"name {name!r} already belongs to {names[name]!r}",
                        "把变体名称只放在一个机构的 aliases 里。",
                        code="org.name-duplicate",
                    )
                )
            names.setdefault(name, org.id)
    return orgs


def unknown_org(
    entry: Entry[Any], key: tuple[str | int, ...], org_id: str, orgs: Mapping[str, Organization]
) -> ContentError:
    by_name = {n: o.id for o in orgs.values() for n in (o.name, *o.aliases)}
    hint = (
        f"名称为 “{org_id}” 的机构标识是 “{by_name[org_id]}”。"
        if org_id in by_name
        else "在 content/organizations.yaml 中添加该机构，或改用已有的标识。"
    )
    return entry.locator.error(
        key,
        f"机构 “{org_id}” 不在机构名录中{did_you_mean(org_id, orgs)}",
        f"unknown organisation {org_id!r}",
        hint,
        code="org.unknown",
    )
