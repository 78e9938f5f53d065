from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gongkai.build import check_site
from gongkai.documents.facts import KEY as DOCUMENTS
from gongkai.errors import BuildFailed
from gongkai.plans.facts import KEY as PLANS


def test_sample_links_and_index_numbers(sample_root: Path) -> None:
    linked, problems = check_site(sample_root)
    assert problems.items == []
    # 索引号: credit code / year - sequence by 成文日期 within the year (standards.md §6.2).
    assert linked.of(DOCUMENTS).index_numbers == {
        "2019-ygz": "11370000000000000W/2019-00001",
        "2023-gfxwj": "11370000000000000W/2023-00001",
        "2023-gfxwj-jd": "11370000000000000W/2023-00002",
        "2024-tz": "11370000000000000W/2024-00001",
        "2024-lsjz": "11370000000000000W/2024-00002",
        "2025-qljg": "11370000000000000W/2025-00001",
    }
    roles = sorted((role, ref.anchor) for role, ref in linked.of(PLANS).tasks_by_org["gxzj"])
    assert roles == [("责任", "task-3"), ("配合", "task-2")]
    assert [r.anchor for r in linked.of(PLANS).tasks["2024-gzyd"]] == ["task-1", "task-2", "task-3", "task-ledger"]
    assert linked.of(DOCUMENTS).plan_notices == {"2024-gzyd": "2024-tz"}


def test_explicit_index_number_wins_and_is_skipped(make_project: Callable[[dict[str, str]], Path]) -> None:
    root = make_project({})
    doc = root / "content/documents/2023-gfxwj-jd.yaml"
    doc.write_text(doc.read_text(encoding="utf-8") + "index_no: 11370000000000000W/2023-00001\n", encoding="utf-8")
    linked, _ = check_site(root)
    assert linked.of(DOCUMENTS).index_numbers["2023-gfxwj-jd"] == "11370000000000000W/2023-00001"
    assert linked.of(DOCUMENTS).index_numbers["2023-gfxwj"] == "11370000000000000W/2023-00002"


def test_alias_shared_by_two_organizations_is_an_error(sample_root: Path) -> None:
    orgs = sample_root / "content/organizations.yaml"
    orgs.write_text(
        orgs.read_text(encoding="utf-8") + "- id: fgw\n  name: 县发展改革委\n  kind: 部门\n", encoding="utf-8"
    )
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    (err,) = failed.value.errors
    assert (err.path, err.line, err.field) == ("content/organizations.yaml", 38, "[5].name")
    assert "已属于机构 “fgj”" in err.zh


def test_unknown_org_by_name_suggests_the_id(sample_root: Path) -> None:
    plan = sample_root / "content/plans/2024-gzyd.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("units: [zfb]", "units: [县政府办公室]"), encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    messages = [(e.field, e.hint) for e in failed.value.errors]
    assert ("tasks[1].items[0].units[0]", "名称为 “县政府办公室” 的机构标识是 “zfb”。") in [(f, h) for f, h in messages]


def test_warnings_fail_only_in_strict_mode(sample_root: Path) -> None:
    doc = sample_root / "content/documents/2023-gfxwj-jd.yaml"
    doc.write_text(doc.read_text(encoding="utf-8").replace("interprets: 2023-gfxwj\n", ""), encoding="utf-8")
    _, problems = check_site(sample_root)
    # The 解读 names no policy, so the policy has no 解读 either (三同步).
    assert [w.field for w in problems.warnings] == ["interprets", "doc_type"]
    with pytest.raises(BuildFailed):
        check_site(sample_root, strict=True)


def test_an_empty_part_is_a_warning(sample_root: Path) -> None:
    (sample_root / "content/reports/2023.yaml").unlink()
    _, problems = check_site(sample_root)
    assert [w.zh for w in problems.warnings] == ["栏目 “政府信息公开工作年度报告” 没有内容：空栏目会被网站检查扣分"]
    assert problems.warnings[0].path == "site.yaml"


def test_category_must_apply_to_the_level(sample_root: Path) -> None:
    doc = sample_root / "content/documents/2024-tz.yaml"
    doc.write_text(doc.read_text(encoding="utf-8").replace('category: "20-15"', 'category: "21-2"'), encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    (err,) = failed.value.errors
    assert (err.field, err.line) == ("category", 7) and "不适用于县级机关" in err.zh


def test_rule_needs_body_or_url(sample_root: Path) -> None:
    rule = sample_root / "content/rules/tiaoli.yaml"
    text = rule.read_text(encoding="utf-8")
    rule.write_text(text[: text.index("body:")], encoding="utf-8")
    with pytest.raises(BuildFailed) as failed:
        check_site(sample_root)
    assert [e.zh for e in failed.value.errors] == ["制度须提供正文（body）或官方文本链接（url）之一"]
