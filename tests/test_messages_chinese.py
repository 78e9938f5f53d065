"""Schema errors speak Chinese only (issue #16 point 7): every pydantic error type the schemas can
produce, from a real YAML slip, gives a message and a hint with no English word, the value quoted as
the editor wrote it, and a hint that fits the case."""

from __future__ import annotations

import re
from typing import Any

import pytest

from gongkai.errors import ContentError
from gongkai.models import Document, Plan, SiteConfig
from gongkai.source import SourceFile, load_yaml
from gongkai.validate import parse_model

DOC = """title: 关于印发某某的通知
publisher: zfb
written: 2024-03-01
category: "20-15"
topic: 综合政务\\政务公开
summary: 概述。
body: 正文。
"""

PLAN = """title: 示例县2024年政务公开工作要点
year: 2024
tasks:
  - requirement: 公开惠企政策。
    units: [fgj]
    deadline: 2024年年底前
"""

SITE = """name: 示例县人民政府
short_name: 示例县
base_url: https://www.example.gov.cn/
level: 县级
credit_code: "11370000MB1234567R"
site_id_code: "3703060001"
sponsor: 示例县人民政府办公室
office:
  name: 县政府办公室
  address: 示例路1号
  postcode: "255300"
  hours: 工作日
  phone: "0533-1234567"
  fax: "0533-1234568"
  email: a@example.gov.cn
"""

BASES: dict[str, tuple[str, Any]] = {"doc": (DOC, Document), "plan": (PLAN, Plan), "site": (SITE, SiteConfig)}

# What a message may quote in ASCII: YAML keys (in “” or as 「key: value」 in a hint), lists of keys after
# 可用字段：, file names like 2024-gzyd, date forms, true/false, the name YAML, and the editor's own values.
ALLOWED = re.compile(
    r"“[^”]*”|\"[^\"]*\"|\b[a-z_]+(?=: )|\[[^\]]*\]|\{[^}]*\}|可用字段：[a-z_、]+|\b\d+(?:-[a-z0-9]+)+\b"
    r"|YYYY-MM-DD|\btrue\b|\bfalse\b|https?://|YAML"
)


def errors(base: str, old: str, new: str) -> list[ContentError]:
    text, schema = BASES[base]
    assert old in text, old
    loaded = load_yaml(SourceFile("content/x.yaml", "documents", text.replace(old, new, 1).encode()))
    assert not loaded.errors, loaded.errors
    _, found = parse_model(loaded.data, schema, loaded.locator)
    return found


def english_left(text: str, written: str = "") -> list[str]:
    """ASCII words left once quoted keys, values, date forms and the editor's own words are taken out."""
    own = set(re.findall(r"[A-Za-z]{2,}", written))
    return [w for w in re.findall(r"[A-Za-z]{2,}", ALLOWED.sub("", text)) if w not in own]


