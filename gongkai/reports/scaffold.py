"""`python build.py new report YEAR`: a complete 2021-format report file to fill in.

Every row and column of the three tables is written out with zeros and a comment naming the
row, so the file passes `check` as it is; the narratives hold 「（待填写）」, which `check`
reports as a warning (and `--strict` as an error) until replaced. The optional keys (url,
intro, signature, signed, plan_progress) and the one-row form of （六）其他处理 are written as
comments. When last year's report exists, the comments quote the figures this year's must
continue (R8, R9).
"""

from __future__ import annotations

from pathlib import Path

from .. import catalog
from ..config import site_name
from ..errors import UsageError
from ..models.reports import AnyReport, FreeReport, Report, Report2019
from ..source import SourceFile, load_yaml
from ..validate import parse_model
from .facts import KEY as REPORTS
from .tables import application_keys, result_groups

_COMMENT_AT = 34


def _line(text: str, comment: str) -> str:
    return f"{text.ljust(_COMMENT_AT)} # {comment}" if comment else text


def _previous(root: Path, year: int) -> Report | Report2019 | None:
    path = root / "content" / "reports" / f"{year - 1}.yaml"
    if not path.is_file():
        return None
    loaded = load_yaml(SourceFile(f"content/reports/{year - 1}.yaml", REPORTS.name, path.read_bytes()))
    if loaded.errors or not isinstance(loaded.data, dict):
        return None
    report, _ = parse_model(loaded.data, AnyReport, loaded.locator)
    return None if isinstance(report, FreeReport) else report


def _site_name(root: Path) -> str:
    return site_name(root, "本机关")


def report_template(year: int, site_name: str, previous: Report | Report2019 | None = None) -> str:
    """The text of content/reports/YEAR.yaml."""
    cols = "、".join(catalog.APPLICANT_COLUMNS)
    ph = catalog.REPORT_PLACEHOLDER
    out = [
        f"# {site_name}{year}年政府信息公开工作年度报告",
        "# 格式：国办公开办函〔2021〕30号《中华人民共和国政府信息公开工作年度报告格式》；写法见 docs/content-format.md。",
        f"# 由 `python build.py new report {year}` 生成：表中数字均为 0，文字部分为 “{ph}”。",
        "# 填好后运行 `python build.py check`：数字不平衡时会逐格指出所在行、列、应为多少。",
        "# 照录原报告：数字照原样写（如 5949.088667，页面和 CSV 原样显示）；原报告中空白的格写 ~",
        "# （页面显示为 “—” 并加说明，核对勾稽关系时按 0 计）；不能少写格。",
        f"year: {year}",
        'format: "2021"',
        f"# title: 省略时为 “{site_name}{year}年政府信息公开工作年度报告”",
        _line(
            f"published: {year + 1}-03-31",
            "发布日期：改为实际发布日期（条例第四十九条：县级以上地方人民政府3月31日前）",
        ),
        _line("# url: https://…", "官方发布的原文网址（原报告所在网页）"),
        _line("# intro: |", "引言：原报告在“一、总体情况”之前的一段，照录"),
        _line("# signature: …", "落款：原报告末尾署名的机关，照录"),
        _line(f"# signed: {year + 1}-01-31", "落款日期"),
        _line("# plan_progress: true", "在第六部分列出本站登记的本年度政务公开工作要点落实情况（默认不列）"),
        _line("overview: |", "一、总体情况：主动公开、依申请公开、政府信息管理、平台建设、监督保障"),
        f"  {ph}",
        _line("problems: |", "五、存在的主要问题及改进情况"),
        f"  {ph}",
        _line("other: |", "六、其他需要报告的事项：信息处理费收取情况等"),
        f"  {ph}",
        _line("proactive:", "二、主动公开政府信息情况（表二）"),
    ]
    for article, columns, rows in catalog.PROACTIVE_SECTIONS:
        heads = "、".join(h for _, h, _ in columns)
        for key, label in rows:
            comment = f"{article} {label}：{heads}"
            if columns[0][0]:
                cells = ", ".join(f"{k}: 0" for k, _, _ in columns)
                if previous is not None and hasattr(getattr(previous.proactive, key), "current"):
                    current = getattr(previous.proactive, key).current.text or "空白"
                    comment += f"（{previous.year}年现行有效 {current} 件）"
                out += [f"  # {comment}", f"  {key}: {{{cells}}}"]
            else:
                out.append(_line(f"  {key}: 0", comment))
    out += [
        _line("applications:", "三、收到和处理政府信息公开申请情况（表三）"),
        f"  # 每行 7 格：[{cols}]",
        "  # 每行总计 = 前六格之和；一 + 二 = （七）总计 + 四；（七）总计 = （一）至（六）各行之和。",
        "  # 原报告把“（六）其他处理”只印为一行时，删去 other_no_correction、other_no_fee、other 三行，",
        f"  # 改写一行 {catalog.OTHER_ONE_ROW}: [...]（那一行是（六）的合计，不是“3.其他”）。",
    ]
    labels = dict(catalog.APPLICATION_HEAD_ROWS) | dict(catalog.APPLICATION_TAIL_ROWS)
    for group, leaves in result_groups("2021"):
        for key, leaf in leaves:
            labels[key] = f"{catalog.APPLICATION_RESULTS} {group}{' ' + leaf if leaf else ''}"
    zeros7 = "[" + ", ".join("0" for _ in catalog.APPLICANT_COLUMNS) + "]"
    for key in application_keys("2021"):
        comment = labels[key]
        if key == "carried_over" and previous is not None:
            last = ", ".join(c.text or "~" for c in previous.applications.carried_forward)
            comment += f"；应等于 {previous.year} 年报告“四、结转下年度继续办理” [{last}]"
        out.append(_line(f"  {key + ':':<26}{zeros7}", comment))
    out += [
        _line("reviews:", "四、政府信息公开行政复议、行政诉讼情况（表四）"),
        f"  # 每行 5 格：[{'、'.join(catalog.REVIEW_RESULT_COLUMNS)}]；总计 = 前四格之和。",
    ]
    for key, label in catalog.REVIEW_ROW_LABELS.items():
        out.append(_line(f"  {key + ':':<31}[0, 0, 0, 0, 0]", label))
    return "\n".join(out) + "\n"


def new_report(site_root: Path, year: int, force: bool) -> Path:
    """Write content/reports/YEAR.yaml; refuse to overwrite unless ``force``."""
    if not (site_root / "site.yaml").is_file():
        raise UsageError(f"{site_root} 不是站点目录：找不到 site.yaml")
    if not 2008 <= year <= 2100:
        raise UsageError(f"年度 {year} 不在 2008—2100 之间（条例自2008年5月1日起施行）")
    path = site_root / "content" / "reports" / f"{year}.yaml"
    if path.exists() and not force:
        raise UsageError(
            f"{path.relative_to(site_root).as_posix()} 已存在，未改动；确需重新生成（会覆盖已填写的内容）请加 --force"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(report_template(year, _site_name(site_root), _previous(site_root, year)), encoding="utf-8")
    return path
