"""``python build.py import FILE``: a task table (.xlsx, .docx or .csv) → a plan YAML with every row.

The table is found by its header row (序号, 工作任务, 具体要求, 责任单位, 完成时限 and their usual
variants); merged 工作任务 cells become nested groups, merged 责任单位 / 完成时限 cells are written
out on each row with the comment 「原表合并单元格」 (docs/content-format.md). 责任单位 names are
mapped onto the organisation registry, aliases included; names that match nothing are kept as
written (so ``check`` points at them) and listed in the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from .draft import Registry, load_registry, plan_yaml, where
from .tables import Cell, Grid, read_grids, squeeze

ROLES = (
    ("no", r"序号"),
    ("running", r"编号"),
    ("group", r"(?:[一二三四五六七八九]级)?(?:工作任务|重点任务|主要任务|重点工作|任务分类|任务类别|工作事项)"),
    ("requirement", r"具体要求|工作要求|具体内容|工作内容|任务内容|主要内容|任务要求|具体任务|工作措施|具体措施"),
    ("units", r"责任单位|责任部门|责任主体|责任单位（部门）|牵头及配合单位|承办单位"),
    ("lead", r"牵头单位|牵头部门"),
    ("support", r"配合单位|配合部门|协办单位"),
    ("deadline", r"完成时限|完成时间|时间节点|时限要求|办结时限|时限|完成期限"),
    ("units_note", r"责任单位说明"),
    ("deadline_note", r"完成时限说明"),
    ("address", r"网址"),
)
_ROLE_RES = tuple((role, re.compile(f"^(?:{pattern})$")) for role, pattern in ROLES)
_LEDGER_ONLY = {"running", "units_note", "deadline_note", "address", None}
_TASK_URL = re.compile(r"/task-([a-z0-9]+(?:-[a-z0-9]+)*)/?$")


@dataclass(frozen=True, slots=True)
class UnmappedName:
    """A 责任单位 name the registry does not know, and the rows it appears on."""

    name: str
    rows: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.name}（{where(self.rows)}）"


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What ``import`` wrote: the file, how many tasks, which table, and what it could not map."""

    path: Path
    task_count: int
    table: str
    unmapped: tuple[UnmappedName, ...]
    skipped: tuple[str, ...] = ()


@dataclass(slots=True)
class ImportedTask:
    """One row of the table, mapped onto the plan schema (ids where the registry knows the name)."""

    groups: tuple[str, ...]
    requirement: str
    label: str
    no: str | None = None
    id: str | None = None
    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    assignments: list[tuple[str, list[str]]] = field(default_factory=list)
    units_note: str | None = None
    deadline: str | None = None
    deadline_note: str | None = None
    comments: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ImportedPlan:
    title: str
    year: int
    table_title: str
    columns: list[str]
    tasks: list[ImportedTask]
    source: str
    unmapped: dict[str, list[str]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)


def role_of(text: str) -> str | None:
    name = squeeze(text)
    return next((role for role, pattern in _ROLE_RES if pattern.match(name)), None)


def find_header(grid: Grid) -> tuple[int, list[str | None]] | None:
    """The header row (within the first 20 rows) and each column's role."""
    for r, row in enumerate(grid.rows[:20]):
        roles = [role_of(c.text) for c in row]
        if "requirement" in roles or ("group" in roles and ({"units", "lead"} & set(roles))):
            return r, roles
    return None


def import_table(source: Path, site_root: Path, target: Path | None, force: bool) -> ImportResult:
    """Read ``source``, write the plan YAML (default content/plans/<name>.yaml); never overwrite without ``force``."""
    registry = load_registry(site_root)
    grids = read_grids(source)
    found = [(g, h) for g in grids if (h := find_header(g)) is not None]
    if not found:
        raise UsageError(
            f"{source.name} 中找不到任务分解表：需要一行表头，含“具体要求”（或“工作内容”）列，"
            "以及“工作任务”“责任单位”等列"
        )
    grid, (header, roles) = max(found, key=lambda f: len(f[0].rows))
    plan = read_plan(grid, header, roles, registry, source)
    if not plan.tasks:
        raise UsageError(f"{source.name} 的{grid.name}有表头但没有任务行")
    path = target or site_root / "content" / "plans" / f"{default_slug(source, plan.year)}.yaml"
    if path.exists() and not force:
        raise UsageError(f"{path} 已存在，未写入：加 --force 覆盖，或用 --plan-out 指定另一个文件")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(plan_yaml(plan, registry), encoding="utf-8")
    unmapped = tuple(UnmappedName(n, tuple(rows)) for n, rows in plan.unmapped.items())
    return ImportResult(path, len(plan.tasks), grid.name, unmapped, tuple(plan.skipped))


def default_slug(source: Path, year: int) -> str:
    """The file name of an exported ledger (<slug>-rwtz) gives back its slug; otherwise an ASCII form."""
    stem = re.sub(r"-rwtz$", "", source.stem.lower())
    slug = re.sub(r"[^a-z0-9]+", "-", stem).strip("-")
    return slug if re.search(r"[a-z]", slug) else f"{year}-zwgk-gzyd"


def _title_rows(grid: Grid, header: int) -> list[str]:
    texts = list(grid.preamble)
    for row in grid.rows[:header]:
        text = next((c.text for c in row if c.text), "")
        if text and text not in texts:
            texts.append(text)
    return texts


