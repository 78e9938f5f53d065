"""For the importer: 责任单位 names → organisation ids, and the imported plan written out as YAML."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..config import read_organizations
from .import_report import where
from .imported import ImportedPlan, ImportedTask
from .tables import squeeze

SEPARATORS = "、，,；;/／"
CONJUNCTIONS = "和及与"
FILLERS = re.compile(r"^(?:等|分别|负责|牵头|配合)+|(?:等|负责|牵头|配合)+$")


@dataclass(frozen=True, slots=True)
class Registry:
    """Every name and alias of the site's organisations (squeezed), longest first."""

    names: tuple[tuple[str, str], ...]
    publisher: str
    order: tuple[str, ...] = ()
    """Organisation ids in registry order."""

    def _match(self, text: str, i: int) -> tuple[str, str] | None:
        return next(((n, o) for n, o in self.names if text.startswith(n, i)), None)

    def ids(self, text: str, unmapped: list[str]) -> list[str]:
        """Organisation ids for the names in ``text`` (split at 、，；); unknown names kept as written."""
        text = squeeze(text)
        out: list[str] = []
        buffer = ""

        def flush() -> None:
            nonlocal buffer
            name = FILLERS.sub("", buffer)
            if name:
                out.append(name)
                unmapped.append(name)
            buffer = ""

        i = 0
        while i < len(text):
            hit = self._match(text, i) if not buffer else None
            if hit:
                out.append(hit[1])
                i += len(hit[0])
            elif text[i] in SEPARATORS or text[i] == "等":
                flush()
                i += 1
            elif not buffer and text[i] in CONJUNCTIONS and self._match(text, i + 1):
                i += 1
            else:
                buffer += text[i]
                i += 1
        flush()
        return list(dict.fromkeys(out))

    def parse_cell(self, text: str, task: ImportedTask, unmapped: list[str]) -> None:
        """A 责任单位 cell: 「牵头：A；配合：B」, 「A牵头，B配合」, 「分项：A；分项：B」 or 「A、B」."""
        cell = squeeze(text.replace("\n", "；")).strip("；;")
        if not cell:
            return
        if m := re.fullmatch(r"牵头(?:单位)?[:：](.+?)(?:[；;，,]配合(?:单位)?[:：](.+?))?(?:[；;]([^:：]+))?", cell):
            task.lead += self.ids(m[1], unmapped)
            task.support += self.ids(m[2] or "", unmapped)
            task.units += self.ids(m[3] or "", unmapped)  # named after 牵头/配合 without a role
        elif m := re.fullmatch(r"(.+?)牵头[，,、；;]?(?:(.+?)配合[，,、；;]?(.*))?", cell):
            task.lead += self.ids(m[1], unmapped)
            task.support += self.ids(m[2] or "", unmapped) + self.ids(m[3] or "", unmapped)
        elif any(":" in s or "：" in s for s in re.split(r"[；;]", cell)):
            for segment in filter(None, re.split(r"[；;]", cell)):
                label, sep, rest = segment.replace(":", "：").partition("：")
                if sep and label in ("牵头", "牵头单位"):
                    task.lead += self.ids(rest, unmapped)
                elif sep and label in ("配合", "配合单位"):
                    task.support += self.ids(rest, unmapped)
                elif sep:
                    task.assignments.append((label, self.ids(rest, unmapped)))
                else:
                    task.units += self.ids(segment, unmapped)
        else:
            task.units += self.ids(cell, unmapped)


def load_registry(site_root: Path) -> Registry:
    """The organisations of the site at ``site_root`` (content/organizations.yaml)."""
    orgs = read_organizations(site_root)
    names = {squeeze(n): o.id for o in orgs for n in (o.name, *o.aliases, *([o.full_name] if o.full_name else []))}
    office = next((o.id for o in orgs if "政府办公室" in o.name), None) or next(
        (o.id for o in orgs if o.name.endswith("办公室")), orgs[0].id
    )
    return Registry(
        tuple(sorted(names.items(), key=lambda item: (-len(item[0]), item[0]))), office, tuple(o.id for o in orgs)
    )


def scalar(value: str) -> str:
    """A YAML scalar, quoted only where YAML needs it."""
    text = yaml.safe_dump(value, allow_unicode=True, width=1_000_000)
    return text.removesuffix("\n...\n").removesuffix("\n")


def flow(values: list[str]) -> str:
    return "[" + ", ".join(scalar(v) for v in values) + "]"


