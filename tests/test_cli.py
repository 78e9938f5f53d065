from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.cli import main


def test_check_writes_nothing(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--site", str(sample_root)]) == 0
    assert "内容检查通过" in capsys.readouterr().out
    assert not (sample_root / "output").exists()


def test_build_defaults_to_the_site_output_folder(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--site", str(sample_root), "--no-search"]) == 0
    assert (sample_root / "output" / "zfxxgk" / "index.html").is_file()
    assert "已构建" in capsys.readouterr().out


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--site", str(tmp_path)]) == 2
    assert "找不到 site.yaml" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["publish"])
    assert exited.value.code == 2


def test_strict_turns_warnings_into_failure(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = sample_root / "content/documents/2023-gfxwj-jd.yaml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("interprets: 2023-gfxwj\n", ""), encoding="utf-8")
    assert main(["check", "--site", str(sample_root)]) == 0
    assert main(["check", "--site", str(sample_root), "--strict"]) == 1
    assert "content/documents/2023-gfxwj-jd.yaml:1:1: 警告: interprets:" in capsys.readouterr().err


def test_new_document_from_the_command_line(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "document", "2025-a", "--site", str(sample_root)]) == 0
    assert "已创建" in capsys.readouterr().out
    assert main(["new", "document", "2025-a", "--site", str(sample_root)]) == 2
    assert "已存在" in capsys.readouterr().err
    assert main(["new", "memo", "--site", str(sample_root)]) == 2
    assert main(["check", "extra", "--site", str(sample_root)]) == 2
