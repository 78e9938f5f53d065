"""The editor's loop in a real browser: save a file, see the page rebuild and reload."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ..conftest import ROOT

pytestmark = pytest.mark.browser


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def preview(sample_root: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "build.py"),
            "serve",
            "--site",
            str(sample_root),
            "--port",
            str(port),
            "--no-search",
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/zfxxgk/zn/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield url, sample_root
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()
        print((tmp_path / "serve.log").read_text(encoding="utf-8"))


def test_saving_content_reloads_the_page_and_errors_show_in_the_browser(
    browser: Any, preview: tuple[str, Path]
) -> None:
    url, root = preview
    page = browser.new_page()
    page.goto(url + "/zfxxgk/zn/")
    assert page.locator("h1").inner_text() == "示例县人民政府政府信息公开指南"
    # Edits made before livereload's websocket is open would be missed: wait for it.
    page.wait_for_function(
        "() => window.LiveReload && LiveReload.connector && LiveReload.connector.socket"
        " && LiveReload.connector.socket.readyState === 1",
        timeout=15_000,
    )

    guide = root / "content" / "guide.yaml"
    original = guide.read_text(encoding="utf-8")
    guide.write_text(original.replace("编制本指南。", "编制本指南。本句为预览测试新增。"), encoding="utf-8")
    page.wait_for_selector("text=本句为预览测试新增", timeout=15_000)

    guide.write_text(original.replace("updated: 2026-11-01", "updated: 2026-11-31"), encoding="utf-8")
    page.wait_for_selector("text=构建失败", timeout=15_000)
    assert "content/guide.yaml:1:1" in page.content()

    guide.write_text(original, encoding="utf-8")
    page.wait_for_selector("h1:has-text('政府信息公开指南')", timeout=15_000)
    page.close()
