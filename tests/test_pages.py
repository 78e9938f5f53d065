from __future__ import annotations

from collections import Counter
from pathlib import Path

from gongkai import pages as pg
from gongkai.build import build, check_site
from gongkai.kinds import REGISTRY
from gongkai.models import Plan, Task, TaskGroup
from gongkai.plans import pages as plan_pages
from gongkai.plans.facts import TaskRef


def make_plan() -> Plan:
    return Plan.model_validate(
        {
            "title": "t",
            "year": 2024,
            "publisher": "x",
            "body": "b",
            "tasks": [
                {
                    "group": "A",
                    "items": [
                        {
                            "group": "A1",
                            "items": [{"requirement": "r1", "units": ["x"]}, {"requirement": "r2", "units": ["x"]}],
                        },
                        {"requirement": "r3", "units": ["x"]},
                    ],
                },
                {"requirement": "r4", "units": ["x"]},
            ],
        }
    )


def refs_of(plan: Plan) -> list[TaskRef]:
    from gongkai.plans.checks import iter_tasks
    from gongkai.plans.deadlines import NO_DEADLINE
    from gongkai.plans.status import task_state

    return [
        TaskRef("p", t, f"task-{i}", i, g, NO_DEADLINE, task_state(t, NO_DEADLINE, None))
        for i, (t, _, g) in enumerate(iter_tasks(plan.tasks), 1)
    ]


def test_task_rows_merge_group_cells_and_name_headers() -> None:
    plan = make_plan()
    rows = plan_pages.task_rows(plan.tasks, refs_of(plan))
    assert [[(c.text, c.rowspan, c.level) for c in r.group_cells] for r in rows] == [
        [("A", 3, 0), ("A1", 2, 1)],
        [],
        [],
        [],
    ]
    assert [r.header_ids for r in rows] == [("task-1-g0", "task-1-g1"), ("task-1-g0", "task-1-g1"), ("task-1-g0",), ()]
    assert plan_pages.task_depth(plan.tasks) == 2
    assert isinstance(plan.tasks[0], TaskGroup) and isinstance(plan.tasks[1], Task)


def test_every_page_has_a_unique_url_and_dated_items(sample_root: Path) -> None:
    linked, _ = check_site(sample_root)
    pages = pg.make_pages(linked, REGISTRY)
    urls = Counter(p.url for p in pages)
    assert [u for u, n in urls.items() if n > 1] == []
    for required in (
        "/",
        "/zfxxgk/",
        "/zfxxgk/zn/",
        "/zfxxgk/zd/",
        "/zfxxgk/fdzdgknr/",
        "/zfxxgk/ndbg/",
        "/zfxxgk/ndbg/2023/",
        "/zfxxgk/fdzdgknr/gzyd/2024-gzyd/",
        "/404.html",
        "/search/",
    ):
        assert required in urls
    # Only 主动公开 documents are published; every list item carries a date, except a plan
    # whose source has no 印发通知 (2023-gzyd): its date is unknown, never made up.
    undated = set()
    for page in pages:
        for item in page.context.get("items", []) or []:
            if item.date is None:
                undated.add((item.url, item.date_label))
    assert undated == {("/zfxxgk/fdzdgknr/gzyd/2023-gzyd/", "印发日期")}


def test_a_plan_without_notice_shows_no_made_up_date(sample_root: Path, tmp_path: Path) -> None:
    """The 2023 plan has no 印发通知: lists say 印发日期 未载明; no page dates it 1 January."""
    out = tmp_path / "out"
    build(sample_root, out, search=False)
    listing = (out / "zfxxgk/fdzdgknr/gzyd/index.html").read_text(encoding="utf-8")
    item = listing[listing.index("示例县2023年政务公开工作要点") :].split("</li>")[0]
    assert "印发日期：未载明" in item and "<time" not in item
    plan = (out / "zfxxgk/fdzdgknr/gzyd/2023-gzyd/index.html").read_text(encoding="utf-8")
    assert 'name="PubDate"' not in plan and "2023-01-01" not in plan
    assert 'data-pagefind-sort="date[content]" content="2023"' in plan  # the year alone orders it
    assert "<dt>印发通知</dt><dd>未载明" in plan


def test_lists_paginate_with_real_links(sample_root: Path) -> None:
    docs = sample_root / "content/documents"
    template = (docs / "2023-gfxwj.yaml").read_text(encoding="utf-8")
    for n in range(1, 45):
        (docs / f"extra-{n}.yaml").write_text(
            template.replace("示政发〔2023〕12号", f"示政发〔2023〕{n + 100}号"), encoding="utf-8"
        )
    linked, _ = check_site(sample_root)
    urls = [p.url for p in pg.make_pages(linked, REGISTRY) if p.url.startswith("/zfxxgk/fdzdgknr/fgwj/")]
    assert "/zfxxgk/fdzdgknr/fgwj/page/3/" in urls and "/zfxxgk/fdzdgknr/fgwj/page/4/" not in urls


def test_output_collisions_name_both_sources() -> None:
    import pytest

    from gongkai.build import check_collisions
    from gongkai.errors import BuildFailed

    outputs = [
        ("/zfxxgk/a/", "content/x.yaml"),
        ("/zfxxgk/a/index.html", "content/y.yaml"),
        # a data file and an attachment are outputs too
        ("/files/a.csv", "/files/a.csv"),
        ("/files/a.csv", "content/files/a.csv"),
    ]
    with pytest.raises(BuildFailed) as failed:
        check_collisions(outputs)
    first, second = failed.value.errors
    assert first.path == "content/files/a.csv" and "/files/a.csv" in first.zh
    assert second.path == "content/y.yaml" and "content/x.yaml" in second.zh
