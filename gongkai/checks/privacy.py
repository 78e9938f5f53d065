"""Personal numbers in published text: 身份证号, mobile numbers and bank card numbers.

Everything a content file says is published (titles, bodies, task rows, report text, attachment
titles and file names), so every text value is scanned, and so are the names of the files
under content/files/. YAML comments are not published and not scanned. Findings are errors
that name file and line and show the number masked (``138****5678``), in the excerpt too.

What counts (and what does not):

- 身份证号 (GB 11643-1999): 18 characters whose first two digits are a province code, whose
  7th–14th are a real date and whose last is the check character; or the old 15-digit form
  (province code, a real YYMMDD date, three digits).
- mobile number: 11 digits ``1[3-9]x xxxx xxxx``, written together or split by spaces or
  hyphens (optionally after +86).
- bank card number: 16–19 digits (together, or in groups of four) passing the Luhn check,
  not all one digit, and not a valid 统一社会信用代码.

A number is only taken when it stands alone (no letter or digit touching it), so 文号
(〔2020〕27号), 统一社会信用代码 and 索引号 (which contain letters or fail the date/check rules),
office telephone numbers (0533-1234567) and dates are not flagged.

An exception lists the file, the number and the reason, in site.yaml::

    privacy_exceptions:
      - file: content/guide.yaml
        value: "13800000000"
        reason: 区政务服务热线的值班手机，已在政府门户网站公开

It turns off that number in that file only; an exception that no longer matches is a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ContentError, Problems
from ..models import PrivacyException
from ..source import Key, Locator
from .identity import PROVINCES, credit_code_problem

_EDGE_BEFORE = r"(?<![0-9A-Za-z])"
_EDGE_AFTER = r"(?![0-9A-Za-z])"
_ID18 = re.compile(_EDGE_BEFORE + r"\d{17}[\dXx]" + _EDGE_AFTER)
_ID15 = re.compile(_EDGE_BEFORE + r"\d{15}" + _EDGE_AFTER)
_MOBILE = re.compile(_EDGE_BEFORE + r"(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}" + _EDGE_AFTER)
_CARD = re.compile(_EDGE_BEFORE + r"(?:\d{16,19}|\d{4}(?:[ -]\d{4}){3}(?:[ -]?\d{1,3})?)" + _EDGE_AFTER)
# Every number above is a run of digits (with spaces or hyphens) holding at least 11 digits:
# one pass finds those runs, and the patterns only look there.
_CLUSTER = re.compile(r"\d(?:[ -]?\d){10,}[Xx]?")
_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_PROVINCE_CODES = frozenset(PROVINCES.values())

KINDS = {
    "id-card": "身份证号",
    "mobile": "手机号码",
    "bank-card": "银行卡号",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One personal number in a text: its kind, the text as written and where it is."""

    kind: str
    text: str
    start: int

    @property
    def digits(self) -> str:
        return normalize(self.text)

    @property
    def masked(self) -> str:
        return mask(self.digits)


def normalize(value: str) -> str:
    """The number without separators or a +86 prefix, for comparing with an exception."""
    digits = re.sub(r"[^0-9Xx]", "", value).upper()
    return digits[2:] if len(digits) == 13 and digits.startswith("86") else digits


def mask(digits: str) -> str:
    """Keep the first 3 and last 4 characters: 138****5678."""
    return digits[:3] + "*" * max(len(digits) - 7, 0) + digits[-4:]


def _real_date(text: str) -> bool:
    try:
        dt.date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    except ValueError:
        return False
    return True


