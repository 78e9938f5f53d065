"""One table per kind: a YAML snippet, the field and line named, and a Chinese fragment."""

from __future__ import annotations

import pytest

from gongkai.models import Document, Plan, SiteConfig
from gongkai.source import SourceFile, load_yaml
from gongkai.validate import check_document, parse_model

DOC = """title: 关于印发某某的通知
number: 示政办字〔2024〕3号
publisher: zfb
written: 2024-03-01
category: "20-15"
topic: 综合政务\\政务公开
summary: 概述。
body: 正文。
"""


def errors_for(text: str, schema: object) -> list[tuple[str, int | None, str]]:
    loaded = load_yaml(SourceFile("content/documents/x.yaml", "documents", text.encode()))
    assert not loaded.errors
    model, errors = parse_model(loaded.data, schema, loaded.locator)
    if model is not None and isinstance(model, Document):
        errors = check_document(model, loaded.locator)
    return [(e.field, e.line, e.zh) for e in errors]


@pytest.mark.parametrize(
    ("change", "field", "line", "fragment"),
    [
        (("number: 示政办字〔2024〕3号", "number: 示政办字[2024]3号"), "number", 2, "应写作 “示政办字〔2024〕3号”"),
        (("number: 示政办字〔2024〕3号", "number: 示政办字〔2024〕03号"), "number", 2, "GB/T 9704"),
        (("number: 示政办字〔2024〕3号", "number: 示政办字〔2024〕第3号"), "number", 2, "GB/T 9704"),
        (("written: 2024-03-01", "written: 2024/3/1"), "written", 4, "不是有效日期"),
        (("written: 2024-03-01", "written: 2024-13-01"), "written", 4, "不是有效日期"),
        (('category: "20-15"', 'category: "20-16"'), "category", 5, "公开类别 “20-16” 不存在"),
        (("summary: 概述。\n", ""), "summary", 1, "缺少必填字段 “内容概述”"),
        (("body: 正文。", "body: 正文。\nsumary: x"), "sumary", 9, "是否应为 “summary”"),
        (("body: 正文。", "body: 正文。\nvalidity: 作废"), "validity", 9, "不在允许范围内"),
        (("body: 正文。", "body: 正文。\nvalidity: 已废止"), "validity", 9, "必须填写废止/失效日期"),
        (("body: 正文。", "body: 正文。\npublished: 2024-02-01"), "published", 9, "早于成文日期"),
        (("title: 关于印发某某的通知", "title: 123"), "title", 1, "应为文本"),
    ],
)
def test_document_rules(change: tuple[str, str], field: str, line: int, fragment: str) -> None:
    old, new = change
    assert old in DOC
    found = errors_for(DOC.replace(old, new), Document)
    assert any(f == field and ln == line and fragment in zh for f, ln, zh in found), found


def test_valid_document_has_no_errors() -> None:
    assert errors_for(DOC, Document) == []


def test_site_code_must_be_quoted_text() -> None:
    text = "name: a\nshort_name: b\nbase_url: https://x.gov.cn/\nlevel: 县级\ncredit_code: 11370306004220545G\nsite_id_code: 3703060001\nsponsor: c\noffice: {name: a, address: b, postcode: '1', hours: h, phone: p, fax: f, email: e}\n"
    found = errors_for(text, SiteConfig)
    assert found == [("site_id_code", 6, "“政府网站标识码” 应为文本，实际写成了数字 3703060001")]


def test_nested_task_errors_name_the_path() -> None:
    text = "title: t\nyear: 2024\npublisher: zfb\nbody: b\ntasks:\n  - group: g\n    items:\n      - requirement: r\n        units: [a]\n        deadine: x\n"
    found = errors_for(text, Plan)
    assert found[0][:2] == ("tasks[0].items[0].deadine", 10)
    assert "是否应为 “deadline”" in found[0][2]
