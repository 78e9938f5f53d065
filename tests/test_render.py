from __future__ import annotations

import re
from pathlib import Path

import pytest

from gongkai.build import build, template_dirs
from gongkai.errors import BuildFailed
from gongkai.markdown import render_markdown


def test_markdown_escapes_html_and_blocks_unsafe_links() -> None:
    html = render_markdown(
        "<script>alert(1)</script>\n\n[a](javascript:alert(1)) [b](https://x.gov.cn/) "
        "[c](/zfxxgk/) [d](mailto:a@b.cn) [e](data:text/html,x) [f](vbscript:x)"
    )
    assert "<script>" not in html and "&lt;script&gt;" in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://x.gov.cn/", "/zfxxgk/", "mailto:a@b.cn"]


def test_markdown_headings_are_shifted_below_the_page_title() -> None:
    assert render_markdown("# 一\n\n## 二").split() == ["<h2>一</h2>", "<h3>二</h3>"]


def test_template_typo_names_template_and_page(sample_root: Path, tmp_path: Path) -> None:
    templates = sample_root / "templates"
    templates.mkdir()
    shared = template_dirs(sample_root)[-1]
    text = (shared / "rule.html").read_text(encoding="utf-8").replace("rule.issuer", "rule.isuer", 1)
    (templates / "rule.html").write_text(text, encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build(sample_root, tmp_path / "out", search=False)
    (err,) = failed.value.errors
    assert err.path == "templates/rule.html" and err.line is not None
    assert "content/rules/tiaoli.yaml" in err.zh and "isuer" in err.zh
    assert not (tmp_path / "out").exists()


def test_pages_are_safe_and_self_contained(sample_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(sample_root, out, search=False)
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert html.startswith('<!DOCTYPE html>\n<html lang="zh-CN">'), page
        assert "Content-Security-Policy" in html
        # No resource from another host: only links (<a>) may point elsewhere.
        for tag, url in re.findall(r'<(script|link(?! rel="canonical")|img|iframe)[^>]*(?:src|href)="([^"]+)"', html):
            assert not re.match(r"^(https?:)?//", url), (page, tag, url)
        assert html.count("<h1") == 1, page
    doc = (out / "zfxxgk/fdzdgknr/fgwj/2023-gfxwj/index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;" in doc and 'href="javascript' not in doc
