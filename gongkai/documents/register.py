"""统一登记号 of 行政规范性文件: the form site.yaml sets, one number per document.

Each province sets its own form (Shandong's ``ZBSR-2020-0010001``: 地区代字-年份-序号), so the
form is a regular expression in site.yaml ``register_no``, never one province's rule in code.
Without that setting any text is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..errors import Problems
from ..models import Document
from ..models.site import RegisterFormat
from ..values import Entry


def check_register_numbers(entries: Sequence[Entry[Document]], form: RegisterFormat | None, problems: Problems) -> None:
    """Each 登记号 in the site's form and used once; a warning for a 规范性文件 without one
    where the site has set a form (it has said its documents are registered)."""
    seen: dict[str, str] = {}
    for entry in entries:
        doc = entry.model
        number = doc.register_no
        if number is None:
            if form is not None and doc.doc_type == "行政规范性文件" and doc.disclosure == "主动公开":
                problems.add(
                    entry.locator.error(
                        ("register_no",),
                        "行政规范性文件没有统一登记号",
                        "normative document without a register number",
                        f"添加 “register_no: …”，格式如 {form.example}（site.yaml 的 register_no 设定）。",
                        warning=True,
                        code="doc.register-no-missing",
                    )
                )
            continue
        if form is not None and not re.fullmatch(form.pattern, number):
            problems.add(
                entry.locator.error(
                    ("register_no",),
                    f"统一登记号 “{number}” 不符合本站设定的格式（如 {form.example}）",
                    f"register number {number!r} does not match {form.pattern}",
                    f"格式见 site.yaml 的 register_no.pattern：{form.pattern}",
                    code="doc.register-no-format",
                )
            )
        if number in seen:
            problems.add(
                entry.locator.error(
                    ("register_no",),
                    f"统一登记号 “{number}” 与 {seen[number]} 重复",
                    "duplicate register number",
                    "每件行政规范性文件的登记号唯一，核对两个文件。",
                    code="doc.register-no-duplicate",
                )
            )
        seen.setdefault(number, entry.path)
