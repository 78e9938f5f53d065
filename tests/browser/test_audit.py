"""The audit catches every kind of fault it claims to check, and passes the example sites."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from gongkai.audit import check_tools, run_audit, select_pages
from gongkai.build import build
from gongkai.cli import main
from gongkai.errors import UsageError

from ..conftest import ROOT, SAMPLE, TESTS, require_tool

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def audit_tools() -> None:
    """The same tool check as every browser test: skip with the install hint, fail under CI."""
    try:
        check_tools()
    except UsageError as exc:
        require_tool(False, "audit tools", str(exc))


def test_every_rule_fires_on_the_faulty_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(TESTS / "audit_fixtures" / "faulty.html", site / "faulty.html")
    result = run_audit(site, ["faulty.html"])
    rules = {f.rule for f in result.findings}
    expected = {
        "axe:image-alt",
        "axe:color-contrast",
        "axe:label",
        "axe:html-has-lang",
        "lang",
        "skip-link",
        "care-control",
        "target-size",
        "care-text-size",
        "care-line-height",
        "reflow-320",
        "html:nu",
    }
    assert expected <= rules, expected - rules
    tiny = [f for f in result.findings if f.rule == "care-text-size"]
    assert tiny and all(f.mode.startswith("关怀模式") for f in tiny)
    assert any("p.tiny" in f.element for f in tiny)
    assert any(f.mode == "标准（320px）" and "div.wide" in f.element for f in result.findings if f.rule == "reflow-320")


def test_contrast_is_checked_in_both_colour_schemes(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build(SAMPLE, site, search=False)
    page = site / "zfxxgk" / "zn" / "index.html"
    # A rule that is fine on white but unreadable in the high-contrast (black) scheme.
    page.write_text(
        page.read_text(encoding="utf-8").replace(
            "</head>", "<style>html.contrast .updated { color: #222 !important; }</style></head>"
        ),
        encoding="utf-8",
    )
    result = run_audit(site, ["zfxxgk/zn/index.html"])
    contrast = {f.mode for f in result.findings if f.rule == "axe:color-contrast"}
    assert contrast == {"高对比度", "关怀模式+高对比度"}


def test_sample_selection_covers_every_template(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build(SAMPLE, site, search=False)
    pages = select_pages(site, sample=True)
    templates = {
        (site / p).read_text(encoding="utf-8").split('name="gk-template" content="')[1].split('"')[0] for p in pages
    }
    assert len(pages) == len(templates) >= 12
    assert select_pages(site, ["zfxxgk/zd/*"]) == ["zfxxgk/zd/index.html", "zfxxgk/zd/tiaoli/index.html"]


@pytest.mark.parametrize("site", [".", "examples/huaiyin", "examples/yanzhou", "examples/gaoxin", "examples/liaocheng"])
def test_example_sites_pass_the_audit(site: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "report"
    code = main(["audit", "--site", str(ROOT / site), "--sample", "--report", str(report)])
    out = capsys.readouterr()
    data = json.loads((report / "report.json").read_text(encoding="utf-8"))
    assert (report / "report.html").is_file()
    assert code == 0 and data["ok"], out.err[-4000:]
    assert len(data["modes"]) == 4 and len(data["pages"]) >= 12
