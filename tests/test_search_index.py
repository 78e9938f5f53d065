"""The build refuses any search index that cannot segment Chinese (issue #3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.cli import main
from gongkai.search import SearchIndexFailed, check_segmentation

from .conftest import tree_snapshot

EXTENDED_LOG = "Running Pagefind v1.5.2 (Extended)\n[Reading languages]\nDiscovered 1 language: zh-cn\n"


def test_extended_log_with_chinese_passes() -> None:
    check_segmentation(EXTENDED_LOG)


@pytest.mark.parametrize(
    ("log", "fragment"),
    [
        (
            "Running Pagefind v1.5.2\nDiscovered 1 language: zh-cn\n⚠ Indexing Chinese in non-extended mode.",
            "不是扩展版",
        ),
        ("Running Pagefind v1.5.2 (Extended)\nDiscovered 1 language: en\n", "没有索引到中文"),
    ],
)
def test_doubtful_logs_are_refused(log: str, fragment: str) -> None:
    with pytest.raises(SearchIndexFailed) as failed:
        check_segmentation(log)
    assert fragment in str(failed.value)


def test_build_with_the_plain_binary_fails_and_keeps_output(
    sample_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import pagefind_bin  # the real non-extended Pagefind, pinned in requirements.txt

    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(pagefind_bin.get_executable()))
    out = tmp_path / "output"
    out.mkdir()
    (out / "index.html").write_text("上一次的网站", encoding="utf-8")
    before = tree_snapshot(out)
    assert main(["--site", str(sample_root), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "不是扩展版（Extended），中文不会分词" in err and "output/ 保持原样" in err
    assert tree_snapshot(out) == before
