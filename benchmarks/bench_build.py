"""Build-speed and memory benchmark on a synthetic 公文 corpus. Prints figures; asserts nothing.

    python benchmarks/bench_build.py 1000            # generate with ../shared/bench/gen_corpus.py
    python benchmarks/bench_build.py --corpus docs.jsonl [--no-search]

The corpus is the JSONL form of ../shared/bench/gen_corpus.py (one 公文 per line), so the
figures can be set beside other generators' on the very same documents (design.md §8).
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gongkai import catalog, urls  # noqa: E402
from gongkai import render as render_module  # noqa: E402
from gongkai.build import static_dirs, static_urls, template_dirs  # noqa: E402
from gongkai.checks.content import check_content  # noqa: E402
from gongkai.checks.links import BuiltPage, check_links, source_locators  # noqa: E402
from gongkai.errors import Problems  # noqa: E402
from gongkai.exports import make_files  # noqa: E402
from gongkai.kinds import FOLDERS, REGISTRY  # noqa: E402
from gongkai.link import link_site  # noqa: E402
from gongkai.load import load_site  # noqa: E402
from gongkai.pages import make_pages  # noqa: E402
from gongkai.render import make_env, render_pages  # noqa: E402
from gongkai.search import index_search  # noqa: E402
from gongkai.source import discover_assets, discover_sources  # noqa: E402
from gongkai.values import Page  # noqa: E402
from gongkai.write import copy_static, staged_output, write_files, write_pages  # noqa: E402

# ../shared/bench/gen_corpus.py beside the repository (or beside the folder of worktrees).
GEN = next(
    (
        p / "shared" / "bench" / "gen_corpus.py"
        for p in ROOT.parents
        if (p / "shared" / "bench" / "gen_corpus.py").is_file()
    ),
    ROOT.parent / "shared" / "bench" / "gen_corpus.py",
)


def yaml_text(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def topic_for(first: str) -> str:
    seconds = catalog.TOPICS.get(first, ())
    if not seconds:
        return first if first in catalog.TOPICS else "其他"
    return f"{first}\\{'其他' if '其他' in seconds else seconds[0]}"


def convert(corpus: Path, site: Path) -> int:
    """Write a complete site folder for the corpus; returns the number of documents."""
    shutil.rmtree(site, ignore_errors=True)
    docs_dir = site / "content" / "documents"
    docs_dir.mkdir(parents=True)
    shutil.copytree(ROOT / "tests" / "sample_site" / "content" / "rules", site / "content" / "rules")
    shutil.copy(ROOT / "tests" / "sample_site" / "content" / "guide.yaml", site / "content" / "guide.yaml")
    (site / "site.yaml").write_text(
        (ROOT / "tests" / "sample_site" / "site.yaml")
        .read_text(encoding="utf-8")
        .replace("示例县人民政府", "周城区人民政府（基准测试）"),
        encoding="utf-8",
    )
    orgs: dict[str, str] = {}
    count = 0
    with corpus.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            doc = json.loads(line)
            org_id = orgs.setdefault(doc["publisher"], f"org-{len(orgs) + 1}")
            repealed = doc["validity"] != "有效"
            fields = [
                f"title: {yaml_text(doc['title'])}",
                f"number: {yaml_text(doc['doc_no'])}",
                f"index_no: {yaml_text(doc['index_no'])}",
                f"publisher: {org_id}",
                f"written: {doc['written_date']}",
                f"published: {doc['published_date']}",
                f'category: "{catalog.CATEGORIES[n % 15].code}"',
                # The 20-1 share (one in 15) are 行政规范性文件, so the catalogue is built at scale too.
                *(["doc_type: 行政规范性文件"] if n % 15 == 0 else []),
                f"topic: {yaml_text(topic_for(doc['topic']))}",
                f"validity: {'已废止' if repealed else '现行有效'}",
                *([f"expired: {doc['year']}-12-31"] if repealed else []),
                f"summary: {yaml_text(doc['body'][0][:60])}",
                "body: |",
                *("  " + p + "\n" for p in doc["body"]),
            ]
            (docs_dir / f"{doc['id']}.yaml").write_text("\n".join(fields) + "\n", encoding="utf-8")
            count += 1
    registry = "".join(f"- id: {i}\n  name: {yaml_text(name)}\n  kind: 部门\n" for name, i in orgs.items())
    (site / "content" / "organizations.yaml").write_text(registry, encoding="utf-8")
    return count


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


LIST_TEMPLATES = ("browse.html", "list.html", "catalogue.html", "institutions.html", "proactive.html", "sitemap.html")
"""The list pages of issue #11: browse indexes and lists, category lists, the 规范性文件 catalogue,
机构职能, 法定主动公开内容 and the 网站地图. The issue allows them 20 % of the render time."""


class TemplateClock:
    """Times each page's render by its template, inside the one real render pass.

    CPU time of this process (``time.process_time``), not wall time: on a machine shared with
    other jobs the shares stay comparable between runs."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.pages: dict[str, int] = defaultdict(int)
        self._render_one = render_module.render_one

    def __enter__(self) -> TemplateClock:
        def timed(env: Any, page: Page, common: dict[str, Any]) -> str:
            t = time.process_time()
            html = self._render_one(env, page, common)
            self.seconds[page.template] += time.process_time() - t
            self.pages[page.template] += 1
            return html

        render_module.render_one = timed
        return self

    def __exit__(self, *exc: object) -> None:
        render_module.render_one = self._render_one


