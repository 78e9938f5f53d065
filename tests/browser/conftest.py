"""Headless Chromium (Debian's package) driven by Playwright, without Playwright's own download."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from gongkai.audit import AXE_JS, AXE_TAGS, CHROMIUM_FLAGS

from ..conftest import require_tool


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module: Playwright's sync API is stopped before the next module
    starts, so a module that drives Playwright itself (the audit) works in any order."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require_tool(chromium is not None, "Chromium", "apt-get install --no-install-recommends chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class QuietHandler:
    """Factory for a SimpleHTTPRequestHandler bound to a folder, without request logging."""

    @staticmethod
    def make(folder: str) -> type:
        import functools
        from http.server import SimpleHTTPRequestHandler

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

        return functools.partial(Handler, directory=folder)  # type: ignore[return-value]


def serve_folder(folder: str) -> tuple[str, Any]:
    """Serve ``folder`` on 127.0.0.1 with an ephemeral port; returns (base URL, server)."""
    import threading
    from http.server import ThreadingHTTPServer

    server = ThreadingHTTPServer(("127.0.0.1", 0), QuietHandler.make(folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core (from npm, pinned in package.json) on the page as it is now."""
    require_tool(AXE_JS.is_file(), "axe-core", "npm ci")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags},"
        " resultTypes: ['violations']})).violations",
        list(AXE_TAGS),
    )
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]} for v in result]
