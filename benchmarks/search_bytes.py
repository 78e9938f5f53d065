"""Bytes a browser loads to run one search on a built site. Prints figures; asserts nothing.

    python benchmarks/search_bytes.py [--site .] [--query 双随机] [--query …]

Builds the site with its search index, serves it on 127.0.0.1, opens /search/?q=… in headless
Chromium and sums the bodies of every response, grouped by kind.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gongkai.build import build  # noqa: E402
from tests.browser.conftest import FLAGS, serve_folder  # noqa: E402


def kind_of(url: str) -> str:
    if "/pagefind/" in url:
        name = url.rsplit("/", 1)[-1]
        for prefix, label in (
            ("pagefind-entry", "index entry"),
            ("pagefind.js", "pagefind.js"),
            ("wasm", "wasm"),
            ("pf_meta", "metadata"),
            ("fragment", "fragments"),
        ):
            if prefix in url:
                return f"pagefind {label}"
        return "pagefind index" if name.endswith(".pf_index") else "pagefind other"
    return url.rsplit(".", 1)[-1] if "." in url.rsplit("/", 1)[-1] else "html"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=".", help="site folder")
    parser.add_argument("--query", action="append", help="query (repeatable)")
    args = parser.parse_args()
    queries = args.query or ["双随机", "周政办字〔2020〕27号", "信息处理费"]
    from playwright.sync_api import sync_playwright

    out = Path(tempfile.mkdtemp())
    try:
        result = build(ROOT / args.site, out / "site", search=True)
        index_bytes = sum(p.stat().st_size for p in (out / "site" / "pagefind").rglob("*") if p.is_file())
        print(f"site {args.site}: {result.pages} pages; whole search index on disk {index_bytes / 1024:,.0f} KiB")
        url, server = serve_folder(str(out / "site"))
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=FLAGS)
            for query in queries:
                page = browser.new_page()
                sizes: dict[str, int] = defaultdict(int)

                def count(response: object, sizes: dict[str, int] = sizes) -> None:
                    sizes[kind_of(response.url)] += len(response.body())  # type: ignore[attr-defined]

                page.on("response", count)
                page.goto(f"{url}/search/?q={query}")
                page.wait_for_function("() => /结果|没有/.test(document.getElementById('search-status').textContent)")
                page.wait_for_load_state("networkidle")
                total = sum(sizes.values())
                print(f"query {query!r}: {total / 1024:,.1f} KiB in total")
                for kind, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
                    print(f"  {kind:<22} {size / 1024:8.1f} KiB")
                page.close()
            browser.close()
        server.shutdown()
    finally:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
