"""Command line: build | check | serve. The one place that prints errors and picks exit codes.

Exit codes: 0 ok, 1 content or template errors, 2 usage errors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from .audit import check_tools, run_audit, select_pages, write_report
from .build import build, render_site
from .checks.privacy import mask, normalize
from .checks.punctuation import fix_punctuation
from .config import site_name
from .errors import BuildFailed, UsageError, problems_json
from .kind import Scaffold
from .kinds import REGISTRY
from .schema import SCHEMA_DIR, write_schemas
from .search import SearchIndexFailed, pagefind_version, preferred_binary

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


_ARGPARSE_ZH: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"argument command: invalid choice: '(.*)' \(choose from (.*)\)"),
        lambda m: f"没有 “{m[1]}” 这个命令，可用：{_choices(m[2])}",
    ),
    (
        re.compile(r"argument (\S+): invalid choice: '(.*)' \(choose from (.*)\)"),
        lambda m: f"选项 {_option(m[1])} 的值 “{m[2]}” 不可用，可用：{_choices(m[3])}",
    ),
    (re.compile(r"argument (\S+): expected one argument"), lambda m: f"选项 {_option(m[1])} 后面要写一个值"),
    (
        re.compile(r"argument (\S+): expected at least one argument"),
        lambda m: f"选项 {_option(m[1])} 后面至少要写一个值",
    ),
    (
        re.compile(r"argument (\S+): invalid int value: '(.*)'"),
        lambda m: f"选项 {_option(m[1])} 应为整数（实际为 “{m[2]}”）",
    ),
    (
        re.compile(r"unrecognized arguments: (.*)"),
        lambda m: f"无法识别的参数：{m[1]}（python build.py -h 列出全部选项）",
    ),
    (re.compile(r"argument (\S+): (.*[\u4e00-\u9fff].*)"), lambda m: f"选项 {_option(m[1])}：{m[2]}"),
)
"""argparse's English messages, in Chinese (issue #16: messages speak Chinese only)."""


def _choices(text: str) -> str:
    return "、".join(re.findall(r"'([^']*)'", text))


def _option(name: str) -> str:
    return name.split("/")[0]


def usage_zh(message: str) -> str:
    """An argparse error message in Chinese; one it has no words for is named as such."""
    for pattern, words in _ARGPARSE_ZH:
        if m := pattern.fullmatch(message):
            return words(m)
    return f"命令行参数有误（{message}），python build.py -h 列出全部命令和选项"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        print(self.format_usage().replace("usage:", "用法：", 1), end="", file=sys.stderr)
        print(f"用法错误：{usage_zh(message)}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应写作 YYYY-MM-DD（实际为 “{text}”）") from None


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4 and 2000 <= int(text) <= 2100):
        raise argparse.ArgumentTypeError(f"年度应写作四位数字，如 2024（实际为 “{text}”）")
    return int(text)


def _audit(root: Path, out: Path, args: argparse.Namespace) -> int:
    """Build (unless --no-build), audit the pages, write the reports; exit 1 on any finding."""
    check_tools()
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = out if args.no_build else Path(tmp) / "site"
        if args.no_build and not site_dir.is_dir():
            raise UsageError(f"输出目录 {site_dir} 不存在：先运行 python build.py，或去掉 --no-build")
        if not args.no_build:
            build(root, site_dir, strict=args.strict, today=args.date)
        pages = select_pages(site_dir, args.pages, args.sample)
        if not pages:
            raise UsageError("没有符合 --pages 的页面")
        print(f"正在检查 {len(pages)} 个页面……", file=sys.stderr)
        result = run_audit(site_dir, pages)
    report_dir = Path(args.report) if args.report else root / "audit-report"
    html, data = write_report(result, report_dir, site_name(root, str(root)))
    for f in result.findings:
        print(f"{f.page} [{f.mode}] {f.rule}: {f.element}: {f.message}", file=sys.stderr)
    verdict = "未发现问题" if result.ok else f"发现 {len(result.findings)} 个问题"
    print(f"无障碍与适老化检查：{len(result.pages)} 个页面，{verdict}。报告：{html}（JSON：{data}）")
    return EXIT_OK if result.ok else EXIT_CONTENT


