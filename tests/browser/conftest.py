"""Headless Chromium (Debian's package) driven by Playwright, without Playwright's own download."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

from ..conftest import require_tool

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    require_tool(chromium is not None, "Chromium", "apt-get install --no-install-recommends chromium fonts-noto-cjk")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium, args=FLAGS)
        yield instance
        instance.close()
