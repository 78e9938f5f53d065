"""The codes that identify a government and its website: check digits and forms.

- 统一社会信用代码, GB 32100-2015: 18 characters from ``0-9A-HJ-NPQRTUWXY``; the 18th is a
  check character over the first 17 (weights 3^i mod 31). Its 9th–17th characters are the
  组织机构代码 (GB 11714-1997), whose last character is a check digit of its own.
- 政府网站标识码: 10 digits beginning with a province-level 行政区划代码, or ``bm`` + 8 digits
  for a central department (standards.md §5.1, inferred from real footers).
- ICP备案号: 省简称 + ``ICP备`` + digits + ``号``, optionally ``-n`` for the site (e.g.
  鲁ICP备12345678号-1).
- 公安机关备案号: 省简称 + ``公网安备`` + 14 digits + ``号``; the digits begin with the
  province's 行政区划代码, so 鲁 must be followed by 37 (standards.md §5.1).
- 党政机关网站标识: a link to the 中央编办 verification service (conac.cn).

The footer (国办发〔2017〕47号, standards.md §5.2) links the two 备案号 to their record pages
with :data:`ICP_RECORD_URL` and :func:`police_record_url`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import ContentError
from ..models import Organization, SiteConfig
from ..source import Locator

CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CREDIT_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_ORG_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Province-level 行政区划代码 (GB/T 2260) and the one-character names used in 备案号.
PROVINCES: dict[str, str] = {
    "京": "11", "津": "12", "冀": "13", "晋": "14", "蒙": "15",
    "辽": "21", "吉": "22", "黑": "23",
    "沪": "31", "苏": "32", "浙": "33", "皖": "34", "闽": "35", "赣": "36", "鲁": "37",
    "豫": "41", "鄂": "42", "湘": "43", "粤": "44", "桂": "45", "琼": "46",
    "渝": "50", "川": "51", "蜀": "51", "贵": "52", "黔": "52", "云": "53", "滇": "53", "藏": "54",
    "陕": "61", "秦": "61", "甘": "62", "陇": "62", "青": "63", "宁": "64", "新": "65",
}  # fmt: skip
_PROVINCE_CODES = frozenset(PROVINCES.values())
_ABBREVIATIONS = "".join(PROVINCES)
ICP = re.compile(rf"^(?P<province>[{_ABBREVIATIONS}])ICP备(?P<number>\d{{6,10}})号(?:-(?P<site>[1-9]\d{{0,2}}))?$")
POLICE = re.compile(rf"^(?P<province>[{_ABBREVIATIONS}])公网安备 ?(?P<number>\d{{14}})号$")
SITE_ID = re.compile(r"^(?:(?P<region>\d{2})\d{8}|bm\d{8})$")
CONAC = re.compile(r"^https?://(?:[a-z0-9-]+\.)*conac\.cn/")
"""The 党政机关网站标识 verification service of 中央编办 (bszs.conac.cn, dcs.conac.cn)."""
ICP_RECORD_URL = "https://beian.miit.gov.cn/"
"""The MIIT filing system, where an ICP备案号 is looked up (it has no per-record address)."""


def police_record_url(record: str) -> str:
    """The record's page on the 公安机关 filing system (linked from the footer)."""
    found = POLICE.match(record)
    code = found["number"] if found else ""
    return f"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode={code}"


def credit_code_check_char(code: str) -> str:
    """The GB 32100 check character for the first 17 characters of ``code``."""
    total = sum(CREDIT_CHARS.index(c) * w for c, w in zip(code[:17], _CREDIT_WEIGHTS, strict=True))
    return CREDIT_CHARS[(31 - total % 31) % 31]


def org_code_check_char(code: str) -> str:
    """The GB 11714 check character for the first 8 characters of a 组织机构代码."""
    total = sum(_ORG_CHARS.index(c) * w for c, w in zip(code[:8], _ORG_WEIGHTS, strict=True))
    value = (11 - total % 11) % 11
    return "X" if value == 10 else str(value)


