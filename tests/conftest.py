"""Shared fixtures: scratch projects, the sample site, and browser tooling discovery."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SAMPLE = TESTS / "sample_site"
IN_CI = os.environ.get("CI") == "true"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/ from the sample site")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def sample_root(tmp_path: Path) -> Path:
    """A writable copy of tests/sample_site."""
    target = tmp_path / "site"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[dict[str, str]], Path]:
    """Copy the sample site and overlay ``files`` (path → text) on it."""

    def make(files: dict[str, str]) -> Path:
        target = tmp_path / "project"
        shutil.copytree(SAMPLE, target)
        for rel, text in files.items():
            path = target / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return target

    return make


def tree_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, for byte-for-byte comparisons."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def require_tool(available: bool, what: str, install: str) -> None:
    """Skip when a tool is missing on a developer machine; fail under CI."""
    if available:
        return
    message = f"{what} is not available; install it with: {install}"
    if IN_CI:
        pytest.fail(message)
    pytest.skip(message)
