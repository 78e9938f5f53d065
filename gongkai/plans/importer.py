"""``python build.py import FILE``: a task table (.xlsx, .docx or .csv) → a plan YAML with every row and column.

The table is found by its header (layout.py, headers.py); merged 工作任务 cells become nested
groups, merged 责任单位 / 完成时限 cells are written out on each row with the comment
「原表合并单元格」 (docs/content-format.md). 责任单位 names are mapped onto the organisation
registry, aliases included; names that match nothing are kept as written (so ``check`` points at
them) and listed. Columns no field holds keep their values under their header in ``extra``;
rows that hold no task are listed with their text. Nothing of the table is dropped.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from .draft import Registry, load_registry, plan_yaml
from .import_report import ImportReport, ImportResult, SkippedRow, UnmappedName
from .imported import ImportedPlan, ImportedTask
from .layout import Layout, Slot, find_layout
from .progress_lines import read_progress
from .tables import Cell, Grid, concat, read_grids, squeeze

_TASK_URL = re.compile(r"/task-([a-z0-9]+(?:-[a-z0-9]+)*)/?$")
_ANNEX_LABEL = re.compile(r"附件[0-9一二三四五六七八九十]*[:：]?")
"""「附件」 / 「附件2：」 above the table's title: where the table sits in a document, not its title."""


def import_table(
    source: Path, site_root: Path, target: Path | None, force: bool, year: int | None = None
) -> ImportResult:
    """Read ``source``, write the plan YAML (default content/plans/<name>.yaml); never overwrite without ``force``.

    ``year`` is the plan's year when the table's title and file name do not give it (``--year``).
    """
    registry = load_registry(site_root)
    grids = read_grids(source)
    found = [(g, layout) for g in grids if (layout := find_layout(g)) is not None]
    if not found:
        raise UsageError(
            f"{source.name} 中找不到任务分解表：需要一行表头，含“具体要求”（或“工作内容”“工作措施”）列，"
            "或含“工作任务”列和“责任单位”（“责任科室”等）列"
        )
    grid, layout, others = _main_table(found, source.suffix.lower() == ".docx")
    if not layout.role_slots("requirement"):
        raise UsageError(f"{source.name} 的{grid.name}没有“具体要求”列（或可作具体要求的“工作任务”列）")
    texts = [t for t in layout.title_rows if not _ANNEX_LABEL.fullmatch(squeeze(t))]
    plan_year, year_source = _year(texts, source, year)
    table_title = texts[0] if texts else "工作任务分解表"
    plan = ImportedPlan(
        _title(texts, table_title, plan_year),
        plan_year,
        table_title,
        layout.table_columns,
        [],
        source.name,
        has_units_column=bool({"units", "lead"} & {s.column.role for s in layout.slots}),
        kept_columns=[s.column.name for s in layout.slots if s.column.role == "extra"],
    )
    read_rows(grid, layout, registry, plan)
    if not plan.tasks:
        raise UsageError(f"{source.name} 的{grid.name}有表头但没有任务行")
    path = target or site_root / "content" / "plans" / f"{default_slug(source, plan.year)}.yaml"
    if path.exists() and not force:
        raise UsageError(f"{path} 已存在，未写入：加 --force 覆盖，或在文件名后写另一个输出路径")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan_yaml(plan, registry), encoding="utf-8")
    report = ImportReport(
        table=grid.name,
        columns=tuple(s.column for s in layout.slots),
        ledger=layout.ledger,
        rows_read=plan.rows_read,
        tasks=len(plan.tasks),
        headings=tuple(plan.headings),
        repeated_headers=tuple(plan.repeated_headers),
        blank_rows=plan.blank_rows,
        skipped=tuple(plan.skipped),
        unmapped=tuple(UnmappedName(n, tuple(rows)) for n, rows in plan.unmapped.items()),
        year=plan.year,
        year_source=year_source,
        other_tables=tuple(others),
    )
    return ImportResult(path, report)


