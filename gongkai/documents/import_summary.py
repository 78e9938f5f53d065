"""What ``import documents`` did, in words for the editor: rows read, written, updated, skipped and
why; each column and the field it filled or where its values are kept; what the bodies lost in
sanitising; and every row that ``check`` will refuse, with the reason, grouped by reason."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .column_map import EXTRA, OMIT, ColumnMap, FieldSpec
from .export_file import Export

if TYPE_CHECKING:
    from .import_row import Row

_LABEL = re.compile(r"^第 (\d+) (行|条)$")


def rows_text(labels: list[str]) -> str:
    """「第 2–5、9 行」 for row labels of one file; other labels listed as they are."""
    numbered = [(int(m[1]), m[2]) for label in labels if (m := _LABEL.match(label))]
    if len(numbered) != len(labels) or not labels:
        return "、".join(labels)
    unit = numbered[0][1]
    runs: list[list[int]] = []
    for n, _ in sorted(numbered):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else "、".join(map(str, r)) for r in runs]
    return f"第 {'、'.join(parts)} {unit}"


@dataclass(slots=True)
class ImportSummary:
    source: str
    export: Export
    columns: ColumnMap
    specs: Mapping[str, FieldSpec]
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str, str]] = field(default_factory=list)
    problems: dict[str, list[str]] = field(default_factory=dict)
    removed: dict[str, list[str]] = field(default_factory=dict)
    media: dict[str, list[str]] = field(default_factory=dict)
    unknown_orgs: dict[str, list[str]] = field(default_factory=dict)
    unresolved: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    mapped_values: Counter[str] = field(default_factory=Counter)
    html_bodies: list[str] = field(default_factory=list)
    text_bodies: list[str] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)
    first_file: str = ""

    def skip(self, label: str, reason: str, glimpse: str) -> None:
        self.skipped.append((label, reason, glimpse))

    def add_row(self, row: Row, rel: str, key: tuple[str, str] | None, problems: list[str]) -> None:
        label = row.record.label
        self.first_file = self.first_file or rel
        self.keys[key[0] if key else "无"] += 1
        for text in problems:
            self.problems.setdefault(text, []).append(label)
        for name in row.unknown_orgs:
            self.unknown_orgs.setdefault(name, []).append(label)
        for url in row.unresolved:
            self.unresolved.setdefault(label, []).append(url)
        for note in row.notes:
            self.notes.setdefault(note, []).append(label)
        self.mapped_values.update(row.mapped_values)
        body = row.body
        if body is None:
            return
        (self.html_bodies if body.html else self.text_bodies).append(label)
        for what, count in body.removed.items():
            self.removed.setdefault(what, []).extend([label] * count)
        for what, count in (
            ("远程图片改为指向原图的链接", body.images_linked),
            ("嵌入的视频、音频或页面改为链接", body.embeds_linked),
            ("内嵌图片（data:）无法导入，正文中留有“未能导入”的说明，请另行上传", body.inline_images),
            ("表格有向下合并的单元格（rowspan），已补空格使各列对齐，请核对", body.rowspan_tables),
        ):
            if count:
                self.media.setdefault(what, []).extend([label] * count)


def _counted(labels: list[str]) -> str:
    distinct = list(dict.fromkeys(labels))
    return f"{len(labels)} 处（{rows_text(distinct)}）"


def summary_text(s: ImportSummary) -> str:
    export, specs = s.export, s.specs
    read = len(export.records) + export.blank_rows
    lines = [
        f"导入 {s.source}（{export.kind}）：读取 {read} 行，其中空白 {export.blank_rows} 行",
        f"  新建 {len(s.created)} 个文件，更新 {len(s.updated)} 个，内容未变 {len(s.unchanged)} 个，"
        f"跳过 {len(s.skipped)} 行 → content/documents/",
    ]
    if s.keys:
        lines.append("  再次导入时识别同一文件的依据：" + "，".join(f"{k} {n} 行" for k, n in s.keys.items()))
    if s.keys.get("无"):
        lines.append("  没有索引号、原网址和标题的行再次导入时无法识别，会另建文件")
    if s.skipped:
        lines.append("跳过的行：")
        lines += [
            f"  {label}：{why}" + (f"（原文：{glimpse}）" if glimpse else "") for label, why, glimpse in s.skipped
        ]
    lines.append(f"列的对应（{len(export.columns)} 列，每一列都已写入、保留或按映射文件不导入）：")
    lines += [f"  {c}：{_column(s, c)}" for c in export.columns]
    if s.columns.missing:
        lines.append("映射文件 columns 中有、导出文件中没有的列：" + "、".join(s.columns.missing))
    for name, value in s.columns.set_values.items():
        title = specs[name].title if name in specs else name
        lines.append(f"映射文件为每一行指定：{title} {name} = {value!r}（导出文件中该字段有值的行照导出文件）")
    for text, n in s.mapped_values.items():
        lines.append(f"按映射文件 values 改写：{text}，{n} 行")
    if s.html_bodies or s.text_bodies:
        lines.append(f"正文：HTML 转为 Markdown {len(s.html_bodies)} 行，纯文本 {len(s.text_bodies)} 行")
    if s.removed:
        lines.append("  已清除（本站不执行原网页的脚本、样式和事件，内容中的文字保留）：")
        lines += [f"    {what} {_counted(labels)}" for what, labels in s.removed.items()]
    lines += [f"  {what}：{_counted(labels)}" for what, labels in s.media.items()]
    if s.unresolved:
        lines.append("相对链接无法补全（导出文件没有该行的原网址，映射文件也没有 base_url），原地址照写在文字后：")
        lines += [f"  {label}：{'、'.join(urls)}" for label, urls in s.unresolved.items()]
    if s.unknown_orgs:
        lines.append("发布机构不在机构名录中，照原文写入（在机构名录中添加该机构或别名后重新导入）：")
        lines += [f"  {name}（{rows_text(labels)}）" for name, labels in s.unknown_orgs.items()]
    for note, labels in s.notes.items():
        lines.append(f"{note}（{rows_text(labels)}）")
    if s.problems:
        lines.append("check 将报告的问题（导出文件没有或不符合要求的值不会代为填写，请按原件补充或修改）：")
        lines += [f"  {text}：{len(labels)} 行（{rows_text(labels)}）" for text, labels in s.problems.items()]
        lines.append("  补齐后，check 还会检查字段之间的规则（如已废止、已失效的文件须有废止/失效日期）")
    else:
        lines.append("各行均符合公文的字段要求；运行 python build.py check 做全站检查。")
    return "\n".join(lines)


def _column(s: ImportSummary, column: str) -> str:
    target, reason = s.columns.targets[column], s.columns.reasons[column]
    filled = sum(1 for r in s.export.records if column in r.cells)
    if target == OMIT:
        return f"不导入（{reason}；{filled} 行有值，未写入）"
    if target == EXTRA:
        return f"保留在 extra，页面按列名显示（{reason}；{filled} 行有值）"
    spec = s.specs[target]
    return f"{spec.title} {target}（{reason}；{filled} 行有值）"
