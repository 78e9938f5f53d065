"""Screenshots of a plan page in standard and care mode at 1280 px and 375 px, for people to look at.

    .venv/bin/python scripts/screenshots.py [--site examples/huaiyin] [--out screenshots]

Writes PNG files (git-ignored); they are not test baselines.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gongkai.audit import CHROMIUM_FLAGS, serve_folder  # noqa: E402
from gongkai.build import build  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", default=".", help="site folder")
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="where the PNG files go")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site_dir = Path(tmp) / "site"
        build(ROOT / args.site, site_dir, search=False)
        plan = next(site_dir.glob("zfxxgk/fdzdgknr/gzyd/*/index.html")).parent.relative_to(site_dir).as_posix()
        with serve_folder(site_dir) as base, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_FLAGS)
            for width in (1280, 375):
                for mode in ("standard", "care"):
                    page = browser.new_page(viewport={"width": width, "height": 900})
                    page.goto(f"{base}/{plan}/" + ("#care" if mode == "care" else ""))
                    target = out / f"plan-{mode}-{width}.png"
                    page.screenshot(path=str(target), full_page=True)
                    page.close()
                    print(target)
            browser.close()


if __name__ == "__main__":
    main()
