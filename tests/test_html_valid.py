"""Every generated page passes the W3C Nu HTML checker (../shared/tooling.md §6)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from gongkai.build import build

from .conftest import ROOT, require_tool
from .test_examples import SITES

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def test_all_sites_are_valid_html(tmp_path: Path) -> None:
    require_tool(
        VNU.is_file() and shutil.which("java") is not None,
        "Nu HTML checker (java + vnu.jar)",
        "apt-get install default-jre-headless && npm ci",
    )
    for site in SITES:
        build(ROOT / site, tmp_path / site.replace("/", "_"), search=False)
    build(ROOT / "tests" / "sample_site", tmp_path / "sample", search=False)
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--skip-non-html", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[:5000]
