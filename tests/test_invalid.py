"""Every folder in tests/invalid/ is the sample site with real broken files laid over it.

Each must fail with exit code 1, print exactly the error lines in its expected.txt, and leave
an existing output folder byte-for-byte as it was. An args.txt adds command-line options (e.g.
--strict, for cases whose findings are warnings).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gongkai.cli import main

from .conftest import SAMPLE, TESTS, tree_snapshot

CASES = sorted(p.name for p in (TESTS / "invalid").iterdir() if p.is_dir())


def apply_case(case: Path, target: Path) -> None:
    shutil.copytree(SAMPLE, target)
    for path in case.rglob("*"):
        rel = path.relative_to(case)
        if path.is_file() and rel.name not in ("expected.txt", "delete.txt", "args.txt"):
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target / rel)
    delete = case / "delete.txt"
    if delete.is_file():
        for rel in delete.read_text(encoding="utf-8").split():
            (target / rel).unlink()


def error_lines(stderr: str) -> list[str]:
    return [
        line for line in stderr.splitlines() if ": 错误: " in line or ": 警告: " in line or line.startswith("用法错误")
    ]


@pytest.mark.parametrize("case", CASES)
def test_invalid_site(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "site"
    apply_case(TESTS / "invalid" / case, root)
    out = tmp_path / "output"
    out.mkdir()
    (out / "index.html").write_text("上一次成功构建的结果", encoding="utf-8")
    (out / "sub").mkdir()
    (out / "sub" / "a.bin").write_bytes(bytes(range(256)))
    before = tree_snapshot(out)
    args_file = TESTS / "invalid" / case / "args.txt"
    extra = args_file.read_text(encoding="utf-8").split() if args_file.is_file() else []
    code = main(["build", "--site", str(root), "--out", str(out), "--no-search", *extra])
    stderr = capsys.readouterr().err.replace(str(root), "<site>")
    expected_file = TESTS / "invalid" / case / "expected.txt"
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert error_lines(stderr) == expected, stderr
    assert code == (2 if case == "missing-site-yaml" else 1)
    assert tree_snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output", "site"], "no staging folder left behind"


@pytest.mark.parametrize("case", [c for c in CASES if c != "missing-site-yaml"])
def test_invalid_site_as_json(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """check --format json names the same problems, each with a stable code, and exits 1 too."""
    import json

    root = tmp_path / "site"
    apply_case(TESTS / "invalid" / case, root)
    args_file = TESTS / "invalid" / case / "args.txt"
    extra = args_file.read_text(encoding="utf-8").split() if args_file.is_file() else []
    assert main(["check", "--site", str(root), "--format", "json", *extra]) == 1
    report = json.loads(capsys.readouterr().out)
    expected = (TESTS / "invalid" / case / "expected.txt").read_text(encoding="utf-8").splitlines()
    shown = [p for p in report["problems"] if p["level"] == "error" or "--strict" in extra]
    assert len(shown) == len(expected)
    assert all(p["code"] and p["file"] and p["message"] for p in report["problems"])
