"""The preview app, driven as WSGI without sockets."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from gongkai.build import build
from gongkai.serve import PreviewState, make_app, rebuild


def call(app: Any, path: str) -> tuple[str, dict[str, str], bytes]:
    captured: dict[str, Any] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        captured["status"], captured["headers"] = status, dict(headers)

    body: Iterable[bytes] = app({"PATH_INFO": path, "REQUEST_METHOD": "GET"}, start_response)
    return captured["status"], captured["headers"], b"".join(body)


def test_serves_pages_and_relaxes_csp_for_the_reload_script(sample_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(sample_root, out, search=False)
    app = make_app(out, PreviewState())
    status, headers, body = call(app, "/zfxxgk/")
    assert status == "200 OK" and headers["Content-Type"].startswith("text/html")
    assert "'unsafe-inline'" in body.decode()
    assert call(app, "/static/css/site.css")[1]["Content-Type"] == "text/css; charset=utf-8"
    assert call(app, "/nope/")[0] == "404 Not Found"
    assert call(app, "/../../etc/passwd")[0] == "404 Not Found"


def test_broken_content_shows_error_page_and_keeps_last_good_output(sample_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    state = PreviewState()
    rebuild(sample_root, out, state, search=False)
    good = (out / "zfxxgk" / "index.html").read_bytes()
    guide = sample_root / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("updated: 2026-11-01", "updated: 2026-11-31"), encoding="utf-8"
    )
    rebuild(sample_root, out, state, search=False)
    app = make_app(out, state)
    status, _, body = call(app, "/zfxxgk/")
    text = body.decode()
    assert status.startswith("500") and "content/guide.yaml:1:1" in text and "不是有效日期" in text
    assert (out / "zfxxgk" / "index.html").read_bytes() == good
    assert call(app, "/static/css/site.css")[0] == "200 OK"
    guide.write_text(guide.read_text(encoding="utf-8").replace("2026-11-31", "2026-11-30"), encoding="utf-8")
    rebuild(sample_root, out, state, search=False)
    assert call(app, "/zfxxgk/")[0] == "200 OK" and state.builds == 3


def test_preview_reindexes_in_the_background_keeping_the_old_index(sample_root: Path, tmp_path: Path) -> None:
    from gongkai.serve import BackgroundIndexer

    out = tmp_path / "out"
    state = PreviewState()
    indexer = BackgroundIndexer(out)
    rebuild(sample_root, out, state, search=True, indexer=indexer)
    assert indexer.done.wait(120) and (out / "pagefind" / "pagefind.js").is_file()
    first = sorted(p.name for p in (out / "pagefind").rglob("*"))
    guide = sample_root / "content" / "guide.yaml"
    guide.write_text(
        guide.read_text(encoding="utf-8").replace("编制本指南。", "编制本指南。新增独特词语甲乙丙。"), encoding="utf-8"
    )
    rebuild(sample_root, out, state, search=True, indexer=indexer)
    # The pages are already new while the previous index is still served.
    assert "甲乙丙" in (out / "zfxxgk" / "zn" / "index.html").read_text(encoding="utf-8")
    assert (out / "pagefind" / "pagefind.js").is_file()
    assert indexer.done.wait(120)
    assert sorted(p.name for p in (out / "pagefind").rglob("*")) != first
    assert not list(tmp_path.glob(".out.pagefind-*"))