def _main_table(found: list[tuple[Grid, Layout]], continued: bool) -> tuple[Grid, Layout, list[str]]:
    """The largest table; in a Word file, the tables with the same header join it (a table broken
    across pages or sections). Other tables with a task header are named in the summary."""
    grid, layout = max(found, key=lambda f: len(f[0].rows))

    def header(g: Grid, lay: Layout) -> list[tuple[str, ...]]:
        return [tuple(squeeze(c.text) for c in g.rows[r]) for r in lay.header_rows]

    same = [f for f in found if header(*f) == header(grid, layout)] if continued else [(grid, layout)]
    why = "表头与所导入的表格不同" if continued else "一次只导入一个工作表，其余的请另存为单独的文件再导入"
    others = [f"{g.name}（{len(g.rows)} 行；{why}）" for g, _ in found if all(g is not s for s, _ in same)]
    if len(same) > 1:
        grid = concat([g for g, _ in same])
        layout = find_layout(grid) or layout
    return grid, layout, others


def default_slug(source: Path, year: int) -> str:
    """The file name of an exported ledger (<slug>-rwtz) gives back its slug; otherwise an ASCII form."""
    stem = re.sub(r"-rwtz$", "", source.stem.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    return slug if re.search(r"[a-z]", slug) else f"{year}-zwgk-gzyd"


def _year(texts: list[str], source: Path, given: int | None) -> tuple[int, str]:
    """The plan's year: ``--year``, else the title rows (not the date a ledger's state was taken), else the
    file name. A 完成时限 is never taken for the plan's year."""
    titles = [re.sub(r"状态截至\s*\d{4}\s*年", "", t) for t in texts]
    stated = next((int(m[1]) for t in titles if (m := re.search(r"(20\d\d)\s*年", t))), None)
    if given is not None:
        differs = f"；表题写的是 {stated} 年" if stated is not None and stated != given else ""
        return given, f"按 --year 指定{differs}"
    if stated is not None:
        return stated, "取自表题"
    if m := re.search(r"(?<!\d)(20\d\d)(?!\d)", source.stem):
        return int(m[1]), "取自文件名"
    raise UsageError(
        f"无法确定 {source.name} 的年度：表题和文件名中都没有年份。"
        "请用 --year 指明工作要点的年度（如 --year 2024）后重新导入"
    )


def _title(texts: list[str], table_title: str, year: int) -> str:
    if not texts:
        return f"{year}年政务公开工作要点"
    for text in texts[1:]:
        if re.search(r"工作要点|实施方案|工作方案|任务分工", text):
            return re.split(r"[（(]", text)[0].strip()
    derived = re.sub(r"(?:重点)?(?:工作)?任务(?:分解|分工)表$", "工作要点", table_title)
    return derived if derived != table_title else f"{year}年政务公开工作要点"


def read_rows(grid: Grid, layout: Layout, registry: Registry, plan: ImportedPlan) -> None:
    """Map the rows below the header onto tasks, nested by their 工作任务 cells; count every other row."""
    group_cols = [i for s in layout.role_slots("group") for i in s.indexes]
    requirement_slot = layout.role_slots("requirement")[0]
    structural = {i for s in [*layout.role_slots("group"), *layout.role_slots("no")] for i in s.indexes}
    headers = [[squeeze(c.text) for c in grid.rows[r]] for r in layout.header_rows]
    previous: list[str] = []
    section = ""
    heading: SkippedRow | None = None  # the last row across the table, until a task falls under it
    for r in range(layout.first, len(grid.rows)):
        row, label = grid.rows[r], grid.labels[r]
        if not any(c.text for c in row):
            plan.blank_rows += 1
            continue
        plan.rows_read += 1
        if [squeeze(c.text) for c in row] in headers:
            plan.repeated_headers.append(label)  # the header again at the top of a new page
            continue
        requirement = row[requirement_slot.indexes[0]]
        own = [c for c in range(len(row)) if row[c].text and row[c].origin == (r, c)]
        if len({c.origin for c in row}) == 1 or (not requirement.text and own and set(own) <= structural):
            if heading:
                plan.skipped.append(heading)
            section = " ".join(row[c].text for c in own or [0])  # a heading row across the table
            heading = SkippedRow(label, "通栏文字，其下没有任务行（如表末的说明）", section)
            previous = []
            continue
        if not requirement.text:
            shown = own or [c for c in range(len(row)) if row[c].text and row[c].origin[1] == c]
            content = "｜".join(f"{_name_of(layout, c)}：{row[c].text}" for c in shown)
            plan.skipped.append(SkippedRow(label, "没有具体要求，不能作为一项任务", content))
            continue
        values = _group_values(row, group_cols, requirement, previous)
        previous = values
        groups = tuple(([section] if section else []) + [v for v in values if v])
        task = ImportedTask(groups, _join(requirement.text), label)
        for slot in layout.slots:
            _fill(task, slot, row, r, registry, plan)
        plan.tasks.append(task)
        if heading:
            plan.headings.append(heading.label)
            heading = None
    if heading:
        plan.skipped.append(heading)


def _name_of(layout: Layout, c: int) -> str:
    return next((s.column.name for s in layout.slots if c in s.indexes), f"第{c + 1}列")


def _group_values(row: tuple[Cell, ...], group_cols: list[int], requirement: Cell, previous: list[str]) -> list[str]:
    """工作任务 texts by level; leading blank cells mean "same as the row above" (a CSV of merged cells)."""
    values = []
    for level, c in enumerate(group_cols):
        cell = row[c]
        merged_right = cell.origin == requirement.origin or (level and cell.origin == row[group_cols[level - 1]].origin)
        values.append("" if merged_right else _join(cell.text))
    if previous and values and not values[0]:
        k = next((i for i, v in enumerate(values) if v), len(values))
        values[:k] = previous[:k]
    return values


def _join(text: str) -> str:
    """Lines of one cell as one text: Chinese lines join without a space."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    out = ""
    for line in lines:
        ascii_edge = out and out[-1].isascii() and line[0].isascii()
        out += (" " if ascii_edge else "") + line
    return out


def _slot_text(slot: Slot, row: tuple[Cell, ...]) -> str:
    """The text under one header in a row: the cells that start in its columns (a cell merged in from
    the column on its left belongs to that column)."""
    cells = [row[i] for i in slot.indexes if row[i].origin[1] in slot.indexes]
    return "\n".join({c.origin: c.text for c in cells if c.text}.values())


def _fill(
    task: ImportedTask, slot: Slot, row: tuple[Cell, ...], r: int, registry: Registry, plan: ImportedPlan
) -> None:
    role, key = slot.column.role, slot.column.key
    if role in ("group", "requirement", "running", "derived"):
        return
    text = _slot_text(slot, row)
    merged = any(row[i].origin[0] < r for i in slot.indexes if row[i].text)
    if not text:
        return
    found: list[str] = []
    if role == "no":
        task.no = text
    elif role == "address":
        if m := _TASK_URL.search(text):
            task.id = None if m[1].isdigit() else m[1]
    elif role == "units":
        registry.parse_cell(text, task, found)
    elif role in ("lead", "support"):
        getattr(task, role).extend(registry.ids(text, found))
    elif role == "leader":
        task.leader = text
    elif role == "deadline":
        task.deadline = "；".join(line.strip() for line in text.split("\n") if line.strip())
    elif role == "deadline_note":
        task.deadline_note = _join(text)
    elif role == "units_note":
        task.units_note = _join(text)
    elif role == "progress":
        kept, entries = read_progress(text)
        task.progress += entries
        if kept:
            task.extra[key] = kept
    else:
        task.extra[key] = text
    if merged:
        task.merged.add("units" if role in ("units", "lead", "support") else key if role == "extra" else role)
    for name in found:
        rows = plan.unmapped.setdefault(name, [])
        if task.label not in rows:
            rows.append(task.label)