def is_id_card(text: str) -> bool:
    """An 18- or 15-character 身份证号 by GB 11643: province, birth date, check character."""
    value = text.upper()
    if value[:2] not in _PROVINCE_CODES:
        return False
    if len(value) == 15:
        return value.isdigit() and _real_date("19" + value[6:12])
    if len(value) != 18 or not value[:17].isdigit() or not _real_date(value[6:14]):
        return False
    if not 1900 <= int(value[6:10]) <= 2100:
        return False
    total = sum(int(c) * w for c, w in zip(value[:17], _ID_WEIGHTS, strict=True))
    return value[17] == _ID_CHECK[total % 11]


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c) * (2 if i % 2 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def is_bank_card(text: str) -> bool:
    digits = normalize(text)
    if not 16 <= len(digits) <= 19 or len(set(digits)) == 1 or not luhn(digits):
        return False
    return not (len(digits) == 18 and not credit_code_problem(digits))


def find_personal_numbers(text: str) -> list[Finding]:
    """Every personal number in ``text``, in order; an ID card wins over a card over a phone."""
    # One character either side of each run, for +86 and the checks at the edges.
    windows = [(max(m.start() - 1, 0), m.end() + 1) for m in _CLUSTER.finditer(text)]
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    rules = (
        ("id-card", _ID18, is_id_card),
        ("id-card", _ID15, is_id_card),
        ("bank-card", _CARD, is_bank_card),
        ("mobile", _MOBILE, lambda _: True),
    )
    for kind, pattern, valid in rules:
        for match in (m for start, end in windows for m in pattern.finditer(text, start, end)):
            span = match.span()
            if any(span[0] < end and start < span[1] for start, end in taken) or not valid(match[0]):
                continue
            taken.append(span)
            found.append(Finding(kind, match[0], span[0]))
    return sorted(found, key=lambda f: f.start)


def mask_all(text: str) -> str:
    """``text`` with every personal number in it masked (for excerpts shown beside an error)."""
    for finding in reversed(find_personal_numbers(text)):
        text = text[: finding.start] + finding.masked + text[finding.start + len(finding.text) :]
    return text


def _strings(data: Any, key: Key = ()) -> Iterator[tuple[Key, str]]:
    if isinstance(data, str):
        yield key, data
    elif isinstance(data, Mapping):
        for name, value in data.items():
            yield from _strings(value, (*key, name))
    elif isinstance(data, list | tuple):
        for i, value in enumerate(data):
            yield from _strings(value, (*key, i))


@dataclass(frozen=True, slots=True)
class Published:
    """One content file's published values: its data (as loaded) and its locator."""

    path: str
    data: Any
    locator: Locator
    skip: frozenset[str] = frozenset()


def scan_file(item: Published) -> list[tuple[Finding, int | None, int | None]]:
    """Each finding of one file with its line and column in the file."""
    out = []
    lines = item.locator.lines
    for key, value in _strings(item.data):
        if key and key[0] in item.skip:
            continue
        for finding in find_personal_numbers(value):
            line, column = item.locator.position(key)
            start = (line or 1) - 1
            for n in range(start, len(lines)):
                at = lines[n].find(finding.text)
                if at >= 0:
                    line, column = n + 1, at + 1
                    break
            out.append((finding, line, column))
    return out


def check_privacy(
    files: Iterable[Published],
    assets: Iterable[str],
    exceptions: Sequence[PrivacyException],
    site_locator: Locator,
    problems: Problems,
) -> None:
    """Report every personal number not covered by an exception; warn about unused exceptions."""
    allowed = {(e.file, normalize(e.value)): i for i, e in enumerate(exceptions)}
    used: set[int] = set()
    for item in files:
        for finding, line, column in scan_file(item):
            hit = allowed.get((item.path, finding.digits))
            if hit is not None:
                used.add(hit)
                continue
            excerpt = mask_all(item.locator.excerpt(line))
            problems.add(_finding_error(item.path, line, column, finding, excerpt))
    for rel in assets:
        path = f"content/{rel}"
        for finding in find_personal_numbers(rel):
            hit = allowed.get((path, finding.digits))
            if hit is not None:
                used.add(hit)
                continue
            # The file's own name carries the number: it is masked like the message.
            problems.add(_finding_error(mask_all(path), None, None, finding, "", "附件文件名"))
    for i, exception in enumerate(exceptions):
        if i not in used:
            problems.add(
                site_locator.error(
                    ("privacy_exceptions", i),
                    f"隐私检查例外未用到：{exception.file} 中没有号码 {mask(normalize(exception.value))}",
                    "privacy exception matches nothing",
                    "号码已从该文件删除时，请同时删去这条例外；否则核对 file 和 value。",
                    warning=True,
                    code="privacy.exception-unused",
                )
            )


def _finding_error(
    path: str, line: int | None, column: int | None, finding: Finding, excerpt: str, where: str = ""
) -> ContentError:
    name = KINDS[finding.kind]
    return ContentError(
        path,
        line,
        column,
        "",
        f"{where}含有疑似个人{name} {finding.masked}：公开的内容不能含有个人{name}",
        f"personal {finding.kind} number in published text",
        "删除或改为单位的办公电话、服务热线；确需公开的（如作为服务热线公布的手机号码），在 site.yaml 的 "
        "privacy_exceptions 中登记 file、value 和 reason（理由）。",
        excerpt,
        code=f"privacy.{finding.kind}",
    )
