"""CMS body HTML → sanitised Markdown (gongkai/documents/html_body.py), on fragments as CMS store them."""

from __future__ import annotations

import pytest

from gongkai.documents.html_body import plain_text, to_markdown
from gongkai.markdown import render_markdown


def test_layout_table_of_one_cell_is_unwrapped() -> None:
    html = '<table width="100%"><tr><td><p>　　第一段。</p><p>　　第二段。</p></td></tr></table>'
    assert to_markdown(html, None)[0] == "第一段。\n\n第二段。"


def test_colspan_and_rowspan_keep_every_cell_in_its_column() -> None:
    html = (
        "<table><tr><th>序号</th><th colspan='2'>责任单位</th></tr>"
        "<tr><td rowspan='3'>1</td><td>牵头</td><td>县应急局</td></tr>"
        "<tr><td>配合</td><td>县林业局</td></tr>"
        "<tr><td>配合</td><td>县公安局</td></tr></table>"
    )
    markdown, notes = to_markdown(html, None)
    assert markdown.splitlines() == [
        "| 序号 | 责任单位 | |",
        "| --- | --- | --- |",
        "| 1 | 牵头 | 县应急局 |",
        "|  | 配合 | 县林业局 |",
        "|  | 配合 | 县公安局 |",
    ]
    assert notes.rowspan_tables == 1
    assert render_markdown(markdown).count("<tr>") == 4


def test_word_paste_and_fonts_leave_only_text() -> None:
    html = (
        '<p class="MsoNormal"><span style="font-family:仿宋_GB2312"><font color="red">（一）</font>'
        "加强组织领导。<o:p></o:p></span></p>"
    )
    assert to_markdown(html, None)[0] == "（一）加强组织领导。"


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("1. 加强领导", "1\\. 加强领导"),
        ("# 不是标题", "\\# 不是标题"),
        ("- 不是列表", "\\- 不是列表"),
        ("> 不是引用", "\\> 不是引用"),
        ("面积<100平方米、*号_", "面积\\<100平方米、\\*号\\_"),
        ("　　一、总体要求", "一、总体要求"),
    ],
)
def test_plain_text_keeps_its_characters(text: str, markdown: str) -> None:
    converted, notes = to_markdown(text, None)
    assert (converted, notes.html) == (markdown, False)
    rendered = render_markdown(converted)
    assert rendered.startswith("<p>") and "<h" not in rendered and "<li>" not in rendered


def test_lists_and_headings_of_html_stay_lists_and_headings() -> None:
    html = "<h3>一、目标</h3><ol><li>第一项</li><li>第二项</li></ol><ul><li>要点</li></ul>"
    assert to_markdown(html, None)[0] == "### 一、目标\n\n1. 第一项\n2. 第二项\n\n- 要点"


def test_links_resolve_against_the_old_address() -> None:
    base = "http://www.example.gov.cn/zwgk/tzgg/202404/t20240406_1.html"
    html = '<p><a href="./P020.pdf">附件</a> <a href="javascript:void(0)">打印</a> <a href="#top">顶部</a></p>'
    markdown, notes = to_markdown(html, base)
    assert markdown == "[附件](http://www.example.gov.cn/zwgk/tzgg/202404/P020.pdf) 打印 顶部"
    assert notes.unresolved_links == []


def test_metadata_cells_lose_markup_not_spaces() -> None:
    assert plain_text("关于印发<br/>《办法》的通知&nbsp;") == "关于印发《办法》的通知"
    assert plain_text("渝北府发 〔2017〕 7号") == "渝北府发 〔2017〕 7号"