CASES = [
    # (case, base, old, new, pydantic type, fragment of zh, fragment of hint)
    (
        "literal_error",
        "doc",
        "body: 正文。",
        "body: 正文。\nvalidity: 作废",
        "schema.literal-error",
        "“有效性” 的值 “作废” 不在允许范围内，应为 “现行有效”、“已修改”、“已废止”、“已失效”、“尚未施行”、“有效”",
        "",
    ),
    (
        "literal_error given a list",
        "doc",
        "body: 正文。",
        "body: 正文。\ndisclosure: [主动公开, 依申请公开]",
        "schema.literal-error",
        "“公开属性” 只能填写一个值，实际写成了列表 [主动公开, 依申请公开]（2 项）",
        "从 “主动公开”、“依申请公开”、“不予公开” 中选一个",
    ),
    (
        "string_type given a date",
        "plan",
        "deadline: 2024年年底前",
        "deadline: 2023-12-31",
        "schema.string-type",
        "“完成时限” 应为文本，实际写成了日期 2023-12-31",
        '写作 deadline: "2023-12-31"',
    ),
    (
        "string_type given an int written with a leading 0",
        "site",
        'postcode: "255300"',
        "postcode: 0533",
        "schema.string-type",
        "“邮政编码” 应为文本，实际写成了数字 0533",
        'postcode: "0533"',
    ),
    (
        "string_type given a list where one organisation is expected",
        "doc",
        "publisher: zfb",
        "publisher: [zfb, sfj]",
        "schema.string-type",
        "“发布机构” 只能填写一个机构，实际写了 2 个：[zfb, sfj]",
        "这里只能写一个机构的标识",
    ),
    (
        "string_type given a list of text",
        "doc",
        "summary: 概述。",
        "summary:\n  - 第一句。\n  - 第二句。",
        "schema.string-type",
        "“内容概述” 应为一段文本，实际写成了列表 [第一句。, 第二句。]（2 项）",
        "去掉各项前的 “- ”",
    ),
    (
        "string_type given a mapping",
        "doc",
        "summary: 概述。",
        "summary:\n  概述: 一句话",
        "schema.string-type",
        "“内容概述” 应为一段文本，实际写成了键值映射 {概述: …}",
        "检查缩进",
    ),
    (
        "string_type given true/false",
        "doc",
        "body: 正文。",
        "body: 正文。\nnote: yes",
        "schema.string-type",
        "“附注” 应为文本，实际写成了真假值 yes",
        'note: "yes"',
    ),
    (
        "string_type given nothing",
        "doc",
        "summary: 概述。",
        "summary:",
        "schema.string-type",
        "“内容概述” 没有填写（冒号后是空的）",
        "在 “summary:” 后填写内容",
    ),
    ("missing", "doc", "summary: 概述。\n", "", "schema.missing", "缺少必填字段 “内容概述”", "summary: …"),
    (
        "extra_forbidden",
        "doc",
        "summary: 概述。",
        "sumary: 概述。",
        "schema.extra-forbidden",
        "未知字段 “sumary”，是否应为 “summary”？",
        "可用字段：",
    ),
    (
        "tuple_type given one text",
        "plan",
        "units: [fgj]",
        "units: fgj",
        "schema.tuple-type",
        "“责任单位” 应为列表，实际写成了文本 “fgj”",
        "即使只有一项也写成列表：units: [fgj]",
    ),
    (
        "too_short (a list)",
        "plan",
        "    units: [fgj]\n",
        "    units: [fgj]\n    assignments:\n      - label: 县级\n        units: []\n",
        "schema.too-short",
        "“责任单位” 至少应有 1 项，实际为 0 项",
        "",
    ),
    ("string_too_short", "doc", "summary: 概述。", 'summary: ""', "schema.string-too-short", "“内容概述” 不能为空", ""),
    (
        "string_too_long",
        "doc",
        "body: 正文。",
        "body: 正文。\nreplaced_by: " + "a" * 81,
        "schema.string-too-long",
        "“替代文件” 最长 80 个字符，实际为 81 个",
        "",
    ),
    (
        "string_pattern_mismatch (a file name)",
        "doc",
        "body: 正文。",
        "body: 正文。\nreplaced_by: 2024_Tz",
        "schema.string-pattern-mismatch",
        "“替代文件” 的格式不正确（实际为 “2024_Tz”）",
        "只用小写字母、数字和连字符",
    ),
    (
        "string_pattern_mismatch (a URL)",
        "doc",
        "body: 正文。",
        "body: 正文。\noriginal_url: www.example.gov.cn/a.html",
        "schema.string-pattern-mismatch",
        "“原网址” 的格式不正确（实际为 “www.example.gov.cn/a.html”）",
        "应为以 http:// 或 https:// 开头的完整网址",
    ),
    (
        "model_type (an attachment written as text)",
        "doc",
        "body: 正文。",
        "body: 正文。\nattachments:\n  - 附件1.pdf",
        "schema.model-type",
        "“附件” 应为键值映射（“字段: 值”），实际写成了文本 “附件1.pdf”",
        "列表的每一项是一组 “字段: 值”",
    ),
    (
        "date_parsing",
        "doc",
        "written: 2024-03-01",
        "written: 2024/3/1",
        "schema.date-from-datetime-parsing",
        "“成文日期” 不是有效日期（实际为 “2024/3/1”）",
        "日期写作 YYYY-MM-DD",
    ),
    (
        "date_from_datetime_inexact",
        "doc",
        "written: 2024-03-01",
        "written: 2024-03-01 16:34:05",
        "schema.date-from-datetime-inexact",
        "“成文日期” 只能写日期，不能带时间（实际为 2024-03-01 16:34:05）",
        "去掉时间",
    ),
    (
        "date given a number",
        "doc",
        "written: 2024-03-01",
        "written: 20240301",
        "schema.date-from-datetime-inexact",
        "“成文日期” 不是有效日期（实际为 20240301）",
        "日期写作 YYYY-MM-DD",
    ),
    (
        "int_parsing",
        "plan",
        "year: 2024",
        "year: 二〇二四年",
        "schema.int-parsing",
        "“年度” 应为整数（实际为 “二〇二四年”）",
        "用阿拉伯数字书写",
    ),
    (
        "int_type given a date",
        "plan",
        "year: 2024",
        "year: 2024-01-01",
        "schema.int-type",
        "“年度” 应为整数（实际为 2024-01-01）",
        "",
    ),
    (
        "greater_than_equal",
        "plan",
        "year: 2024",
        "year: 1999",
        "schema.greater-than-equal",
        "“年度” 应不小于 2000（实际为 1999）",
        "",
    ),
    (
        "less_than_equal",
        "plan",
        "year: 2024",
        "year: 2124",
        "schema.less-than-equal",
        "“年度” 应不大于 2100（实际为 2124）",
        "",
    ),
    (
        "bool_parsing",
        "doc",
        "body: 正文。",
        "body: 正文。\nsample: 是",
        "schema.bool-parsing",
        "“示例” 应为 true 或 false（实际为 “是”）",
        "写 true（是）或 false（否）",
    ),
]


@pytest.mark.parametrize(("case", "base", "old", "new", "code", "zh", "hint"), CASES, ids=[c[0] for c in CASES])
def test_schema_error_in_chinese_only(case: str, base: str, old: str, new: str, code: str, zh: str, hint: str) -> None:
    found = errors(base, old, new)
    assert found, case
    for error in found:
        assert english_left(error.zh, new) == [], error.zh
        assert english_left(error.hint, new) == [], error.hint
        assert "datetime" not in error.zh and "'" not in error.zh, error.zh
    matching = [e for e in found if zh in e.zh]
    assert matching, [e.zh for e in found]
    assert matching[0].code == code or code.startswith("schema.date"), (matching[0].code, code)
    assert hint in matching[0].hint, matching[0].hint


def test_a_list_of_one_organisation_is_not_told_to_add_quotes() -> None:
    [error] = errors("doc", "publisher: zfb", "publisher:\n  - zfb")
    assert "引号" not in error.hint and "只能填写一个机构，实际写了 1 个：[zfb]" in error.zh


def test_yaml_syntax_errors_speak_chinese() -> None:
    for text in ("a: b: c\n", "a: [1, 2\n", "a: 'x' y\n", "a: @x\n", "a: *\n", 'a: "\\q"\n', "a: 正文\x07\n"):
        loaded = load_yaml(SourceFile("content/x.yaml", "documents", text.encode()))
        assert loaded.errors, text
        for error in loaded.errors:
            assert english_left(error.zh) == [], (text, error.zh)
