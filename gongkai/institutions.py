"""机构职能 (条例 第二十条第（二）项): each organisation's profile, derived once in link.

A profile is what organizations.yaml says about an organisation of this government: 职能,
内设机构, 负责人 (current on the build date, and the dated history), 办公地址, 办公时间, 电话,
传真, 邮编, 网站. 上级机关 and 统称 are not its organs and have no profile. Pages read the
facts through ``linked.of(KEY)``: the 机构职能 overview and each organisation's own page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from .emptiness import is_empty
from .errors import Problems
from .models import Organization
from .models.organizations import PROFILE_FIELDS, Leader
from .values import Key, Site

PROFILE_KINDS = ("部门", "镇街", "开发区", "其他")
"""Kinds of organisation that are this government's own organs (机构设置)."""
CONTACTS = (
    ("办公地址", "address"),
    ("办公时间", "hours"),
    ("联系电话", "phone"),
    ("传真", "fax"),
    ("电子邮箱", "email"),
    ("邮政编码", "postcode"),
    ("网站", "website"),
)


@dataclass(frozen=True, slots=True)
class Profile:
    """The 机构职能 of one organisation on the build date."""

    org: Organization
    current: tuple[Leader, ...]
    """负责人 on the build date, in file order."""
    history: tuple[Leader, ...]
    """负责人 who have left (or not yet started), newest first: the dated history."""
    sample: frozenset[str]
    """Fields marked 示例 (``sample_fields``)."""

    @property
    def contacts(self) -> list[tuple[str, str, str]]:
        """(label, field, value) of each contact the file gives, in the order pages show them."""
        return [(label, field, value) for label, field in CONTACTS if (value := getattr(self.org, field))]


@dataclass(frozen=True, slots=True)
class InstitutionFacts:
    profiles: Mapping[str, Profile]
    """Organisations with any 机构职能 data, in registry order, by id."""


KEY: Key[None, InstitutionFacts] = Key("institutions")


def has_profile(org: Organization) -> bool:
    return not is_empty([getattr(org, name) for name in PROFILE_FIELDS])


def in_office(leader: Leader, today: dt.date | None) -> bool:
    """Whether a head is in office on ``today``; without a build date, whoever has not left."""
    if today is None:
        return leader.until is None
    started = leader.since is None or leader.since <= today
    return started and (leader.until is None or leader.until >= today)


def link_institutions(site: Site, today: dt.date | None, problems: Problems) -> InstitutionFacts:
    """Every organisation's profile; 机构职能 on a 上级机关 or 统称 is an error."""
    entry = site.organizations
    profiles = {}
    for i, org in enumerate(entry.model):
        if not has_profile(org):
            continue
        if org.kind not in PROFILE_KINDS:
            problems.add(
                entry.locator.error(
                    (i, "kind"),
                    f"“{org.name}” 的类别为 “{org.kind}”，不是本机关的机构，不应填写机构职能",
                    "profile on an organisation that is not this government's own",
                    "机构职能只写本级政府及其部门、镇街、开发区等机构；核对 kind。",
                    code="org.profile-kind",
                )
            )
            continue
        current = tuple(leader for leader in org.leaders if in_office(leader, today))
        history = tuple(
            sorted(
                (leader for leader in org.leaders if not in_office(leader, today)),
                key=lambda leader: leader.until or leader.since or dt.date.min,
                reverse=True,
            )
        )
        profiles[org.id] = Profile(org, current, history, frozenset(org.sample_fields))
    return InstitutionFacts(profiles)