def entry(pad: str, key: str, value: str, comment: str = "") -> list[str]:
    """``key: value`` at ``pad``; a text of several lines as a literal block, line breaks kept."""
    lines = value.split("\n")
    if len(lines) > 1 and all(line == line.strip() for line in lines) and lines[0]:
        return [f"{pad}{scalar(key)}: |-{comment}", *[f"{pad}  {line}" if line else "" for line in lines]]
    return [f"{pad}{scalar(key)}: {scalar(value)}{comment}"]


MERGED = "  # 原表合并单元格"


def _task_lines(task: ImportedTask, depth: int, has_units_column: bool) -> list[str]:
    pad = " " * (2 + 4 * depth)
    inner = pad + "  "
    lines: list[str] = []
    if task.id:
        lines.append(f"{inner}id: {scalar(task.id)}")
    if task.no:
        lines.append(f"{inner}no: {json.dumps(task.no, ensure_ascii=False)}")  # always text, as printed
    lines += entry(inner, "requirement", task.requirement)
    for key in ("units", "lead", "support"):
        if getattr(task, key):
            lines.append(f"{inner}{key}: {flow(getattr(task, key))}" + (MERGED if "units" in task.merged else ""))
    if task.units_note:
        lines += entry(inner, "units_note", task.units_note)
    elif not (task.units or task.lead or task.assignments):
        why = "原表此行没有责任单位" if has_units_column else "原表没有责任单位列"
        lines.append(f"{inner}units: []  # {why}，请补填")
    if task.assignments:
        lines.append(f"{inner}assignments:")
        for label, units in task.assignments:
            lines += [f"{inner}  - label: {scalar(label)}", f"{inner}    units: {flow(units)}"]
    if task.leader:
        lines += entry(inner, "leader", task.leader, MERGED if "leader" in task.merged else "")
    if task.deadline:
        lines += entry(inner, "deadline", task.deadline, MERGED if "deadline" in task.merged else "")
    if task.deadline_note:
        lines += entry(inner, "deadline_note", task.deadline_note)
    if task.progress:
        lines.append(f"{inner}progress:")
        for p in task.progress:
            lines += [f"{inner}  - date: {p.date.isoformat()}", f"{inner}    status: {p.status}"]
            lines += entry(f"{inner}    ", "note", p.note)
            lines += [f"{inner}    sample: true"] if p.sample else []
    if task.extra:
        lines.append(f"{inner}extra:  # 原表中没有对应字段的列，按原列名保留")
        for key, value in task.extra.items():
            lines += entry(f"{inner}  ", key, value, MERGED if key in task.merged else "")
    lines[0] = pad + "- " + lines[0][len(inner) :]
    return lines


def tree_lines(tasks: list[ImportedTask], has_units_column: bool) -> list[str]:
    """The task list nested by each task's 工作任务 path; consecutive rows share their groups."""
    lines: list[str] = []
    open_path: tuple[str, ...] = ()
    for task in tasks:
        common = 0
        while common < min(len(open_path), len(task.groups)) and open_path[common] == task.groups[common]:
            common += 1
        for level in range(common, len(task.groups)):
            pad = " " * (2 + 4 * level)
            lines += [f"{pad}- group: {scalar(task.groups[level])}", f"{pad}  items:"]
        open_path = task.groups
        lines += _task_lines(task, len(task.groups), has_units_column)
    return lines


def plan_yaml(plan: ImportedPlan, registry: Registry) -> str:
    head = [
        f"# 由 python build.py import 从 {plan.source} 导入，共 {len(plan.tasks)} 项任务。",
        "# 导入后请核对标题（title）、年度（year）、发布机构（publisher）和表题（table_title）；",
        "# 有印发通知的，填写 notice（印发通知的文件名）；未单列完成时限的任务，可用 default_deadline 写明。",
    ]
    kept = plan.kept_columns
    if kept:
        head.append(f"# 原表中没有对应字段的列按原列名保留在各任务的 extra 下：{'、'.join(kept)}。")
    if plan.unmapped:
        head += [
            "# 以下责任单位名称未能对应机构名录（content/organizations.yaml），已按原文保留：",
            "# 请在机构名录中添加该机构（或加入已有机构的 aliases），再把名称改为机构标识。",
        ]
        head += [f"#   {name}（{where(rows)}）" for name, rows in plan.unmapped.items()]
    for row in plan.skipped:
        first, *rest = str(row).split("\n")
        head += [f"# 已跳过：{first}", *[f"#   {line}" for line in rest]]
    body = [
        f"title: {scalar(plan.title)}",
        f"year: {plan.year}",
        f"publisher: {registry.publisher}  # 请核对发布机构",
        f"table_title: {scalar(plan.table_title)}",
        f"table_columns: {flow(list(plan.columns))}",
        "tasks:",
        *tree_lines(plan.tasks, plan.has_units_column),
    ]
    return "\n".join(head + body) + "\n"
