"""One record of a CMS export → the fields, ``extra`` values and notes of one 公文 (import documents)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import Document
from ..plans.draft import load_registry
from ..plans.tables import squeeze
from .cells import Converted, cell_text, convert
from .column_map import EXTRA, OMIT, ColumnMap, FieldSpec
from .export_file import Record
from .html_body import BodyNotes, plain_text, to_markdown
from .stored import document_key


@dataclass(slots=True)
class Row:
    """One record on its way to a file."""

    record: Record
    data: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    body: BodyNotes | None = None
    notes: list[str] = field(default_factory=list)
    unknown_orgs: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    mapped_values: list[str] = field(default_factory=list)

    def key(self) -> tuple[str, str] | None:
        return document_key(self.data)


def read_row(record: Record, columns: ColumnMap, specs: Mapping[str, FieldSpec], orgs: Mapping[str, str]) -> Row:
    """The fields, extra values and notes of one record."""
    row = Row(record)
    targets = columns.targets
    url_column = next((c for c, t in targets.items() if t == "original_url" and c in record.cells), None)
    own_url = plain_text(cell_text(record.cells[url_column])) if url_column else ""
    base = own_url if own_url.lower().startswith(("http://", "https://")) else columns.base_url
    for column, cell in record.cells.items():
        target = targets.get(column, EXTRA)
        if target == OMIT:
            continue
        if target == EXTRA:
            text = plain_text(cell_text(cell))
            if text:
                row.extra[column] = text
            continue
        spec = specs[target]
        mapped = _mapped(columns, target, cell)
        if mapped is not None:
            row.data[target] = mapped
            row.mapped_values.append(f"{spec.title}“{plain_text(cell_text(cell))}”→“{mapped}”")
            continue
        if target == "body":
            row.data["body"], row.body = to_markdown(cell_text(cell), base)
            row.unresolved += row.body.unresolved_links
            continue
        if spec.shape in ("org", "orgs"):
            _orgs(row, spec, cell, orgs)
            continue
        done: Converted = convert(spec, cell, f"{target}_time" in Document.model_fields, base)
        if done.value not in (None, "", ()):
            row.data[target] = done.value
        if done.keep is not None:
            row.extra[column] = done.keep
        row.notes += done.notes
        row.unresolved += done.unresolved
    for name, value in columns.set_values.items():
        row.data.setdefault(name, value)
    return row


def _mapped(columns: ColumnMap, target: str, cell: Any) -> Any:
    table = columns.values.get(target)
    if not table:
        return None
    return table.get(plain_text(cell_text(cell)))


def _orgs(row: Row, spec: FieldSpec, cell: Any, orgs: Mapping[str, str]) -> None:
    """Names → organisation ids where the registry knows them; other names kept as written."""
    converted = convert(FieldSpec(spec.name, spec.title, "texts"), cell, False, None) if spec.shape == "orgs" else None
    names = list(converted.value) if converted else [plain_text(cell_text(cell))]
    ids = []
    for name in names:
        found = orgs.get(squeeze(name))
        if found is None:
            row.unknown_orgs.append(name)
        ids.append(found or name)
    if ids and ids[0]:
        row.data[spec.name] = tuple(ids) if spec.shape == "orgs" else ids[0]


def org_names(root: Path) -> dict[str, str]:
    """Squeezed name, alias or id → organisation id."""
    registry = load_registry(root)
    return {**{i: i for i in registry.order}, **dict(registry.names)}
