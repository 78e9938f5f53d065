"""The sample site's HTML compared with tests/golden/ (regenerate with --update-golden)."""

from __future__ import annotations

import difflib
import shutil
from pathlib import Path

from gongkai.build import build

from .conftest import SAMPLE, TESTS, tree_snapshot

GOLDEN = TESTS / "golden"


def test_sample_site_matches_golden(tmp_path: Path, update_golden: bool) -> None:
    out = tmp_path / "out"
    build(SAMPLE, out, search=False)
    shutil.rmtree(out / "static")
    actual = tree_snapshot(out)
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(out, GOLDEN)
    expected = tree_snapshot(GOLDEN)
    assert sorted(actual) == sorted(expected)
    for name, data in expected.items():
        if actual[name] != data:
            diff = difflib.unified_diff(
                data.decode().splitlines(),
                actual[name].decode().splitlines(),
                f"golden/{name}",
                f"built/{name}",
                lineterm="",
                n=2,
            )
            raise AssertionError("\n".join(list(diff)[:80]))


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build(SAMPLE, first, search=True)
    build(SAMPLE, second, search=True)
    assert tree_snapshot(first) == tree_snapshot(second)
