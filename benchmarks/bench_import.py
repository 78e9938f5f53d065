"""Speed of ``build.py import documents`` on a CMS export of N 公文. Prints figures; asserts nothing.

    python benchmarks/bench_import.py 1000                 # CSV export built from gen_corpus.py
    python benchmarks/bench_import.py 1000 --format xlsx   # or json
    python benchmarks/bench_import.py --corpus docs.jsonl

The export is built from ../shared/bench/gen_corpus.py as an old CMS writes one: Chinese column
headers, HTML bodies (``<p style=…>`` with a 「　　」 indent and ``&nbsp;``), 发布日期 with a time,
有效性 as 有效/已废止, an attachment link on every fifth row, the page's address and a 点击量 column
no field takes. Three runs are timed: the first import (every file new), the same export again
(nothing rewritten) and the export with ten rows changed (ten files updated).
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gongkai.documents.importer import import_documents  # noqa: E402
from gongkai.kind import Scaffold  # noqa: E402

GEN = next(
    (
        p
        for p in (ROOT.parent / "shared" / "bench" / "gen_corpus.py", Path("/work/shared/bench/gen_corpus.py"))
        if p.is_file()
    ),
    ROOT.parent / "shared" / "bench" / "gen_corpus.py",
)
HEADER = [
    "标题",
    "文号",
    "索引号",
    "发布机构",
    "成文日期",
    "发布日期",
    "主题分类",
    "有效性",
    "正文",
    "附件",
    "链接",
    "点击量",
]


def export_rows(corpus: Path) -> list[list[str]]:
    rows = []
    with corpus.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            doc = json.loads(line)
            body = "".join(
                f'<p style="text-indent:2em;font-family:仿宋_GB2312">　　{p.replace("，", "，&nbsp;", 1)}</p>'
                for p in doc["body"]
            )
            number = doc["id"].removeprefix("doc-")
            attachment = (
                f'<a href="/uploads/{doc["year"]}/{number}.pdf">附件：{doc["title"][:12]}.pdf</a>' if n % 5 == 0 else ""
            )
            rows.append(
                [
                    doc["title"],
                    doc["doc_no"],
                    doc["index_no"],
                    doc["publisher"],
                    doc["written_date"],
                    f"{doc['published_date']} {9 + n % 8:02d}:{n % 60:02d}",
                    doc["topic"],
                    doc["validity"],
                    body,
                    attachment,
                    f"http://www.example.gov.cn/zwgk/{doc['year']}/t{number}.html",
                    str(n * 7 % 5000),
                ]
            )
    return rows


def write_export(rows: list[list[str]], path: Path) -> None:
    if path.suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as f:
            csv.writer(f).writerows([HEADER, *rows])
    elif path.suffix == ".json":
        path.write_text(json.dumps([dict(zip(HEADER, r, strict=True)) for r in rows], ensure_ascii=False), "utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        for row in [HEADER, *rows]:
            sheet.append(row)
        book.save(path)


def make_site(site: Path, corpus: Path) -> None:
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(ROOT / "tests" / "sample_site", site)
    shutil.rmtree(site / "content" / "documents")
    names = sorted({json.loads(line)["publisher"] for line in corpus.open(encoding="utf-8")})
    registry = "".join(f"- id: org-{i}\n  name: {name}\n  kind: 部门\n" for i, name in enumerate(names, 1))
    (site / "content" / "organizations.yaml").write_text(registry, encoding="utf-8")


def timed(site: Path, export: Path) -> tuple[str, str]:
    """Wall-clock and CPU seconds (the CPU figure holds on a machine busy with other work), and the counts."""
    started, cpu = time.perf_counter(), time.process_time()
    result = import_documents(Scaffold(site, [str(export)], False, None))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    return f"{wall:6.2f} s (CPU {cpu:5.2f} s)", result.summary.splitlines()[1].strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000, help="documents to generate")
    parser.add_argument("--corpus", type=Path, help="an existing gen_corpus.py JSONL file")
    parser.add_argument("--format", choices=["csv", "xlsx", "json"], default="csv")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out", help="scratch folder")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if corpus is None:
        corpus = args.work / f"corpus-{args.count}.jsonl"
        if not corpus.exists():
            subprocess.run([sys.executable, str(GEN), str(args.count), str(corpus)], check=True)
    rows = export_rows(corpus)
    export = args.work / f"export-{len(rows)}.{args.format}"
    write_export(rows, export)
    size = export.stat().st_size / 1024 / 1024
    print(f"export: {export} ({len(rows)} rows, {size:.1f} MiB)")
    site = args.work / "import-site"
    make_site(site, corpus)
    seconds, what = timed(site, export)
    print(f"  first import      {seconds}  {what}")
    seconds, what = timed(site, export)
    print(f"  same export again {seconds}  {what}")
    for row in rows[:10]:
        row[11] = str(int(row[11]) + 1)
    write_export(rows, export)
    seconds, what = timed(site, export)
    print(f"  ten rows changed  {seconds}  {what}")


if __name__ == "__main__":
    main()
