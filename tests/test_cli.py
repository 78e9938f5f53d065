from __future__ import annotations

import re
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


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["publish"], "用法错误：没有 “publish” 这个命令，可用：build、check、serve、audit、new、import、schema"),
        (["check", "--bogus"], "用法错误：无法识别的参数：--bogus"),
        (["check", "--date"], "用法错误：选项 --date 后面要写一个值"),
        (["serve", "--port", "abc"], "用法错误：选项 --port 应为整数（实际为 “abc”）"),
        (["check", "--format", "xml"], "用法错误：选项 --format 的值 “xml” 不可用，可用：text、json"),
        (["check", "--date", "2024-13-01"], "用法错误：选项 --date：日期应写作 YYYY-MM-DD（实际为 “2024-13-01”）"),
    ],
)
def test_command_line_mistakes_are_told_in_chinese(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    err = capsys.readouterr().err
    assert said in err and err.startswith("用法：")
    message = err.split("用法错误：", 1)[1]
    assert not re.search(r"\b(?:argument|invalid|choice|expected|unrecognized|usage)\b", message), message


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


def test_new_plan_and_report_from_the_command_line(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "report", "2024", "--site", str(sample_root)]) == 0
    assert (sample_root / "content/reports/2024.yaml").is_file()
    assert main(["new", "report", "2024", "--site", str(sample_root)]) == 2
    assert main(["new", "plan", str(sample_root / "content/plans/draft.yaml"), "--site", str(sample_root)]) == 0
    assert (sample_root / "content/plans/draft.yaml").is_file()
    assert main(["new", "report", "二〇二四", "--site", str(sample_root)]) == 2
    capsys.readouterr()


def test_import_a_csv_task_table(sample_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "任务分解表.csv"
    table.write_text(
        "工作任务,具体要求,责任单位,完成时限\n"
        "优化营商环境,公开惠企政策。,县发展改革委,2025年6月底前\n"
        ",公开办事指南。,县民政局,全年\n",
        encoding="utf-8",
    )
    target = sample_root / "content/plans/imported.yaml"
    # No year in the title or the file name: a 完成时限 is never taken for the plan's year.
    assert main(["import", str(table), str(target), "--site", str(sample_root)]) == 2
    assert "请用 --year 指明工作要点的年度（如 --year 2024）" in capsys.readouterr().err
    assert not target.exists()
    assert main(["import", str(table), str(target), "--site", str(sample_root), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "已导入 2 项任务" in out and "年度：2025（按 --year 指定）" in out
    assert "读取 2 行，写入 2 项任务；跳过 0 行。" in out
    assert "    责任单位 → 责任单位（units）" in out
    assert "    县民政局（第 3 行）" in out  # not in the registry: listed for the editor
    text = target.read_text(encoding="utf-8")
    assert "year: 2025" in text and "units: [fgj]" in text  # 县发展改革委 is an alias of fgj
    assert main(["import", str(table), str(target), "--site", str(sample_root), "--year", "2025"]) == 2
    assert "已存在" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["import", str(table), "--site", str(sample_root), "--year", "25"])
    assert exited.value.code == 2
    assert "年度应写作四位数字" in capsys.readouterr().err


def test_positional_arguments_may_follow_options(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = sample_root / "content/plans/after-options.yaml"
    assert main(["new", "plan", "--site", str(sample_root), str(target)]) == 0
    assert target.is_file()
    capsys.readouterr()


def test_check_json_lists_every_problem_with_the_same_exit_codes(
    sample_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    assert main(["check", "--site", str(sample_root), "--format", "json"]) == 0
    ok = json.loads(capsys.readouterr().out)
    assert ok["ok"] is True and ok["problems"] == []
    doc = sample_root / "content/documents/2024-tz.yaml"
    text = doc.read_text(encoding="utf-8").replace("number: 示政办字〔2024〕3号", "number: 示政办字〔2023〕3号")
    doc.write_text(text, encoding="utf-8")
    assert main(["check", "--site", str(sample_root), "--format", "json"]) == 0  # warnings only pass …
    assert [p["code"] for p in json.loads(capsys.readouterr().out)["problems"]] == ["doc.number-year"]
    doc.write_text(text.replace("publisher: zfb", "publisher: zfbb"), encoding="utf-8")
    assert main(["check", "--site", str(sample_root), "--format", "json"]) == 1  # … errors fail
    failed = json.loads(capsys.readouterr().out)
    assert failed["ok"] is False and failed["errors"] == 1 and failed["warnings"] == 1
    assert [(p["file"], p["line"], p["column"], p["level"], p["code"]) for p in failed["problems"]] == [
        ("content/documents/2024-tz.yaml", 2, 1, "warning", "doc.number-year"),
        ("content/documents/2024-tz.yaml", 3, 1, "error", "org.unknown"),
    ]
    assert "不在机构名录中" in failed["problems"][1]["message"]
    assert main(["build", "--site", str(sample_root), "--format", "json"]) == 2


def test_check_fix_punctuation_shows_the_diff_and_repairs(
    sample_root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = sample_root / "content/documents/2024-tz.yaml"
    good = doc.read_text(encoding="utf-8")
    doc.write_text(good.replace("title: ", "title：").replace("summary: 印发", "“summary”：印发"), encoding="utf-8")
    assert main(["check", "--site", str(sample_root)]) == 1
    assert "第 1 行第 6 列是中文冒号“：”" in capsys.readouterr().err
    assert main(["check", "--site", str(sample_root), "--fix-punctuation"]) == 0
    out = capsys.readouterr().out
    assert "-title：示例县" in out and "+title: 示例县" in out and "+summary: 印发" in out
    assert doc.read_text(encoding="utf-8") == good


def test_check_lists_privacy_exceptions(sample_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    guide = sample_root / "content/guide.yaml"
    guide.write_text(guide.read_text(encoding="utf-8").replace("提出申请。", "提出申请。热线 13800000000。"), "utf-8")
    site = sample_root / "site.yaml"
    site.write_text(
        site.read_text(encoding="utf-8")
        + 'privacy_exceptions:\n  - {file: content/guide.yaml, value: "13800000000", reason: 作为服务热线公布}\n',
        encoding="utf-8",
    )
    assert main(["check", "--site", str(sample_root), "--strict"]) == 0
    assert "content/guide.yaml：138****0000　理由：作为服务热线公布" in capsys.readouterr().out


def test_schema_command_writes_the_committed_schemas(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gongkai.schema import SCHEMA_DIR

    assert main(["schema", "--out", str(tmp_path)]) == 0
    assert "已写入" in capsys.readouterr().out
    for path in SCHEMA_DIR.glob("*.json"):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes()
