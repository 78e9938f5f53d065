"""Input-method slips: found at the real line and column, repaired without touching values."""

from __future__ import annotations

import yaml

from gongkai.checks.punctuation import find_slips, fix_text
from gongkai.source import SourceFile, load_yaml

GOOD = """title: 关于A：B的通知
publisher: zfb
body: |
  第一段：内容
  　　第二段，全角缩进属于正文
keywords:
  - GDP：增长
tasks:
  - requirement: 做某事
    units: [a]
proactive:
  regulations: {issued: 0, repealed: 0, current: 1}
"""


def test_the_example_from_the_issue() -> None:
    text = (
        'number: 示政办字〔2024〕3号\npublisher: zfb\nwritten: 2024-03-01\ncategory: "20-15"\ntitle：关于印发的通知\n'
    )
    (slip,) = find_slips(text)
    assert (slip.line, slip.column, slip.char) == (5, 6, "：")
    assert slip.message() == "第 5 行第 6 列是中文冒号“：”，键 “title” 后应为英文冒号“:”加一个空格"


def test_values_are_never_slips() -> None:
    assert find_slips(GOOD) == []
    assert fix_text(GOOD) == GOOD


def test_each_kind_of_slip_is_named() -> None:
    text = (
        "“title”: 通知\n"  # 1 full-width quotes around a key
        "　publisher: zfb\n"  # 2 a full-width space before a key
        "body：|\n"  # 3 full-width colon opening a block
        "  第一段\n"
        "　　第二段\n"  # 5 a paragraph pasted without the block's spaces
        "proactive:\n"
        "  regulations: {issued：0, repealed: 0}\n"  # 7 a key inside a flow mapping
        "keywords:\n"
        "　- 政务公开\n"  # 9 a list item indented with a full-width space
    )
    found = [(s.line, s.column, s.kind, s.key) for s in find_slips(text)]
    assert found == [
        (1, 1, "quote", "title"),
        (2, 1, "space", "publisher"),
        (3, 5, "colon", "body"),
        (5, 1, "block-space", ""),
        (7, 23, "colon", "issued"),
        (9, 1, "space", ""),
    ]


def test_fix_repairs_exactly_the_slips() -> None:
    broken = (
        "title：关于A：B的通知\n"
        "“publisher”: zfb\n"
        "body：|\n"
        "  第一段：内容\n"
        "　　第二段，全角缩进属于正文\n"
        "keywords:\n"
        "  - GDP：增长\n"
        "tasks:\n"
        "  - requirement：做某事\n"
        "　　units: [a]\n"
        "proactive:\n"
        "  regulations: {issued：0, repealed：0, current: 1}\n"
    )
    fixed = fix_text(broken)
    assert fixed == GOOD
    assert find_slips(fixed) == []
    assert yaml.safe_load(fixed)["title"] == "关于A：B的通知"  # the colon inside the value stays
    assert yaml.safe_load(fixed)["body"] == "第一段：内容\n\u3000\u3000第二段，全角缩进属于正文\n"


def test_fix_keeps_line_endings() -> None:
    assert fix_text("title：通知\r\npublisher: zfb\r\n") == "title: 通知\r\npublisher: zfb\r\n"


def test_a_stray_full_width_space_lines_up_with_its_neighbours() -> None:
    # One U+3000 typed instead of nothing: the key goes back to the column of its siblings.
    assert fix_text("title: 通知\n　publisher: zfb\nwritten: 2024-03-01\n") == (
        "title: 通知\npublisher: zfb\nwritten: 2024-03-01\n"
    )


def test_loader_reports_slips_instead_of_a_yaml_error_on_the_next_line() -> None:
    source = SourceFile(
        "content/organizations.yaml", "organizations", "- id: zfb\n  name：县政府办公室\n  kind: 部门\n".encode()
    )
    loaded = load_yaml(source)
    (error,) = loaded.errors
    assert (error.line, error.column, error.code) == (2, 7, "punctuation.colon")
    assert "> 2 |   name：县政府办公室" in error.excerpt