def _year(texts: list[str], source: Path, deadlines: list[str]) -> int:
    """The year in the title rows (not the date a ledger's state was taken), the file name, or a 完成时限."""
    titles = [re.sub(r"状态截至\s*\d{4}\s*年", "", t) for t in texts]
    for text in [*titles, re.sub(r"(?<!\d)(20\d\d)(?!\d)", r"\1年", source.stem), *deadlines]:
        if m := re.search(r"(20\d\d)\s*年", text):
            return int(m[1])
    raise UsageError(f"无法确定 {source.name} 的年度：请在表题或文件名中写明年份（如 “2022年”）后重新导入")


def _title(texts: list[str], table_title: str, year: int) -> str:
    for text in texts[1:]:
        if re.search(r"工作要点|实施方案|工作方案|任务分工", text):
            return re.split(r"[（(]", text)[0].strip()
    derived = re.sub(r"(?:重点)?(?:工作)?任务(?:分解|分工)表$", "工作要点", table_title)
    return derived if derived != table_title else f"{year}年政务公开工作要点"


def read_plan(grid: Grid, header: int, roles: list[str | None], registry: Registry, source: Path) -> ImportedPlan:
    """Map the rows below ``header`` onto tasks, nested by their 工作任务 cells."""
    first = header + 1
    if first < len(grid.rows):  # a second header row (e.g. 牵头单位 | 配合单位 under 责任单位)
        below = [role_of(c.text) if c.text else "" for c in grid.rows[first]]
        if any(below) and all(
            r != "" and r is not None or not c.text for r, c in zip(below, grid.rows[first], strict=True)
        ):
            roles = [b or r for b, r in zip(below, roles, strict=True)]
            first += 1
    if "requirement" not in roles:  # 工作任务 alone holds the requirement
        last = max(i for i, r in enumerate(roles) if r == "group")
        roles[last] = "requirement"
    columns = _columns(grid, header, roles)
    texts = _title_rows(grid, header)
    table_title = texts[0] if texts else "工作任务分解表"
    deadline_col = roles.index("deadline") if "deadline" in roles else None
    deadlines = [row[deadline_col].text for row in grid.rows[first:]] if deadline_col is not None else []
    year = _year(texts, source, deadlines)
    plan = ImportedPlan(_title(texts, table_title, year), year, table_title, columns, [], source.name)
    _read_rows(grid, first, roles, registry, plan)
    return plan


def _columns(grid: Grid, header: int, roles: list[str | None]) -> list[str]:
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    for cell, role in zip(grid.rows[header], roles, strict=True):
        if role not in _LEDGER_ONLY and cell.origin not in seen and cell.text:
            out.append(squeeze(cell.text))
        seen.add(cell.origin)
    return out


def _read_rows(grid: Grid, first: int, roles: list[str | None], registry: Registry, plan: ImportedPlan) -> None:
    col = {role: roles.index(role) for role in set(roles) if role}
    group_cols = [i for i, r in enumerate(roles) if r == "group"]
    header_texts = [squeeze(c.text) for c in grid.rows[first - 1]]
    previous: list[str] = []
    section = ""
    for r in range(first, len(grid.rows)):
        row, label = grid.rows[r], grid.labels[r]
        if not any(c.text for c in row) or [squeeze(c.text) for c in row] == header_texts:
            continue  # blank, or the header repeated on a new page
        filled = {c.origin for c in row if c.text}
        requirement = row[col["requirement"]]
        if len({c.origin for c in row}) == 1 or (len(filled) == 1 and not requirement.text):
            section = next(c.text for c in row if c.text)  # a heading row across the table
            previous = []
            continue
        if not requirement.text:
            plan.skipped.append(f"{label}：没有具体要求，已跳过")
            continue
        values = _group_values(row, group_cols, requirement, previous)
        previous = values
        groups = tuple(([section] if section else []) + [v for v in values if v])
        task = ImportedTask(groups, _join(requirement.text), label)
        _fill(task, row, r, col, registry, plan)
        plan.tasks.append(task)


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


def _fill(
    task: ImportedTask, row: tuple[Cell, ...], r: int, col: dict[str, int], registry: Registry, plan: ImportedPlan
) -> None:
    def text(role: str) -> str:
        return row[col[role]].text if role in col else ""

    def merged(role: str) -> bool:
        return role in col and row[col[role]].origin[0] < r and bool(row[col[role]].text)

    if no := text("no"):
        task.no = no
    if m := _TASK_URL.search(text("address")):
        task.id = None if m[1].isdigit() else m[1]
    found: list[str] = []
    if "units" in col:
        registry.parse_cell(text("units"), task, found)
    if text("lead"):
        task.lead += registry.ids(text("lead"), found)
    if text("support"):
        task.support += registry.ids(text("support"), found)
    if note := text("units_note"):
        task.units_note = _join(note)
    if merged("units") or merged("lead"):
        task.comments.append("units")
    if deadline := text("deadline"):
        task.deadline = "；".join(line.strip() for line in deadline.split("\n") if line.strip())
        if merged("deadline"):
            task.comments.append("deadline")
    if note := text("deadline_note"):
        task.deadline_note = _join(note)
    for name in found:
        rows = plan.unmapped.setdefault(name, [])
        if task.label not in rows:
            rows.append(task.label)
