"""The words real 任务分解表 use in their header row, and what each column becomes in a plan.

Shared by the importer (which reads a table's columns) and the ledger (which writes the
columns back under the headers the table had), so the two always agree on which column is
which. A column whose header is not recognised, or that repeats a kind already taken by an
earlier column, keeps its values in the task's ``extra`` map under its own header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .tables import squeeze

# Field a recognised column fills. "group" may repeat (one column per level); every other kind
# is taken by the first column that has it.
ROLES = (
    ("no", r"序号|编号"),
    (
        "group",
        r"(?:[一二三四五六七八九]级)?(?:工作任务|重点任务|主要任务|重点工作|任务分类|任务类别|工作事项|任务名称"
        r"|任务事项|工作类别|工作重点|分组|(?:工作)?任务)",
    ),
    (
        "requirement",
        r"具体要求|工作要求|具体内容|工作内容|任务内容|主要内容|任务要求|具体任务|工作措施|具体措施|主要措施"
        r"|工作举措|具体工作|任务措施|目标要求|工作目标及要求",
    ),
    (
        "units",
        r"责任单位|责任科室|责任部门|责任处室|责任股室|责任主体|承办单位|承办科室|承办部门|主办单位"
        r"|牵头及配合单位|实施单位|落实单位",
    ),
    ("lead", r"牵头单位|牵头部门|牵头科室|牵头处室|主责单位"),
    ("support", r"配合单位|配合部门|配合科室|配合处室|协办单位|协同单位|参与单位"),
    ("leader", r"(?:责任|分管|牵头)(?:区|县|市|镇)?领导"),
    ("deadline", r"完成时限|完成时间|时间节点|时限要求|办结时限|时限|完成期限|时间要求|完成时限要求"),
    ("deadline_note", r"完成时限说明"),
    ("units_note", r"责任单位说明"),
    ("progress", r"落实情况|进展情况|完成情况|推进情况|工作进展|进展|落实进度|完成进度|工作落实情况"),
)
_ROLE_RES = tuple((role, re.compile(f"^(?:{pattern})$")) for role, pattern in ROLES)
REPEATABLE = {"group"}

# What the summary says a column became (field name in the YAML, and its Chinese title).
FIELD_LABELS = {
    "no": "序号（no）",
    "group": "工作任务（group）",
    "requirement": "具体要求（requirement）",
    "units": "责任单位（units）",
    "lead": "牵头单位（lead）",
    "support": "配合单位（support）",
    "leader": "责任领导（leader）",
    "deadline": "完成时限（deadline）",
    "deadline_note": "完成时限说明（deadline_note）",
    "units_note": "责任单位说明（units_note）",
    "progress": "落实情况（progress，“日期 状态：说明”的行；其余文字按原列名保留在 extra）",
    "extra": "未识别，按原列名保留在各任务的 extra 下",
}

# Columns a ledger download adds that no plan field holds: read back, never stored as content.
RUNNING, DERIVED, ADDRESS = "running", "derived", "address"
LEDGER_ONLY = {"编号": RUNNING, "到期日期": DERIVED, "状态": DERIVED, "网址": ADDRESS}
LEDGER_LABELS = {
    RUNNING: "台账的顺序编号，不导入",
    DERIVED: "台账按完成时限和落实情况计算，不导入",
    ADDRESS: "任务网址，取出锚点标识（id）",
}

# A ledger's subtitle names the columns the plan's own table had (its ``table_columns``), so that
# importing the download gives back the same plan; columns not named there are the ledger's.
ORIGINAL_COLUMNS = "原表列："
COLUMN_SEPARATOR = "｜"
_LEDGER_SUBTITLE = re.compile(r"（\d{4}年度，(?:状态截至|未设定构建日期)")


@dataclass(frozen=True, slots=True)
class Column:
    """A header of a table and what it becomes: ``role`` is a field, "extra" or a ledger-only kind."""

    name: str
    role: str
    key: str
    """The key in ``extra`` (unique within the table); the name for every other role."""
    same_as: str = ""
    """For an ``extra`` column of a recognised kind: the earlier column that fills that field."""


def role_of(name: str) -> str | None:
    """The field a header names; a trailing bracketed remark (「完成时限（截止日期）」) is ignored."""
    text = squeeze(name)
    for candidate in (text, re.sub(r"（[^（）]*）$", "", text)):
        if role := next((r for r, pattern in _ROLE_RES if pattern.match(candidate)), None):
            return role
    return None


def assign(names: Sequence[str]) -> list[Column]:
    """What each of a table's columns becomes, in order.

    The first column of each kind fills the field; a later one of the same kind (「主要内容」 then
    「工作措施」) and every unrecognised one keep their values under their header in ``extra``.
    A table whose only text column is 工作任务 (no 具体要求) has its last 工作任务 column as the
    requirement.
    """
    roles = [role_of(n) for n in names]
    if "requirement" not in roles and "group" in roles:
        roles[max(i for i, r in enumerate(roles) if r == "group")] = "requirement"
    taken: dict[str, str] = {}
    keys: set[str] = set()
    out = []
    for name, role in zip(names, roles, strict=True):
        if role is not None and (role in REPEATABLE or role not in taken):
            taken.setdefault(role, name)
            out.append(Column(name, role, name))
            continue
        key = extra_key(name, keys)
        keys.add(key)
        out.append(Column(name, "extra", key, taken[role] if role else ""))
    return out


def extra_key(name: str, used: set[str]) -> str:
    """``name``, or 「name（2）」… when an earlier column already has that header."""
    key, n = name, 1
    while key in used:
        n += 1
        key = f"{name}（{n}）"
    return key


def is_ledger(title_rows: Sequence[str]) -> bool:
    """True for a gongkai ledger download (its subtitle says 「（2024年度，状态截至……」)."""
    return any(_LEDGER_SUBTITLE.search(t) for t in title_rows)


def original_columns_note(columns: Sequence[str]) -> str:
    """「原表列：序号｜工作任务｜……」 for a ledger's subtitle; empty when the table's headers are not recorded."""
    return ORIGINAL_COLUMNS + COLUMN_SEPARATOR.join(columns) if columns else ""


def original_columns(title_rows: Sequence[str]) -> tuple[str, ...] | None:
    """The table's own headers named in a ledger's subtitle, or None when it names none."""
    for text in title_rows:
        if ORIGINAL_COLUMNS in text:
            names = text.split(ORIGINAL_COLUMNS, 1)[1]
            return tuple(n.strip() for n in names.split(COLUMN_SEPARATOR) if n.strip())
    return None
