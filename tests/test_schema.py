"""Editor schemas: committed copies current, every content file valid, misspelt keys caught."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gongkai.kinds import FOLDERS
from gongkai.schema import FILES, SCHEMA_DIR, make_schema, schema_texts, vscode_settings
from gongkai.source import discover_sources, load_yaml

from .conftest import ROOT, SAMPLE

SITES = [ROOT, *sorted((ROOT / "examples").iterdir()), SAMPLE]


def plain(value: Any) -> Any:
    """YAML as the editor's language server reads it (YAML 1.2: a date is text)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def validator(kind: str) -> jsonschema.Draft7Validator:
    spec = next(f for f in FILES if f.kind == kind)
    schema = json.loads((SCHEMA_DIR / spec.name).read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_committed_schemas_are_current() -> None:
    stale = [name for name, text in schema_texts() if (SCHEMA_DIR / name).read_text(encoding="utf-8") != text]
    assert stale == [], f"run: python build.py schema  ({', '.join(stale)} out of date)"
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(f.name for f in FILES)


def test_vscode_settings_map_every_schema() -> None:
    settings = json.loads((ROOT / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert settings["yaml.schemas"] == vscode_settings()["yaml.schemas"]


@pytest.mark.parametrize("spec", FILES, ids=lambda f: f.name)
def test_schemas_are_valid_draft_7_with_chinese_descriptions(spec: Any) -> None:
    schema = make_schema(spec)
    jsonschema.Draft7Validator.check_schema(schema)
    objects = [schema, *schema.get("definitions", {}).values()]
    for node in objects:
        for name, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{node.get('title')}.{name} has no description"
            assert any("\u4e00" <= c <= "\u9fff" for c in prop["title"] + prop["description"]), name


@pytest.mark.parametrize("site", SITES, ids=lambda p: p.relative_to(ROOT).as_posix() or ".")
def test_every_content_file_of_the_sites_validates(site: Path) -> None:
    sources = discover_sources(site, FOLDERS)
    assert {s.kind for s in sources} >= {f.kind for f in FILES} - {"documents"}  # 槐荫 has no 印发通知
    for source in sources:
        errors = [e.message for e in validator(source.kind).iter_errors(plain(load_yaml(source).data))]
        assert errors == [], source.rel_path


def test_a_misspelt_key_fails_the_schema() -> None:
    source = next(s for s in discover_sources(SAMPLE, FOLDERS) if s.rel_path == "content/documents/2024-tz.yaml")
    data = plain(load_yaml(source).data)
    data["pubisher"] = data.pop("publisher")
    messages = [e.message for e in validator("documents").iter_errors(data)]
    assert any("'pubisher' was unexpected" in m for m in messages)
    assert any("'publisher' is a required property" in m for m in messages)


def test_blank_report_cells_and_unquoted_format_are_accepted_as_the_build_accepts_them() -> None:
    source = next(s for s in discover_sources(SAMPLE, FOLDERS) if s.kind == "reports")
    data = plain(load_yaml(source).data)
    data["format"] = 2021
    data["reviews"]["reconsideration"] = [None, "", 0, 0, 0]
    assert list(validator("reports").iter_errors(data)) == []
    data["reviews"]["reconsideration"] = [0, 0, 0, 0]
    assert list(validator("reports").iter_errors(data)) != []
