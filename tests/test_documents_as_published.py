"""Values in the forms old CMS pages published them (issue #16 points 2 and 4, as the importer needs):
有效性 words in real use, 发布日期 with a time, attachments at an external address, the old
address and the CMS's other columns kept."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai.build import render_site
from gongkai.models import Document
from gongkai.source import SourceFile, load_yaml
from gongkai.validate import parse_model

DOC = """title: 关于做好2024年清明节期间森林防火工作的通知
publisher: zfb
written: 2024-04-03
published: 2024-04-06 16:34
category: "20-15"
topic: 综合政务\\政务公开
summary: 部署清明节期间森林防火工作。
validity: 有效
original_url: http://www.example.gov.cn/zwgk/tzgg/202404/t20240406_123.html
attachments:
  - title: 森林防火责任人名单
    url: http://www.example.gov.cn/uploads/2024/04/名单.pdf
extra:
  信息来源: 示例县应急管理局
body: |
  各乡镇人民政府，县政府各部门：
"""


def parsed(text: str) -> tuple[Document | None, list[str]]:
    loaded = load_yaml(SourceFile("content/documents/x.yaml", "documents", text.encode()))
    model, errors = parse_model(loaded.data, Document, loaded.locator)
    return model, [e.zh for e in errors]


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("有效", "现行有效"),
        ("失效", "已失效"),
        ("废止", "已废止"),
        ("部分失效", "现行有效"),
        ("已修订", "已修改"),
        ("尚未生效", "尚未施行"),
    ],
)
def test_validity_words_in_real_use_map_to_the_standard_and_keep_the_original(written: str, standard: str) -> None:
    doc, errors = parsed(DOC.replace("validity: 有效", f"validity: {written}"))
    assert errors == [] and doc is not None
    assert (doc.validity, doc.validity_as_published) == (standard, written)


def test_standard_validity_keeps_no_second_copy() -> None:
    doc, _ = parsed(DOC.replace("validity: 有效", "validity: 已修改"))
    assert doc is not None and (doc.validity, doc.validity_as_published) == ("已修改", None)


def test_an_unknown_validity_word_is_still_refused() -> None:
    _, errors = parsed(DOC.replace("validity: 有效", "validity: 作废"))
    assert len(errors) == 1 and "作废" in errors[0]


@pytest.mark.parametrize(
    ("written", "date", "time"),
    [("2024-04-06 16:34", "2024-04-06", "16:34"), ("2024-04-06 16:34:05", "2024-04-06", "16:34:05")],
)
def test_published_may_carry_a_time(written: str, date: str, time: str) -> None:
    doc, errors = parsed(DOC.replace("published: 2024-04-06 16:34", f"published: {written}"))
    assert errors == [] and doc is not None
    assert (doc.published.isoformat() if doc.published else None, doc.published_time) == (date, time)


def test_attachment_takes_exactly_one_of_file_url_plan(make_project: Callable[[dict[str, str]], Path]) -> None:
    both = DOC.replace("    url: http", "    file: files/taizhang.csv\n    url: http")
    root = make_project({"content/documents/2024-fhtz.yaml": both})
    from gongkai.errors import BuildFailed

    with pytest.raises(BuildFailed) as failed:
        render_site(root)
    assert any("file（文件路径）、url（网址）或 plan: true 之一" in e.zh for e in failed.value.errors)


def test_page_shows_values_as_published(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = make_project({"content/documents/2024-fhtz.yaml": DOC})
    built = render_site(root)
    page = next(p for p in built.output.pages if p.url.endswith("/2024-fhtz/"))
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.html))
    assert "发布日期 2024年4月6日 16:34" in text
    assert '<time datetime="2024-04-06T16:34">' in page.html
    assert re.search(r"有效性 有效（ ?现行有效 ?）", text)
    assert "信息来源 示例县应急管理局" in text
    assert '<a href="http://www.example.gov.cn/uploads/2024/04/名单.pdf">森林防火责任人名单</a>（PDF）' in page.html
    assert "t20240406_123" not in page.html  # the old address is kept in the file for re-imports only