def run(site: Path, out: Path, search: bool) -> None:
    timings: dict[str, float] = {}
    t = time.perf_counter()
    sources = discover_sources(site, FOLDERS)
    timings["discover"] = time.perf_counter() - t
    t = time.perf_counter()
    problems = Problems()
    loaded = load_site(sources, REGISTRY, problems)
    assert loaded is not None, problems.items[:3]
    timings["load+validate"] = time.perf_counter() - t
    t = time.perf_counter()
    linked = link_site(loaded, REGISTRY, discover_assets(site), problems)
    assert not problems.errors, problems.errors[:3]
    timings["link"] = time.perf_counter() - t
    t = time.perf_counter()
    check_content(linked.site, sorted(linked.assets), problems)
    timings["content checks"] = time.perf_counter() - t
    t = time.perf_counter()
    pages = make_pages(linked, REGISTRY)
    timings["pages"] = time.perf_counter() - t
    t = time.perf_counter()
    files = make_files(linked, REGISTRY)
    timings["data files"] = time.perf_counter() - t
    t, cpu = time.perf_counter(), time.process_time()
    with TemplateClock() as clock:
        rendered = render_pages(pages, make_env(template_dirs(site)), linked)
    timings["render"] = time.perf_counter() - t
    render_cpu = time.process_time() - cpu
    t = time.perf_counter()
    built = [BuiltPage(r.url, r.html, p.source, p.template) for p, r in zip(pages, rendered, strict=False)]
    others = [
        *(r.url for r in rendered[len(pages) :]),
        *(f.url for f in files),
        *(urls.asset(a) for a in linked.assets),
        *static_urls(static_dirs(site)),
    ]
    link_errors = check_links(built, others, source_locators(linked.site), linked.site.config.model.base_url)
    timings["link check"] = time.perf_counter() - t
    with staged_output(out) as stage:
        t = time.perf_counter()
        write_pages(rendered, stage)
        write_files(files, stage)
        copy_static(static_dirs(site), stage)
        timings["write"] = time.perf_counter() - t
        if search:
            t = time.perf_counter()
            index_search(stage)
            timings["index (pagefind)"] = time.perf_counter() - t
    total = sum(timings.values())
    print(f"pages written: {len(rendered)}; data files: {len(files)}")
    print(f"content check findings: {len(problems.items)}; link check findings: {len(link_errors)}")
    for label, seconds in timings.items():
        print(f"  {label:<18} {seconds:8.2f} s")
    print(f"  {'total':<18} {total:8.2f} s   ({len(rendered) / total:,.0f} pages/s)")
    render = render_cpu
    print(f"render by template (CPU time inside the render pass: {render:.2f} s of {timings['render']:.2f} s wall):")
    for template, seconds in sorted(clock.seconds.items(), key=lambda kv: -kv[1]):
        print(f"  {template:<22} {clock.pages[template]:>7} pages {seconds:8.2f} s  {100 * seconds / render:5.1f} %")
    lists = sum(clock.seconds.get(t, 0.0) for t in LIST_TEMPLATES)
    listed = sum(clock.pages.get(t, 0) for t in LIST_TEMPLATES)
    print(
        f"list pages ({', '.join(LIST_TEMPLATES)}): {listed} pages, {lists:.2f} s = {100 * lists / render:.1f} % "
        f"of render (CPU); render without them {render - lists:.2f} s, with them {render:.2f} s"
    )
    print(
        f"peak memory: python {peak_mib(resource.RUSAGE_SELF):,.0f} MiB; "
        f"pagefind {peak_mib(resource.RUSAGE_CHILDREN):,.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=1000, help="documents to generate")
    parser.add_argument("--corpus", type=Path, help="an existing gen_corpus.py JSONL file")
    parser.add_argument("--work", type=Path, default=ROOT / "bench-out", help="scratch folder")
    parser.add_argument("--no-search", action="store_true", help="skip the Pagefind index")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    corpus = args.corpus
    if corpus is None:
        corpus = args.work / f"corpus-{args.count}.jsonl"
        if not corpus.exists():
            subprocess.run([sys.executable, str(GEN), str(args.count), str(corpus)], check=True)
    site = args.work / "site"
    t = time.perf_counter()
    count = convert(corpus, site)
    print(f"corpus: {corpus} ({count} documents, converted in {time.perf_counter() - t:.1f} s)")
    run(site, args.work / "output", search=not args.no_search)


if __name__ == "__main__":
    main()
