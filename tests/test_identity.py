"""Footer identity (党政机关网站标识, 公安备案号, ICP) in checked forms, and the column/article meta tags."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai import urls
from gongkai.build import build_site, check_site
from gongkai.checks.identity import police_record_url
from gongkai.errors import BuildFailed

from .conftest import SAMPLE

SITE = (SAMPLE / "site.yaml").read_text(encoding="utf-8")


def metas(html: str) -> dict[str, str]:
    return dict(re.findall(r'<meta name="([A-Za-z]+)" content="([^"]*)">', html))


def test_footer_links_each_record(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = make_project({"site.yaml": SITE + "conac_url: https://bszs.conac.cn/sitename?method=show&id=0000\n"})
    output, _ = build_site(root)
    footer = (output.get(urls.HOME) or b"").decode().split('<footer class="site-footer">')[1]
    assert '<a href="https://beian.miit.gov.cn/" rel="external">鲁ICP备00000000号-1</a>' in footer
    record = "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=37000000000000"
    assert f'<a href="{record}" rel="external">鲁公网安备37000000000000号</a>' in footer
    assert 'rel="external">党政机关网站标识</a>' in footer
    assert police_record_url("鲁公网安备37030302000123号").endswith("recordcode=37030302000123")


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("icp: 鲁ICP备00000000号-1", "icp: 鲁ICP备000号", "identity.icp"),
        (
            "police_record: 鲁公网安备37000000000000号",
            "police_record: 公网安备37000000000000号",
            "identity.police-record",
        ),
        ("build_date:", "conac_url: https://example.org/\nbuild_date:", "identity.conac"),
    ],
)
def test_identity_forms_are_checked(
    make_project: Callable[[dict[str, str]], Path], old: str, new: str, code: str
) -> None:
    root = make_project({"site.yaml": SITE.replace(old, new)})
    with pytest.raises(BuildFailed) as failed:
        check_site(root)
    assert [(e.path, bool(e.line), e.code) for e in failed.value.errors] == [("site.yaml", True, code)]


def test_column_and_article_meta_tags() -> None:
    output, _ = build_site(SAMPLE)
    column = metas((output.get(urls.NORMATIVE) or b"").decode())
    assert column["ColumnName"] == "法定主动公开内容" and column["ColumnType"] == "政府信息公开"
    assert column["ColumnDescription"].startswith("本机关公布的现行有效行政规范性文件目录")
    assert column["ColumnKeywords"] == "行政规范性文件,有效性,统一登记号,政策解读"
    rules = metas((output.get(urls.RULES) or b"").decode())
    assert rules["ColumnDescription"] == "示例县人民政府政府信息公开制度" and rules["ColumnKeywords"]
    article = metas((output.get(urls.document("20-1", "2023-gfxwj")) or b"").decode())
    assert article["ContentSource"] == "示例县人民政府办公室" and article["Keywords"] == "规范性文件,备案审查"
    assert article["PubDate"] == "2023-06-20"
    undated = metas((output.get(urls.document("20-12", "2019-ygz")) or b"").decode())
    assert "PubDate" not in undated and "Keywords" not in undated, "only when known"
    for url in (urls.plan("2024-gzyd"), urls.rule("tiaoli"), urls.report(2023), urls.GUIDE, urls.APPLICATION_FORM):
        assert metas((output.get(url) or b"").decode())["ContentSource"], url
