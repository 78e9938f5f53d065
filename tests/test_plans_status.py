"""Task status from 落实情况 entries and the build date (never the clock)."""

from __future__ import annotations

import datetime as dt

import pytest

from gongkai.build import check_site
from gongkai.models import Task
from gongkai.plans.deadlines import resolve
from gongkai.plans.facts import KEY as PLANS
from gongkai.plans.facts import TaskRef
from gongkai.plans.status import Status, TaskState, shown_statuses, tally, task_state

from .conftest import SAMPLE

D = dt.date
ISSUED = (D(2022, 3, 1), "印发日期")


def ref(
    deadline: str | None,
    progress: list[tuple[dt.date, str]],
    issued: tuple[dt.date, str] | None = ISSUED,
    default: str | None = None,
) -> TaskRef:
    task = Task.model_validate(
        {
            "requirement": "r",
            "units": ["x"],
            "deadline": deadline,
            "progress": [{"date": d, "status": s, "note": "n"} for d, s in progress],
        }
    )
    deadline_ = resolve(deadline, 2022, issued, default=default)
    return TaskRef("p", task, "task-1", 1, (), deadline_, task_state(task, deadline_, None))


def state_of(ref: TaskRef, today: dt.date | None) -> TaskState:
    return task_state(ref.task, ref.deadline, today)


@pytest.mark.parametrize(
    ("deadline", "progress", "today", "status", "late"),
    [
        # a dated task at three build dates
        ("2022年9月底前", [], D(2022, 5, 1), Status.NOT_DUE, False),
        ("2022年9月底前", [], D(2022, 9, 30), Status.NOT_DUE, False),  # the due day itself is not late
        ("2022年9月底前", [], D(2022, 10, 1), Status.OVERDUE, False),
        ("2022年9月底前", [(D(2022, 6, 1), "推进中")], D(2022, 7, 1), Status.ACTIVE, False),
        ("2022年9月底前", [(D(2022, 6, 1), "推进中")], D(2022, 10, 1), Status.OVERDUE, False),
        ("2022年9月底前", [(D(2022, 6, 1), "未启动")], D(2022, 7, 1), Status.NOT_DUE, False),
        ("2022年9月底前", [(D(2022, 9, 20), "已完成")], D(2022, 10, 1), Status.DONE, False),
        ("2022年9月底前", [(D(2022, 11, 2), "已完成")], D(2023, 1, 1), Status.DONE, True),
        # an entry dated after the build date is not known yet
        ("2022年9月底前", [(D(2022, 11, 2), "已完成")], D(2022, 10, 15), Status.OVERDUE, False),
        # 全年: due at the year's end
        ("全年", [], D(2022, 12, 31), Status.NOT_DUE, False),
        ("全年", [], D(2023, 1, 1), Status.OVERDUE, False),
        ("全年", [(D(2022, 12, 20), "长期坚持")], D(2026, 11, 23), Status.ACTIVE, False),
        # 长期坚持 never falls overdue; 「…完成，长期坚持」 does after its date
        ("长期坚持", [], D(2030, 1, 1), Status.ACTIVE, False),
        ("2022年年底前完成，长期坚持", [], D(2023, 1, 1), Status.OVERDUE, False),
        ("2022年年底前完成，长期坚持", [(D(2022, 12, 1), "已完成")], D(2023, 1, 1), Status.DONE, False),
        # two dates in one text: the last one decides
        ("2022年9月22日前；9月25日前", [], D(2022, 9, 24), Status.NOT_DUE, False),
        ("2022年9月22日前；9月25日前", [], D(2022, 9, 26), Status.OVERDUE, False),
        # counted from the 印发 date (2022-03-01 + 30 days)
        ("本文件印发后30日内", [], D(2022, 3, 31), Status.NOT_DUE, False),
        ("本文件印发后30日内", [], D(2022, 4, 1), Status.OVERDUE, False),
        # no due date at all: 无法判定 unless work is reported under way
        (None, [], D(2026, 1, 1), Status.UNKNOWN, False),
        (None, [(D(2022, 5, 1), "推进中")], D(2026, 1, 1), Status.ACTIVE, False),
        # no build date: nothing is overdue, completion still counts
        ("2022年9月底前", [], None, Status.UNKNOWN, False),
        ("2022年9月底前", [(D(2022, 9, 1), "已完成")], None, Status.DONE, False),
    ],
)
def test_status_at_build_dates(
    deadline: str | None, progress: list[tuple[dt.date, str]], today: dt.date | None, status: Status, late: bool
) -> None:
    state = state_of(ref(deadline, progress), today)
    assert (state.status, state.late) == (status, late), state.reason


def test_relative_deadline_without_issue_date_cannot_be_judged() -> None:
    state = state_of(ref("本文件印发后30日内", [], issued=None), D(2026, 1, 1))
    assert state.status is Status.UNKNOWN and "未载明印发日期" in state.reason


def test_inherited_default_deadline_decides_status() -> None:
    assert state_of(ref(None, [], default="2022年11月30日前"), D(2022, 12, 1)).status is Status.OVERDUE


def test_overdue_reason_is_in_words() -> None:
    state = state_of(ref("2022年9月底前", []), D(2022, 10, 11))
    assert state.reason == "已过完成时限（2022年9月30日）11天，尚未登记完成"


def test_tallies_count_and_round_down() -> None:
    states = [
        state_of(ref("2022年9月底前", p), D(2022, 10, 1))
        for p in ([(D(2022, 9, 1), "已完成")], [(D(2022, 9, 1), "已完成")], [], [])
    ]
    states.append(state_of(ref("长期坚持", []), D(2022, 10, 1)))
    states.append(state_of(ref(None, []), D(2022, 10, 1)))
    t = tally("x", states)
    assert (t.total, t.done, t.count(Status.OVERDUE), t.count(Status.ACTIVE), t.count(Status.UNKNOWN)) == (
        6,
        2,
        2,
        1,
        1,
    )
    assert t.percent == 33
    assert shown_statuses([t])[-1] is Status.UNKNOWN
    assert Status.UNKNOWN not in shown_statuses([tally("y", states[:5])])


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2024, 3, 20), ["未到期", "未到期", "未到期", "进行中"]),
        (D(2024, 8, 1), ["进行中", "逾期", "未到期", "进行中"]),
        (D(2026, 11, 23), ["已完成", "逾期", "逾期", "进行中"]),
    ],
)
def test_sample_site_statuses_at_several_dates(today: dt.date, expected: list[str]) -> None:
    linked, _ = check_site(SAMPLE, today=today)
    assert [r.state.status.value for r in linked.of(PLANS).tasks["2024-gzyd"]] == expected
