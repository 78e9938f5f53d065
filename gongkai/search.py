"""Stage 6b: the Pagefind full-text index, with Chinese word segmentation required.

Only Pagefind's *extended* binary segments Chinese; the plain one indexes whole runs of
characters and finds nothing for a two-character word (../shared/tooling.md §2, §9). The
build refuses to continue with an index that cannot find Chinese words.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .errors import UsageError
from .project import PROJECT_ROOT


class SearchIndexFailed(Exception):
    """Pagefind failed or could not segment Chinese."""


def preferred_binary() -> Path | None:
    """npm's Pagefind extended binary (pinned in package.json) when installed.

    It segments words inside compounds (「听证」 in 「听证会」) and ranks a full 文号 on its own
    document, where PyPI's older 1.5.2 does not; see the comparison in tests/browser/test_search.py.
    """
    found = sorted(PROJECT_ROOT.glob("node_modules/@pagefind/*/bin/pagefind_extended"))
    return found[0] if found else None


def index_search(site_dir: Path, output_path: Path | None = None) -> str:
    """Index ``site_dir`` (into its pagefind/ or ``output_path``); return Pagefind's log.

    Raises SearchIndexFailed on any doubt about Chinese segmentation.
    """
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir)]
    if output_path is not None:
        command += ["--output-path", str(output_path)]
    env = dict(os.environ)
    binary = preferred_binary()
    if binary is not None and "PAGEFIND_BINARY_PATH" not in env:
        env["PAGEFIND_BINARY_PATH"] = str(binary)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=1800, check=False, env=env)
    except FileNotFoundError as exc:  # pragma: no cover - sys.executable always exists
        raise UsageError(f"无法运行 Pagefind：{exc}") from exc
    log = result.stdout + result.stderr
    if result.returncode != 0:
        if "Could not find pagefind binary" in log or "No module named pagefind" in log:
            raise SearchIndexFailed(
                "未安装 Pagefind 扩展版，无法建立中文搜索索引。请运行 pip install -r requirements.txt"
                "（需要 pagefind[extended]）。\n" + log.strip()
            )
        raise SearchIndexFailed("Pagefind 建立索引失败：\n" + log.strip())
    check_segmentation(log)
    return log


def pagefind_version(log: str) -> str:
    """「Pagefind v1.6.0 (Extended)」 from an indexing log."""
    match = re.search(r"Running (Pagefind v\S+(?: \(Extended\))?)", log)
    return match.group(1) if match else "Pagefind"


def check_segmentation(log: str) -> None:
    """Fail unless the log shows the extended binary indexing Chinese pages."""
    if "(Extended)" not in log or "non-extended" in log:
        raise SearchIndexFailed(
            "Pagefind 不是扩展版（Extended），中文不会分词，搜索将找不到中文词语。"
            "请安装 pagefind[extended]，不要使用 pagefind-bin。\n" + log.strip()
        )
    if not re.search(r"Discovered \d+ languages?:[^\n]*\bzh", log):
        raise SearchIndexFailed('Pagefind 没有索引到中文（zh）页面：请确认页面 <html lang="zh-CN">。\n' + log.strip())
