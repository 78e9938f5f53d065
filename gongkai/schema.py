"""JSON Schemas of the content files, generated from the models, for editors.

``python build.py schema`` writes one schema per kind of file into schemas/; the committed
copies are what ``.vscode/settings.json`` maps to file patterns (``yaml.schemas``), so VS Code
(with Red Hat's YAML extension) and any editor using the YAML language server completes keys,
shows the Chinese title and description on hover and underlines a misspelt key while typing.

The schemas are draft-07 (the draft every YAML/JSON editor supports), with ``definitions``.
They describe what the build accepts, no more: rules across fields or files stay in the build.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, TypeAdapter

from . import models
from .kinds import REGISTRY
from .load import SINGLE_FILE_SCHEMAS
from .schema_text import FIELDS, MODELS, table_row_description
from .source import GUIDE, ORGANIZATIONS, SITE

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"
DRAFT = "http://json-schema.org/draft-07/schema#"


@dataclass(frozen=True, slots=True)
class SchemaFile:
    """One schema file: the kind of content it describes and the files it applies to."""

    name: str
    kind: str
    title: str
    globs: tuple[str, ...]
    schema: Any


FILES = (
    SchemaFile("site.schema.json", SITE, "网站配置 site.yaml", ("**/site.yaml",), SINGLE_FILE_SCHEMAS[SITE]),
    SchemaFile(
        "organizations.schema.json",
        ORGANIZATIONS,
        "机构名录",
        ("**/content/organizations.yaml",),
        SINGLE_FILE_SCHEMAS[ORGANIZATIONS],
    ),
    SchemaFile("guide.schema.json", GUIDE, "政府信息公开指南", ("**/content/guide.yaml",), SINGLE_FILE_SCHEMAS[GUIDE]),
    # One per registered kind: content/documents/ → document.schema.json.
    *(
        SchemaFile(
            f"{kind.folder.removesuffix('s')}.schema.json",
            kind.key.name,
            kind.label,
            (f"**/content/{kind.folder}/*.yaml",),
            kind.schema,
        )
        for kind in REGISTRY
    ),
)


def _model_classes() -> dict[str, type[BaseModel]]:
    found: dict[str, type[BaseModel]] = {}
    stack: list[type[BaseModel]] = [models.Strict]
    while stack:
        cls = stack.pop()
        found[cls.__name__] = cls
        stack.extend(cls.__subclasses__())
    return found


def _localize(node: dict[str, Any], name: str, classes: dict[str, type[BaseModel]]) -> None:
    """Chinese title and description on a model's schema and on each of its properties."""
    cls = classes.get(name)
    if cls is None or "properties" not in node:
        return
    title, description = MODELS.get(name, (name, ""))
    node["title"], node["description"] = title, description
    texts = FIELDS.get(name, {})
    for field, prop in node["properties"].items():
        info = cls.model_fields[field]
        prop["title"] = info.title or field
        text = texts.get(field) or table_row_description(name, field, info.title or field)
        if text:
            prop["description"] = text


def make_schema(spec: SchemaFile) -> dict[str, Any]:
    """The JSON Schema of one kind of content file."""
    schema = TypeAdapter(spec.schema).json_schema(ref_template="#/definitions/{model}")
    classes = _model_classes()
    definitions = schema.pop("$defs", {})
    for name, node in definitions.items():
        _localize(node, name, classes)
    root_name = schema.get("title", "")
    _localize(schema, root_name, classes)
    if "properties" not in schema:
        schema["title"] = spec.title
        schema.pop("description", None)
    out: dict[str, Any] = {
        "$schema": DRAFT,
        "$comment": "由 python build.py schema 从 gongkai/models 生成，请勿手改。",
        **schema,
    }
    if definitions:
        out["definitions"] = dict(sorted(definitions.items()))
    return out


def schema_texts() -> Iterator[tuple[str, str]]:
    """(file name, JSON text) for every schema file, as written to schemas/."""
    for spec in FILES:
        yield spec.name, json.dumps(make_schema(spec), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def vscode_settings() -> dict[str, Any]:
    """The ``yaml.schemas`` mapping for .vscode/settings.json."""
    return {"yaml.schemas": {f"./schemas/{spec.name}": list(spec.globs) for spec in FILES}}


def write_schemas(out: Path) -> list[Path]:
    """Write every schema into ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts():
        path = out / name
        path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    return written
