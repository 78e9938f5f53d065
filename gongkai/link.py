"""Stage 3: rules across files and every fact the pages need, derived once.

Builds the organisation registry, checks file names, then runs each kind's link step in
registry order (a kind may read the facts of the kinds before it), and warns about an
empty part of the column. Pure: reads nothing from disk.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from . import urls
from .directory import KEY as DIRECTORY
from .directory import link_directory
from .errors import Problems
from .institutions import KEY as INSTITUTIONS
from .institutions import link_institutions
from .kind import ContentKind, LinkInput
from .models import SLUG
from .office import with_office
from .organizations import build_registry
from .values import Linked, Site

PARTS_THAT_MUST_NOT_BE_EMPTY = (
    ("政府信息公开制度", urls.RULES),
    ("法定主动公开内容", urls.PROACTIVE),
    ("政府信息公开工作年度报告", urls.REPORTS),
)


def link_site(
    site: Site,
    kinds: Sequence[ContentKind[Any, Any]],
    assets: Iterable[str],
    problems: Problems,
    today: dt.date | None = None,
) -> Linked:
    """Check references across files and derive every kind's facts; problems go to ``problems``.

    ``today`` (``--date``, else site.yaml ``build_date``) decides deadlines and states.
    """
    today = today or site.config.model.build_date
    asset_set = frozenset(assets)
    orgs = build_registry(site, problems)
    site = with_office(site, orgs, problems)
    _check_slugs(site, kinds, problems)
    facts: dict[str, object] = {}
    for kind in kinds:
        facts[kind.key.name] = kind.link(LinkInput(site, orgs, facts, today, asset_set), problems)
    facts[INSTITUTIONS.name] = link_institutions(site, today, problems)
    facts[DIRECTORY.name] = link_directory(LinkInput(site, orgs, facts, today, asset_set), problems)
    _check_parts_not_empty(site, kinds, problems)
    return Linked(site=site, orgs=orgs, today=today, assets=asset_set, facts=facts)


def _check_slugs(site: Site, kinds: Sequence[ContentKind[Any, Any]], problems: Problems) -> None:
    for kind in (k for k in kinds if k.slug_is_url):
        for e in site.of(kind.key):
            if not re.match(SLUG, e.slug) or e.slug in urls.RESERVED_SLUGS:
                problems.add(
                    e.locator.error(
                        (),
                        f"文件名 “{e.slug}” 不能用作网址：只能用小写字母、数字和连字符，且不能是 {'、'.join(sorted(urls.RESERVED_SLUGS))}",
                        f"file name {e.slug!r} is not a valid URL slug",
                        "重命名文件，如 2020-zwgk-gzyd.yaml。",
                        code="file.slug",
                    )
                )


def _check_parts_not_empty(site: Site, kinds: Sequence[ContentKind[Any, Any]], problems: Problems) -> None:
    """Each of the four parts must have content (国办秘函〔2019〕19号 counts empty columns against a site)."""
    for part, url in PARTS_THAT_MUST_NOT_BE_EMPTY:
        members = [k for k in kinds if k.part == url]
        if sum(k.count(site) for k in members) == 0:
            folders = " 或 ".join(f"content/{k.folder}/" for k in members)
            problems.add(
                site.config.locator.error(
                    (),
                    f"栏目 “{part}” 没有内容：空栏目会被网站检查扣分",
                    f"the part {part} is empty",
                    f"在 {folders} 中添加内容。",
                    warning=True,
                    code="site.part-empty",
                )
            )
