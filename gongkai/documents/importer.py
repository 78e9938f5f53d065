"""``python build.py import documents 导出文件 [映射文件.yaml]``: a CMS export → one YAML file per 公文.

Each row is read through the column mapping (column_map.py) and carried as published: the body
is converted to Markdown and sanitised (html_body.py), metadata the export lacks stays absent —
nothing is filled in from another field — and a column no field takes is kept under ``extra``.
A row whose 索引号 (else its old address, else its title with its 文号 or date) matches a file
already imported updates that file: the fields the export fills are replaced, any other field an
editor added is kept, and an unchanged file is not rewritten. Each row is checked against the
Document model on the way, so the summary names every row that ``check`` will refuse and why.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from ..errors import UsageError
from ..kind import Imported, Scaffold
from ..models import Document
from ..schema_errors import translate
from ..source import Locator
from .cells import cell_text
from .checks import check_document
from .column_map import FieldSpec, field_specs, read_map_file, resolve
from .export_file import Record, read_export
from .import_row import org_names, read_row
from .import_summary import ImportSummary, summary_text
from .stored import StoredDocuments, new_slug, yaml_text

FOLDER = "content/documents"


def import_documents(request: Scaffold) -> Imported:
    if len(request.args) not in (1, 2):
        raise UsageError("用法：python build.py import documents 导出文件.csv|.xlsx|.json [映射文件.yaml]")
    source = Path(request.args[0])
    given = read_map_file(Path(request.args[1])) if len(request.args) == 2 else {}
    export = read_export(source)
    specs = field_specs(Document)
    columns = resolve(export.columns, specs, given)
    orgs = org_names(request.root)
    folder = request.root / FOLDER
    stored = StoredDocuments.scan(folder)
    summary = ImportSummary(source.name, export, columns, specs)
    seen: dict[tuple[str, str], str] = {}
    for record in export.records:
        row = read_row(record, columns, specs, orgs)
        key = row.key()
        if not row.data.get("title") and not row.data.get("body"):
            summary.skip(record.label, "没有标题和正文", _glimpse(record))
            continue
        if key is not None and key in seen:
            summary.skip(record.label, f"{key[0]}与{seen[key]}相同（{key[1]}），未重复导入", "")
            continue
        if key is not None:
            seen[key] = record.label
        slug = stored.slug_for(key) or new_slug(row.data, stored.taken)
        stored.taken.add(slug)
        path = folder / f"{slug}.yaml"
        old = stored.data.get(slug)
        merged = {**(old or {}), **_plain(row.data)}
        # extra keys named after this export's columns are this import's to replace; others stay
        kept = {k: v for k, v in ((old or {}).get("extra") or {}).items() if k not in export.columns}
        merged.pop("extra", None)
        if kept or row.extra:
            merged["extra"] = {**kept, **row.extra}
        ordered = _ordered(merged, specs)
        rel = f"{FOLDER}/{slug}.yaml"
        if old is not None and ordered == old:
            summary.unchanged.append(record.label)
        else:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(yaml_text(ordered, source.name, record.label), encoding="utf-8")
            (summary.updated if old is not None else summary.created).append(record.label)
        stored.data[slug] = ordered
        summary.add_row(row, rel, key, _problems(ordered, rel))
    return Imported(folder, summary_text(summary))


def _plain(data: Mapping[str, Any]) -> dict[str, Any]:
    """Tuples as lists, so imported data compares equal with data read back from YAML."""
    return {
        k: ([_plain(i) if isinstance(i, dict) else i for i in v] if isinstance(v, tuple) else v)
        for k, v in data.items()
    }


def _ordered(data: Mapping[str, Any], specs: Mapping[str, FieldSpec]) -> dict[str, Any]:
    """The model's field order; fields it does not know last, as they were."""
    order = list(Document.model_fields)
    return dict(sorted(data.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)))


def _glimpse(record: Record) -> str:
    text = "｜".join(f"{k}：{cell_text(v)}" for k, v in record.cells.items())
    return text[:60] + ("……" if len(text) > 60 else "")


@cache
def _adapter() -> TypeAdapter[Document]:
    return TypeAdapter(Document)


def _problems(data: Mapping[str, Any], rel: str) -> list[str]:
    """What ``check`` will say about the file (as far as one file shows), in its Chinese words."""
    locator = Locator(rel, (), {})
    try:
        model = _adapter().validate_python(data)
    except ValidationError as exc:
        out = []
        for err in exc.errors(include_url=False):
            zh, _, _ = translate(err, Document, tuple(err["loc"]))
            out.append(zh)
        return out
    return [e.zh for e in check_document(model, locator)]
