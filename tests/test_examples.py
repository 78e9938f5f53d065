"""The five example sites, built from the seeds, with their task rows counted.

The expected counts were taken from the seeds (../shared/seeds/), as recorded in the header
comment of each plan file: rows of the task table, repeated page headers excluded.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gongkai.build import build, check_site
from gongkai.kinds import REGISTRY
from gongkai.pages import make_pages
from gongkai.plans.facts import KEY as PLANS

from .conftest import ROOT

SITES = {
    # site folder: (seed file, {plan slug: task rows in the seed's table})
    ".": ("000_da36f7a422d82783.txt", {"2020-zwgk-gzyd": 54}),
    "examples/huaiyin": ("001_87750e4ac51e19cb.txt", {"2022-zwgk-gzyd": 67}),
    "examples/yanzhou": ("002_a7e51957c90899b5.txt", {"2021-zwgk-zdgzrwfg": 47}),
    "examples/gaoxin": ("003_5061ccd792fa7557.txt", {"2020-jczwgk-ssfa": 5}),
    "examples/liaocheng": ("004_e999d88dbd326a7c.txt", {"2021-zwgk-gzyd": 35}),
}


@pytest.mark.parametrize("site", sorted(SITES))
def test_example_site_is_valid_and_faithful(site: str) -> None:
    linked, problems = check_site(ROOT / site, strict=True)
    assert problems.items == []
    seed, counts = SITES[site]
    for slug, rows in counts.items():
        assert len(linked.of(PLANS).tasks[slug]) == rows, (
            f"{site} {slug}: {len(linked.of(PLANS).tasks[slug])} tasks, seed has {rows}"
        )
    plan_file = next((ROOT / site / "content" / "plans").glob("*.yaml"))
    assert seed in plan_file.read_text(encoding="utf-8"), "plan file names its seed"
    pages = make_pages(linked, REGISTRY)
    assert {p.url for p in pages} >= {"/zfxxgk/zn/", "/zfxxgk/zd/", "/zfxxgk/fdzdgknr/", "/zfxxgk/ndbg/"}


@pytest.mark.parametrize("site", sorted(SITES))
def test_example_site_builds(site: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(ROOT / site, out, search=True)
    column = (out / "zfxxgk" / "index.html").read_text(encoding="utf-8")
    parts = re.findall(r'<li>\s*<h2><a href="[^"]+">([^<]+)</a></h2>', column)
    assert parts == ["政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开工作年度报告"]
    for page in out.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "〔〕" not in html and "〔〕号" not in html, page
        # 国办秘函〔2019〕19号 counts an empty column against a site: empty parts are left out.
        assert "暂无" not in html, page
        assert 'name="SiteIDCode"' in html and "网站标识码" in html, page
    assert (out / "sitemap.xml").is_file() and (out / "404.html").is_file()
    assert (out / "pagefind" / "pagefind.js").is_file()
    if "site_id_code" in (ROOT / site / "site.yaml").read_text(encoding="utf-8").split("sample_fields:")[-1]:
        assert "（示例）" in (out / "index.html").read_text(encoding="utf-8")
