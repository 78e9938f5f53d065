"""``python build.py new plan``: a commented plan file with every field, valid as it stands.

The new file builds at once (so an editor can preview it) and is marked 示例 until its
content is filled in: the page then says so in words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..config import site_value
from ..errors import UsageError
from ..models import Plan
from ..source import SourceFile, load_yaml
from ..validate import parse_model
from .draft import load_registry
from .facts import KEY as PLANS

TEMPLATE = """\
# 政务公开工作要点及任务分解表（由 python build.py new plan 生成）。
# 每个字段的写法见 docs/content-format.md；以 # 开头的行是说明，可以删去。
# 文字照原文填写（“示例”文字请全部替换）。填好后删去文件末尾的 sample 和 sample_note 两行。

# 标题，照原文（必填）
title: {year}年政务公开工作要点
# 工作要点所属年度（必填）
year: {year}
# 印发通知的文件名（content/documents/ 下，不含 .yaml）；没有印发通知的保持注释。
# 完成时限写作“本文件印发后30日内”的，按印发通知的印发日期换算。
# notice: {year}-zwgk-gzyd-tz
# 发布机构：机构名录（content/organizations.yaml）中的标识；原文没有写明印发机关的删去此行（页面显示“未载明”）
publisher: {publisher}
# 任务没有单列完成时限时适用的时限，照原文写；原表每行都有时限的删去这两行
default_deadline: {year}年年底前
# 上面的默认时限出自哪里，如“印发通知要求全年落实情况于11月30日前书面报送”
default_deadline_source: 任务分解表未单列完成时限的任务，按年度完成
# 上一年度工作要点的文件名：页面据此显示上年度任务的落实情况（回头看）；没有的写 null
previous: {previous}
# 附件任务分解表的标题和表头，照原文
table_title: {year}年政务公开重点工作任务分解表
# 表头照原表逐列写出；原表有、下面的字段没有的列（如“督办领导”“备注”），其内容写在各任务的 extra 下
table_columns: [序号, 工作任务, 具体要求, 责任单位, 责任领导, 完成时限, 备注]
# 内容概述（目录中显示）；不写则用印发通知的内容概述
# summary: 部署{year}年政务公开各项任务。
# 索引号：不写由系统编号（有印发通知的与通知相同）；已公布过的号码写在这里以保持不变
# index_no:
# 工作要点正文（Markdown），保留原文的各级标题
body: |
  ## 一、总体要求

  （示例：请粘贴工作要点正文。）
