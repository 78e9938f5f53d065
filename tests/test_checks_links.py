"""Internal links and image alt text, checked on pages in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.build import build, render_site
from gongkai.checks.links import BuiltPage, check_links, resolve
from gongkai.errors import BuildFailed
from gongkai.source import Locator


def page(url: str, body: str, source: str = "", template: str = "document.html") -> BuiltPage:
    return BuiltPage(url, f"<html><body>{body}</body></html>", source, template)


def test_resolve() -> None:
    assert resolve("/zfxxgk/zn/", "../zd/") == ("/zfxxgk/zd/", "")
    assert resolve("/zfxxgk/zn/", "#part-1") == ("/zfxxgk/zn/", "part-1")
    assert resolve("/a/", "/files/%E5%90%8D%E5%8D%95.pdf") == ("/files/名单.pdf", "")
    assert resolve("/a/", "https://www.gov.cn/") is None
    assert resolve("/a/", "https://www.example.gov.cn/zfxxgk/", "https://www.example.gov.cn/") == ("/zfxxgk/", "")


def test_pages_files_anchors_and_generated_paths() -> None:
    pages = [
        page("/", '<a href="zfxxgk/">x</a><a href="zfxxgk/#t">x</a><script src="pagefind/pagefind.js"></script>'),
        page("/zfxxgk/", '<h2 id="t">t</h2><a href="../files/a.pdf">a</a><img src="../static/x.png" alt="图">'),
    ]
    assert check_links(pages, ["/files/a.pdf", "/static/x.png"], {}) == []


def test_broken_link_is_located_in_its_content_file() -> None:
    lines = ("title: 通知", "body: |", "  见[指南](/zfxxgk/zn/#nope)和[要点](/zfxxgk/x/)。")
    sources = {"content/documents/a.yaml": Locator("content/documents/a.yaml", lines, {})}
    pages = [
        page("/zfxxgk/zn/", '<h2 id="yes">x</h2>'),
        page("/d/", '<a href="/zfxxgk/zn/#nope">指南</a><a href="/zfxxgk/x/">要点</a>', "content/documents/a.yaml"),
    ]
    errors = check_links(pages, [], sources)
    assert [(e.path, e.line, e.column, e.code) for e in errors] == [
        ("content/documents/a.yaml", 3, 9, "links.anchor"),
        ("content/documents/a.yaml", 3, 32, "links.broken"),
    ]
    assert "页面 /d/" in errors[1].zh and "/zfxxgk/x/" in errors[1].zh


def test_a_link_the_content_does_not_hold_came_from_the_template() -> None:
    (error,) = check_links([page("/d/", '<a href="/nowhere/">x</a>', "content/documents/a.yaml")], [], {})
    assert error.path == "templates/document.html" and error.line is None
    assert "页面由 content/documents/a.yaml 生成" in error.zh


@pytest.mark.parametrize(
    ("img", "bad"),
    [
        ('<img src="a.png">', True),
        ('<img src="a.png" alt="">', True),
        ('<img src="a.png" alt="" role="presentation">', False),
        ('<img src="a.png" alt="" aria-hidden="true">', False),
        ('<img src="a.png" alt="办事流程图">', False),
    ],
)
def test_images_need_alt_text(img: str, bad: bool) -> None:
    errors = check_links([page("/", img)], ["/a.png"], {})
    assert [e.code for e in errors] == (["links.image-alt"] if bad else [])


def test_every_link_of_the_sample_site_resolves(sample_root: Path) -> None:
    site = render_site(sample_root)
    assert len(site.output.pages) > 20


def test_build_stops_before_writing_on_a_broken_link(sample_root: Path, tmp_path: Path) -> None:
    doc = sample_root / "content/documents/2024-tz.yaml"
    doc.write_text(doc.read_text(encoding="utf-8") + "  见[附件](/files/nope.pdf)。\n", encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        build(sample_root, tmp_path / "out", search=False)
    assert [e.code for e in failed.value.errors] == ["links.broken"]
    assert not (tmp_path / "out").exists()
