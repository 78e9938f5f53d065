"""Every URL and output path of a site, in one place.

The column lives under /zfxxgk/ with its four parts in the order 国办公开办函〔2019〕61号
prescribes (standards.md §1.2).
"""

from __future__ import annotations

from pathlib import PurePosixPath

from .catalog import CATEGORY_BY_CODE, topic_path

HOME = "/"
COLUMN = "/zfxxgk/"
GUIDE = "/zfxxgk/zn/"
APPLICATION_FORM = f"{GUIDE}sqb/"
"""The printable 政府信息公开申请表 (申请表 → sqb)."""
APPLICATION_FORM_DOCX = f"{APPLICATION_FORM}zfxxgk-sqb.docx"
RULES = "/zfxxgk/zd/"
PROACTIVE = "/zfxxgk/fdzdgknr/"
PLANS = "/zfxxgk/fdzdgknr/gzyd/"
REPORTS = "/zfxxgk/ndbg/"
ORGANIZATIONS = "/zfxxgk/zrdw/"
SEARCH = "/search/"
ACCESSIBILITY = "/accessibility/"
NOT_FOUND = "/404.html"
SITEMAP = "/sitemap.xml"
FILES = "/files/"

# Slugs that would collide with list pagination or fixed sub-paths.
RESERVED_SLUGS = frozenset({"page", "gzyd", "files"})


def rule(slug: str) -> str:
    return f"{RULES}{slug}/"


def category(code: str) -> str:
    return f"{PROACTIVE}{CATEGORY_BY_CODE[code].slug}/"


def document(code: str, slug: str) -> str:
    return f"{category(code)}{slug}/"


def plan(slug: str) -> str:
    return f"{PLANS}{slug}/"


def report(year: int) -> str:
    return f"{REPORTS}{year}/"


def organization(org_id: str) -> str:
    return f"{ORGANIZATIONS}{org_id}/"


def asset(rel_path: str) -> str:
    """content/files/x.pdf is published at /files/x.pdf."""
    return FILES + rel_path.removeprefix("files/")


def paginated(url: str, page: int) -> str:
    return url if page == 1 else f"{url}page/{page}/"


def out_path(url: str) -> PurePosixPath:
    """The file a URL is written to, relative to the output folder."""
    path = url.lstrip("/")
    if not path or path.endswith("/"):
        return PurePosixPath(path) / "index.html"
    return PurePosixPath(path)


def relative(from_url: str, to_url: str) -> str:
    """A link from one page to another that works wherever the site is mounted."""
    base = from_url if from_url.endswith("/") else from_url.rsplit("/", 1)[0] + "/"
    depth = len([p for p in base.split("/") if p])
    rel = "../" * depth + to_url.lstrip("/")
    return rel or "./"


# ---------------------------------------------------------------- 行政规范性文件目录

NORMATIVE = f"{PROACTIVE}gfxwj/"
"""现行有效行政规范性文件目录 (standards.md §6.6)."""
NORMATIVE_ENDED = f"{NORMATIVE}fzsx/"
"""已废止、已失效行政规范性文件目录, beside it."""


def catalogue_file(base: str, name: str, fmt: str) -> str:
    """A catalogue download beside its page: /zfxxgk/fdzdgknr/gfxwj/gfxwj-mulu.csv."""
    return f"{base}{name}.{fmt}"


# ---------------------------------------------------------------- browsing 公文 (static lists, no JavaScript)

BROWSE_ORG = f"{PROACTIVE}fbjg/"
BROWSE_YEAR = f"{PROACTIVE}nf/"
BROWSE_TOPIC = f"{PROACTIVE}ztfl/"
BROWSE_CATEGORY = f"{PROACTIVE}gklb/"
BROWSE_STATE = f"{PROACTIVE}yxx/"
STATE_SLUGS = {"现行有效": "xxyx", "已修改": "yxg", "尚未施行": "wsx", "已废止": "yfz", "已失效": "ysx"}


def by_org(org_id: str) -> str:
    return f"{BROWSE_ORG}{org_id}/"


def by_year(year: int) -> str:
    return f"{BROWSE_YEAR}{year}/"


def by_topic(topic: str) -> str:
    """一级 ``综合政务`` → /ztfl/2/; 二级 ``综合政务\\政务公开`` → /ztfl/2/1/ (national list order)."""
    first, second = topic_path(topic)
    return f"{BROWSE_TOPIC}{first}/" + (f"{second}/" if second else "")


def by_state(state: str) -> str:
    return f"{BROWSE_STATE}{STATE_SLUGS[state]}/"


# ---------------------------------------------------------------- open data, feeds, site map

DOCUMENTS_JSON = f"{PROACTIVE}documents.json"
DOCUMENTS_CSV = f"{PROACTIVE}documents.csv"
SITE_FEED = "/feed.xml"
SITE_MAP_PAGE = "/wzdt/"
"""The HTML 网站地图 (the footer links it; sitemap.xml stays for crawlers)."""


def feed(list_url: str) -> str:
    """The Atom feed of a column, beside its list page: /zfxxgk/zd/feed.xml."""
    return f"{list_url}feed.xml"


# ---------------------------------------------------------------- plans: tasks and the ledger

TASKS_JSON = f"{PLANS}tasks.json"
LEDGER_FORMATS = ("csv", "xlsx", "docx")


def task_anchor(task_id: str | None, number: int) -> str:
    """The id of a task's row on its plan page: task-<id> when the row names one, else task-<n>."""
    return f"task-{task_id}" if task_id else f"task-{number}"


def task(plan_slug: str, anchor: str) -> str:
    """One task's own page, beside its plan: /zfxxgk/fdzdgknr/gzyd/<plan>/<anchor>/."""
    return f"{plan(plan_slug)}{anchor}/"


def task_row(plan_slug: str, anchor: str) -> str:
    """A task's row in its plan's table."""
    return f"{plan(plan_slug)}#{anchor}"


def ledger(plan_slug: str, fmt: str) -> str:
    """A plan's 任务台账 download: /zfxxgk/fdzdgknr/gzyd/<plan>/<plan>-rwtz.<fmt>."""
    return f"{plan(plan_slug)}{plan_slug}-rwtz.{fmt}"


# ---------------------------------------------------------------- annual reports: CSV tables

REPORT_HISTORY_CSV = f"{REPORTS}ndbg-linian.csv"


def report_table_csv(year: int, table: int) -> str:
    """/zfxxgk/ndbg/2023/2023-biao3.csv for 表三 of 2023."""
    return f"{report(year)}{year}-biao{table}.csv"


def absolute(base_url: str, url: str) -> str:
    """The full address of a site URL, for sitemap.xml and downloads that leave the site."""
    return base_url.rstrip("/") + url
