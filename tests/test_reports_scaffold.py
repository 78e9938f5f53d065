"""`python build.py new report YEAR` (gongkai.reports.scaffold.new_report), called directly."""

from __future__ import annotations

from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.errors import BuildFailed, UsageError
from gongkai.reports.facts import KEY as REPORTS
from gongkai.reports.scaffold import new_report

from .test_reports_pages import T2_2021, T3_BODY, T3_OTHER_2021


def test_new_report_is_complete_and_passes_check(sample_root: Path) -> None:
    path = new_report(sample_root, 2024, force=False)
    assert path == sample_root / "content/reports/2024.yaml"
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    # every row of 表三 with its 7 zeros and a comment naming it, in the form's order
    rows = [line for line in lines if line.startswith("  ") and "[0, 0, 0, 0, 0, 0, 0]" in line]
    assert len(rows) == 25
    labels = [
        x
        for label in T3_BODY
        for x in (T3_OTHER_2021[1:] if label == "（六）OTHER" else [label])
        if x not in ("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理")
    ]
    assert len(labels) == 25
    for row, label in zip(rows, labels, strict=True):
        assert "# " in row and label in row.split("# ", 1)[1], (row, label)
    assert sum("[0, 0, 0, 0, 0]" in line and "#" in line for line in lines) == 3
    for label in {x for x in T2_2021 if x not in ("信息内容",)}:
        assert label in text, label
    linked, problems = check_site(sample_root)
    assert linked.site.of(REPORTS) and not problems.errors
    placeholders = [w.field for w in problems.warnings if "尚未填写" in w.zh]
    assert placeholders == ["overview", "problems", "other"]
    with pytest.raises(BuildFailed):
        check_site(sample_root, strict=True)


def test_comments_quote_last_years_figures(sample_root: Path) -> None:
    text = new_report(sample_root, 2024, force=False).read_text(encoding="utf-8")
    assert "应等于 2023 年报告“四、结转下年度继续办理” [2, 0, 0, 0, 0, 0, 2]" in text
    assert "（2023年现行有效 1 件）" in text
    first = new_report(sample_root, 2030, force=False).read_text(encoding="utf-8")
    assert "应等于" not in first and "现行有效 1 件" not in first


def test_filled_in_scaffold_builds_strict(sample_root: Path) -> None:
    (sample_root / "content/reports/2023.yaml").unlink()
    path = new_report(sample_root, 2023, force=False)
    text = (
        path.read_text(encoding="utf-8")
        .replace("（待填写）", "本年度情况说明。")
        .replace(
            "normative_documents: {issued: 0, repealed: 0, current: 0}",
            "normative_documents: {issued: 1, repealed: 0, current: 1}",
        )
    )
    path.write_text(text, encoding="utf-8")
    _, problems = check_site(sample_root, strict=True)
    assert problems.items == []


def test_existing_report_is_kept_unless_forced(sample_root: Path) -> None:
    path = sample_root / "content/reports/2023.yaml"
    before = path.read_bytes()
    with pytest.raises(UsageError) as refused:
        new_report(sample_root, 2023, force=False)
    assert (
        str(refused.value) == "content/reports/2023.yaml 已存在，未改动；确需重新生成（会覆盖已填写的内容）请加 --force"
    )
    assert path.read_bytes() == before
    new_report(sample_root, 2023, force=True)
    assert path.read_bytes() != before and b"[0, 0, 0, 0, 0, 0, 0]" in path.read_bytes()


@pytest.mark.parametrize(
    ("year", "message"),
    [
        (2007, "年度 2007 不在 2008—2100 之间（条例自2008年5月1日起施行）"),
        (2101, "年度 2101 不在 2008—2100 之间（条例自2008年5月1日起施行）"),
    ],
)
def test_year_out_of_range_is_a_usage_error(sample_root: Path, year: int, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        new_report(sample_root, year, force=False)


def test_not_a_site_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="找不到 site.yaml"):
        new_report(tmp_path, 2024, force=False)
    assert not (tmp_path / "content").exists()


def test_scaffold_offers_the_optional_keys(sample_root: Path) -> None:
    """引言, 落款, the official original and part 六's follow-through: commented out, each usable as written."""
    path = new_report(sample_root, 2024, force=False)
    text = path.read_text(encoding="utf-8")
    for key in ("url: https://", "intro: |", "signature: ", "signed: 2025-01-31", "plan_progress: true"):
        assert f"\n# {key}" in text, key
    assert "other_processing: [...]（那一行是（六）的合计，不是“3.其他”）" in text
    filled = (
        text.replace("# url: https://…", "url: https://www.example.gov.cn/ndbg/2024.html")
        .replace("# intro: |", "intro: |\n  本报告依据条例编制。\n#")
        .replace("# signature: …", "signature: 示例县人民政府办公室")
        .replace("# signed:", "signed:")
        .replace("# plan_progress: true", "plan_progress: true")
    )
    path.write_text(filled, encoding="utf-8")
    linked, problems = check_site(sample_root)
    report = next(e.model for e in linked.site.of(REPORTS) if e.model.year == 2024)
    assert (report.url, report.intro, report.signature, str(report.signed), report.plan_progress) == (
        "https://www.example.gov.cn/ndbg/2024.html",
        "本报告依据条例编制。",
        "示例县人民政府办公室",
        "2025-01-31",
        True,
    )
    assert not problems.errors