# 任务分解表，逐行照录，顺序不变。
# 合并的“工作任务”单元格写成 group，其下的行写在 items 里；分几级就嵌套几层。
# 一行任务（具体要求）可用的字段：
#   id                 锚点标识（小写字母、数字、连字符），可省略
#   no                 原表印出的序号，加引号，如 "1"
#   requirement        具体要求（必填）
#   units              责任单位（原表不分牵头、配合时用）
#   lead / support     牵头单位 / 配合单位（原表写“××牵头，××配合”时用）
#   assignments        按分项列出的责任单位（label 为分项名）
#                      原表在牵头、配合之外另列、未写明角色的单位，与 lead / support 同时写在 units 里
#   units_note         对责任单位的说明；原文没有写明责任单位的，不要推断，只写
#                      units_note: 原文未写明责任单位（页面显示“未载明”）
#   deadline           完成时限，照原文，如 全年、{year}年9月底前、本文件印发后30日内、长期坚持、
#                      {year}年年底前完成，长期坚持、{year}年9月22日前；9月25日前
#   deadline_note      对完成时限的说明，如“完成时限见具体要求原文”
#   deadline_free_text 完成时限是文字说明、不应换算为日期时写 true
#   progress           落实情况：日期、状态（未启动 / 推进中 / 已完成 / 长期坚持）、说明、相关文件
#   leader             责任领导（人或职务，如“分管副区长”；不是责任单位）
#   extra              原表其他列，按原列名照录，如 extra: {{备注: 与上年度第3项合并}}
# 原表合并的责任单位、完成时限（即“同上”）要在每一行写出，并加注释 # 原表合并单元格。
tasks:
  - group: （示例）一级工作任务
    items:
      - group: （示例）二级工作任务
        items:
          - no: "1"
            requirement: （示例）具体要求，照原表。
            units: [{unit_a}, {unit_b}]
            deadline: {year}年6月底前
            progress:
              - date: {year}-06-30
                status: 已完成
                note: （示例）落实情况说明。
                # 证明材料：content/documents/ 下文件的文件名
                # links: [{year}-xxx]
                sample: true
          - no: "2"
            requirement: （示例）原表写“××牵头，××配合”的任务。
            lead: [{unit_a}]
            support: [{unit_b}]
            deadline: 全年
      - no: "3"
        requirement: （示例）责任单位按分项列出的任务。
        assignments:
          - label: （示例）分项一
            units: [{unit_a}]
          - label: （示例）分项二
            units: [{unit_a}, {unit_b}]
        deadline: {year}年年底前完成，长期坚持
  - group: （示例）保障措施
    items:
      - id: taizhang
        no: "4"
        requirement: （示例）梳理形成工作台账，逐项核查核销。
        units: [{publisher}]
        leader: （示例）分管副区长
        deadline: 长期坚持
        extra:
          备注: （示例）原表“备注”列的内容照录
      - no: "5"
        requirement: （示例）完成时限写在具体要求文字中的任务。
        units: [{publisher}]
        units_note: （示例）对责任单位的说明，如“原表此行写作‘有关单位’”
        deadline: 按上级部署适时开展
        deadline_note: 完成时限见具体要求原文
        deadline_free_text: true
# 以下两行使页面显示“示例”提示；内容填写完成后删去
sample: true
sample_note: 本工作要点由 python build.py new plan 生成，内容尚未填写。
"""


def _existing_plans(site_root: Path) -> list[tuple[int, str]]:
    found = []
    for path in sorted((site_root / "content" / "plans").glob("*.yaml")):
        raw = load_yaml(SourceFile(path.relative_to(site_root).as_posix(), PLANS.name, path.read_bytes()))
        year = raw.data.get("year") if isinstance(raw.data, dict) else None
        if isinstance(year, int):
            found.append((year, path.stem))
    return found


def _build_date(site_root: Path) -> dt.date | None:
    if not (site_root / "site.yaml").is_file():
        raise UsageError(f"{site_root} 不是站点目录：找不到 site.yaml")
    value = site_value(site_root, "build_date")
    return value if isinstance(value, dt.date) else None


def plan_template(site_root: Path) -> tuple[str, int]:
    """The template text for this site and the year it is written for.

    The year is the one after the newest plan, else the year of site.yaml's build_date; never
    the clock.
    """
    registry = load_registry(site_root)
    plans = _existing_plans(site_root)
    built = _build_date(site_root)
    year = max(y for y, _ in plans) + 1 if plans else built.year if built else 2000
    previous = max((p for p in plans if p[0] < year), default=None)
    units = [o for o in registry.order if o != registry.publisher] or [registry.publisher]
    text = TEMPLATE.format(
        year=year,
        publisher=registry.publisher,
        previous=previous[1] if previous else "null",
        unit_a=units[0],
        unit_b=units[1] if len(units) > 1 else units[0],
    )
    return text, year


def new_plan(site_root: Path, target: Path | None, force: bool) -> Path:
    """Write the template (default content/plans/<year>-zwgk-gzyd.yaml); never overwrite without ``force``."""
    text, year = plan_template(site_root)
    path = target or site_root / "content" / "plans" / f"{year}-zwgk-gzyd.yaml"
    if path.exists() and not force:
        raise UsageError(f"{path} 已存在，未写入：加 --force 覆盖，或在命令末尾写另一个路径")
    raw = load_yaml(SourceFile("content/plans/new.yaml", PLANS.name, text.encode("utf-8")))
    if parse_model(raw.data, Plan, raw.locator)[1]:  # pragma: no cover - the template is tested
        raise UsageError("内部错误：工作要点模板不符合格式")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
