from __future__ import annotations

from pathlib import Path

from gongkai.kinds import FOLDERS
from gongkai.source import SourceFile, discover_sources, format_field, load_yaml


def src(text: str | bytes, path: str = "content/plans/x.yaml") -> SourceFile:
    data = text.encode() if isinstance(text, str) else text
    return SourceFile(path, "plans", data)


def test_discovery_is_sorted_and_typed(sample_root: Path) -> None:
    (sample_root / "content" / "notes.txt").write_text("ignored")
    (sample_root / "content" / "misc").mkdir()
    (sample_root / "content" / "misc" / "x.yaml").write_text("a: 1")
    found = discover_sources(sample_root, FOLDERS)
    paths = [s.rel_path for s in found]
    assert paths[0] == "site.yaml"
    assert paths == ["site.yaml", *sorted(paths[1:])]
    kinds = {s.rel_path: s.kind for s in found}
    assert kinds["content/guide.yaml"] == "guide"
    assert kinds["content/organizations.yaml"] == "organizations"
    assert kinds["content/plans/2024-gzyd.yaml"] == "plans"
    assert "content/misc/x.yaml" not in kinds


def test_positions_of_keys_and_items() -> None:
    loaded = load_yaml(src("title: t\ntasks:\n  - requirement: a\n  - requirement: b\n    units: [x]\n"))
    assert not loaded.errors
    assert loaded.locator.position(("tasks", 1, "units")) == (5, 5)
    assert loaded.locator.position(("tasks", 1)) == (4, 5)
    # An unknown deeper key falls back to the closest known parent.
    assert loaded.locator.position(("tasks", 1, "units", 0, "nope")) == (5, 13)


def test_keys_are_read_as_written() -> None:
    loaded = load_yaml(src("no: 34\non: x\nyes: 1\n"))
    assert loaded.data == {"no": 34, "on": "x", "yes": 1}


def test_duplicate_keys_are_errors() -> None:
    loaded = load_yaml(src("a: 1\nb: 2\na: 3\n"))
    assert [(e.line, e.field) for e in loaded.errors] == [(3, "a")]
    assert "重复" in loaded.errors[0].zh


def test_syntax_error_is_located_with_excerpt() -> None:
    loaded = load_yaml(src("title: a\nbody: |\n  x\n tasks: [\n"))
    (err,) = loaded.errors
    assert err.line is not None and err.zh.startswith("YAML 格式错误")
    assert "|" in err.excerpt


def test_non_utf8_is_reported_not_raised() -> None:
    loaded = load_yaml(src("标题: 政务公开".encode("gbk")))
    (err,) = loaded.errors
    assert "UTF-8" in err.zh and err.line is None


def test_format_field() -> None:
    assert format_field(("tasks", 3, "items", 0, "deadline")) == "tasks[3].items[0].deadline"
    assert format_field((2, "id")) == "[2].id"