def credit_code_problem(code: str) -> str:
    """Why ``code`` is not a valid 统一社会信用代码, in Chinese; empty when it is."""
    if len(code) != 18:
        return f"应为 18 位，实际为 {len(code)} 位"
    wrong = [c for c in code if c not in CREDIT_CHARS]
    if wrong:
        return f"含有不允许的字符 “{wrong[0]}”（不用 I、O、Z、S、V 和小写字母）"
    expected = credit_code_check_char(code)
    if code[17] != expected:
        return f"第 18 位校验码应为 “{expected}”（按 GB 32100—2015 由前 17 位计算），实际为 “{code[17]}”"
    org = code[8:17]
    if all(c in _ORG_CHARS for c in org[:8]) and org[8] != org_code_check_char(org):
        return (
            f"第 9—17 位组织机构代码 {org} 的校验码应为 “{org_code_check_char(org)}”"
            f"（按 GB 11714—1997 计算），实际为 “{org[8]}”"
        )
    return ""


def site_id_problem(code: str) -> str:
    match = SITE_ID.match(code)
    if match is None:
        return "应为 10 位数字（行政区划代码开头），或 bm 加 8 位数字（国务院部门）"
    region = match["region"]
    if region is not None and region not in _PROVINCE_CODES:
        return f"前两位 “{region}” 不是省级行政区划代码"
    return ""


def icp_problem(value: str) -> str:
    if ICP.match(value) is None:
        return "格式应为 省简称 + ICP备 + 数字 + 号，网站序号可加 -1 等，如 “鲁ICP备12345678号-1”"
    return ""


def police_problem(value: str) -> str:
    match = POLICE.match(value)
    if match is None:
        return "格式应为 省简称 + 公网安备 + 14 位数字 + 号，如 “鲁公网安备 37030602000123号”"
    province, number = match["province"], match["number"]
    if number[:2] != PROVINCES[province]:
        return f"“{province}” 的备案编号应以 {PROVINCES[province]} 开头（省级行政区划代码），实际以 {number[:2]} 开头"
    return ""


def conac_problem(value: str) -> str:
    if CONAC.match(value) is None:
        return "应为中央编办网站标识服务（conac.cn）的地址，如 “https://bszs.conac.cn/sitename?method=show&id=…”"
    return ""


def check_site_codes(config: SiteConfig, loc: Locator) -> list[ContentError]:
    """site.yaml: 统一社会信用代码, 网站标识码, ICP备案号, 公安机关备案号 and 党政机关网站标识 link."""
    checks = [
        ("credit_code", "统一社会信用代码", config.credit_code, credit_code_problem, "identity.credit-code"),
        ("site_id_code", "政府网站标识码", config.site_id_code, site_id_problem, "identity.site-id"),
        ("icp", "ICP备案号", config.icp, icp_problem, "identity.icp"),
        ("police_record", "公安机关备案号", config.police_record, police_problem, "identity.police-record"),
        ("conac_url", "党政机关网站标识链接", config.conac_url, conac_problem, "identity.conac"),
    ]
    out = []
    for field, name, value, problem_of, code in checks:
        problem = problem_of(value) if value else ""
        if problem:
            out.append(loc.error((field,), f"{name} “{value}” 不正确：{problem}", f"invalid {field}", code=code))
    return out


def check_organization_codes(orgs: Sequence[Organization], loc: Locator) -> list[ContentError]:
    """organizations.yaml: each 统一社会信用代码 given."""
    out = []
    for i, org in enumerate(orgs):
        problem = credit_code_problem(org.credit_code) if org.credit_code else ""
        if problem:
            out.append(
                loc.error(
                    (i, "credit_code"),
                    f"{org.name} 的统一社会信用代码 “{org.credit_code}” 不正确：{problem}",
                    "invalid credit_code",
                    code="identity.credit-code",
                )
            )
    return out