def _new(root: Path, args: argparse.Namespace) -> Path:
    noun, *rest = args.args or [""]
    for kind in REGISTRY:
        if kind.scaffold is not None and kind.scaffold_usage.split()[0] == noun:
            return kind.scaffold(Scaffold(root, rest, args.force, args.date))
    usage = " | ".join(f"new {k.scaffold_usage}" for k in REGISTRY if k.scaffold is not None)
    raise UsageError(f"用法：python build.py {usage}")


def _import_kind(root: Path, args: argparse.Namespace) -> int | None:
    """``import <kind> FILE …`` for a kind that has an importer; None when the first word names none."""
    noun, *rest = args.args or [""]
    kind = next((k for k in REGISTRY if k.importer is not None and k.import_usage.split()[0] == noun), None)
    if kind is None or kind.importer is None:
        return None
    result = kind.importer(Scaffold(root, rest, args.force, args.date))
    print(result.summary)
    for note in result.notes:
        print(note, file=sys.stderr)
    return EXIT_OK


def _import(root: Path, args: argparse.Namespace) -> int:
    if (code := _import_kind(root, args)) is not None:
        return code
    if len(args.args) not in (1, 2):
        raise UsageError(
            "用法：python build.py import 任务分解表.xlsx|.docx|.csv [输出路径] [--year YYYY]；"
            "python build.py import documents 导出文件.csv|.xlsx|.json [映射文件.yaml]"
        )
    from .plans.import_report import summary_lines
    from .plans.importer import import_table

    target = Path(args.args[1]) if len(args.args) == 2 else None
    result = import_table(Path(args.args[0]), root, target, args.force, args.year)
    print(f"已导入 {result.task_count} 项任务 → {result.path}")
    print("\n".join(summary_lines(result)))
    return EXIT_OK


