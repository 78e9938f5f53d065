"""What a source does not say stays unsaid: a plan without 发布机构, a row without 责任单位,
a party named without a role. Pages, ledger and JSON show it as written; import reads it back."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from gongkai import urls
from gongkai.build import build, check_site
from gongkai.plans.exports import ledger_csv
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.importer import import_table
from gongkai.plans.ledger import ledger_table

from .conftest import SAMPLE
from .test_plans_exports import TODAY, load_plan, shape

PLAN_2023 = "content/plans/2023-gzyd.yaml"
PLAN_2024 = "content/plans/2024-gzyd.yaml"
NOTE = "原文此项未写明责任单位"


def overlay() -> dict[str, str]:
    """2023 without 发布机构; in 2024 a row with no unit and a row naming a party without a role."""
    plan_2023 = (SAMPLE / PLAN_2023).read_text(encoding="utf-8").replace("publisher: zfb\n", "")
    plan_2024 = (SAMPLE / PLAN_2024).read_text(encoding="utf-8")
    plan_2024 = plan_2024.replace(
        """        assignments:
          - label: 县总体预案
            units: [yjj]
          - label: 乡镇预案
            units: [gxzj]
""",
        f"        units_note: {NOTE}\n",
    )
    plan_2024 = plan_2024.replace(
        "            support: [gxzj]\n", "            support: [gxzj]\n            units: [yjj]\n"
    )
    return {PLAN_2023: plan_2023, PLAN_2024: plan_2024}


def test_unknowns_build_and_show_as_unknown(make_project: Callable[[dict[str, str]], Path], tmp_path: Path) -> None:
    root = make_project(overlay())
    out = tmp_path / "out"
    build(root, out, search=False)
    plan_2023 = (out / "zfxxgk/fdzdgknr/gzyd/2023-gzyd/index.html").read_text(encoding="utf-8")
    assert "<dt>发布机构</dt><dd>未载明</dd>" in plan_2023
    task_2023 = (out / "zfxxgk/fdzdgknr/gzyd/2023-gzyd/task-1/index.html").read_text(encoding="utf-8")
    assert '<th scope="row">发布机构</th><td>未载明</td>' in task_2023
    assert 'data-pagefind-filter="发布机构[content]"' not in plan_2023

    plan_2024 = "".join((out / "zfxxgk/fdzdgknr/gzyd/2024-gzyd/index.html").read_text(encoding="utf-8").split())
    assert f'>未载明<br><spanclass="hint">{NOTE}</span></td>' in plan_2024
    row = plan_2024[plan_2024.index("做好规范性文件集中公开") :].split("</tr>")[0]
    assert row.index("牵头：") < row.index("配合：") < row.index("县应急局")
    assert "各乡镇人民政府、街道办事处</a><br><ahref" in row  # 县应急局 on its own line, with no role

    data = json.loads((out / urls.TASKS_JSON.lstrip("/")).read_text(encoding="utf-8"))
    plans = {p["slug"]: p for p in data["plans"]}
    assert plans["2023-gzyd"]["publisher"] is None
    noted = next(t for t in plans["2024-gzyd"]["tasks"] if t["units_note"])
    assert noted["units"] == noted["lead"] == noted["assignments"] == [] and noted["units_note"] == NOTE


def test_ledger_keeps_the_note_and_the_unroled_party_and_import_reads_them_back(
    make_project: Callable[[dict[str, str]], Path], tmp_path: Path
) -> None:
    root = make_project(overlay())
    linked, problems = check_site(root, strict=True)
    assert problems.items == []
    entry = next(e for e in linked.site.of(PLANS) if e.slug == "2024-gzyd")
    data = ledger_csv(ledger_table(linked, entry, TODAY))
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header = rows[2]
    units, note = header.index("责任单位"), header.index("责任单位说明")
    by_requirement = {r[header.index("具体要求")]: r for r in rows[3:]}
    row = by_requirement["加强各级各类应急预案公开。"]
    assert (row[units], row[note]) == ("", NOTE)
    assert (
        by_requirement["做好规范性文件集中公开。"][units]
        == "牵头：县司法局；配合：各乡镇人民政府、街道办事处；县应急局"
    )

    source = tmp_path / "2024-gzyd-rwtz.csv"
    source.write_bytes(data)
    result = import_table(source, root, tmp_path / "back.yaml", force=False)
    assert result.unmapped == ()
    assert shape(load_plan(result.path).tasks) == shape(entry.model.tasks)