def _check(root: Path, args: argparse.Namespace) -> int:
    """check: optionally repair punctuation slips, then everything build checks, writing nothing."""
    if args.fix_punctuation:
        for path, diff in fix_punctuation(root):
            print(diff, end="", file=sys.stderr if args.format == "json" else sys.stdout)
            print(f"已修复 {path}", file=sys.stderr)
    site = render_site(root, args.strict, args.date)
    problems, exceptions = site.problems, site.linked.site.config.model.privacy_exceptions
    if args.format == "json":
        print(problems_json(root, problems.items, ok=True, exceptions=exceptions))
        return EXIT_OK
    for warning in problems.warnings:
        print(warning, file=sys.stderr)
    if exceptions:
        print(f"隐私检查例外（site.yaml privacy_exceptions，{len(exceptions)} 项）：")
        for e in exceptions:
            print(f"  {e.file}：{mask(normalize(e.value))}　理由：{e.reason}")
    print(f"内容检查通过：{root}（{len(problems.warnings)} 个警告）")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    out = Path(args.out) if args.out else SCHEMA_DIR
    for path in write_schemas(out):
        print(f"已写入 {path}")
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python build.py", description="构建政府信息公开栏目静态网站。")
    parser.add_argument(
        "command",
        nargs="?",
        default="build",
        choices=["build", "check", "serve", "audit", "new", "import", "schema"],
        help="build（默认）构建网站；check 只检查内容（在内存中生成全部页面并检查链接，不写文件）；"
        "serve 构建并启动预览服务器；audit 无障碍与适老化检查；"
        "new plan|document SLUG|report YEAR 生成带注释的内容文件；import FILE 把任务分解表转换为工作要点；"
        "import documents FILE [MAP.yaml] 导入原网站管理系统导出的公文（CSV、XLSX、JSON）；"
        "schema 生成编辑器用的 JSON Schema（schemas/）",
    )
    parser.add_argument("args", nargs="*", help="new 和 import 的参数")
    parser.add_argument("--site", default=".", help="站点目录（含 site.yaml 和 content/），默认当前目录")
    parser.add_argument("--out", help="输出目录，默认为站点目录下的 output/（schema：默认为 schemas/）")
    parser.add_argument("--force", action="store_true", help="new/import：允许覆盖已有文件")
    parser.add_argument("--strict", action="store_true", help="警告也视为错误（用于持续集成）")
    parser.add_argument(
        "--date", type=_date, help="以此日期（YYYY-MM-DD）判断任务是否逾期，默认取 site.yaml 的 build_date"
    )
    parser.add_argument("--year", type=_year, help="import：工作要点的年度（YYYY），表题和文件名中没有年份时必须指明")
    parser.add_argument("--no-search", action="store_true", help="不建立搜索索引（加快模板调试）")
    parser.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="check：json 在标准输出打印全部问题（文件、行、列、级别、代码、说明），供持续集成标注",
    )
    parser.add_argument(
        "--fix-punctuation",
        action="store_true",
        help="check：先修复键和缩进处的输入法误用（中文冒号、全角空格、中文引号），显示改动，不改值",
    )
    parser.add_argument(
        "--pages",
        nargs="+",
        metavar="PATTERN",
        default=[],
        help="audit：只检查这些页面（如 'zfxxgk/zn/*' 或 'index.html'）",
    )
    parser.add_argument("--sample", action="store_true", help="audit：每种页面模板只检查一个页面")
    parser.add_argument("--report", help="audit：报告目录，默认为站点目录下的 audit-report/")
    parser.add_argument("--no-build", action="store_true", help="audit：检查已有的输出目录（--out），不重新构建")
    parser.add_argument("--host", default="127.0.0.1", help="预览服务器地址（serve）")
    parser.add_argument("--port", type=int, default=8000, help="预览服务器端口（serve）")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # Intermixed: `new plan --site X PATH` keeps PATH even after an option.
    args = make_parser().parse_intermixed_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    root = Path(args.site)
    try:
        if not (root / "site.yaml").is_file() and args.command != "schema":
            raise UsageError(f"{root} 不是站点目录：找不到 site.yaml")
        out = Path(args.out) if args.out else root / "output"
        if args.args and args.command not in ("new", "import"):
            raise UsageError(f"{args.command} 不接受参数 {' '.join(args.args)}")
        if args.format == "json" and args.command != "check":
            raise UsageError("--format json 只用于 check")
        if args.fix_punctuation and args.command != "check":
            raise UsageError("--fix-punctuation 只用于 check")
        if args.command == "check":
            return _check(root, args)
        if args.command == "schema":
            return _schema(args)
        if args.command == "new":
            path = _new(root, args)
            print(f"已创建 {path}。填写后运行 python build.py check 检查。")
            return EXIT_OK
        if args.command == "import":
            return _import(root, args)
        if args.command == "audit":
            return _audit(root, out, args)
        if args.command == "serve":
            from .serve import serve

            serve(root, out, host=args.host, port=args.port, search=not args.no_search, today=args.date)
            return EXIT_OK
        started = time.perf_counter()
        result = build(root, out, strict=args.strict, search=not args.no_search, today=args.date)
        for text in result.warnings:
            print(text, file=sys.stderr)
        seconds = time.perf_counter() - started
        print(f"已构建 {result.pages} 个页面 → {result.out_dir}（{seconds:.1f} 秒）")
        if result.search_log:
            print(f"搜索索引：{pagefind_version(result.search_log)}")
            if preferred_binary() is None:
                print(
                    "提示：未找到 npm 安装的 Pagefind 1.6（运行 npm ci），本次使用 PyPI 的 1.5.2 扩展版，"
                    "长词中的短词（如“听证会”中的“听证”）可能搜不到。",
                    file=sys.stderr,
                )
        return EXIT_OK
    except BuildFailed as exc:
        if args.format == "json":
            print(problems_json(root, [*exc.errors, *exc.warnings], ok=False))
        else:
            print(exc.report(), file=sys.stderr)
        return EXIT_CONTENT
    except SearchIndexFailed as exc:
        print(f"搜索索引失败：{exc}\n构建已停止，output/ 保持原样。", file=sys.stderr)
        return EXIT_CONTENT
    except UsageError as exc:
        print(f"用法错误：{exc}", file=sys.stderr)
        return EXIT_USAGE
