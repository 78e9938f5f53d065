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
        # a dated task with no 落实情况 at three build dates: never called late without a report
        ("2022年9月底前", [], D(2022, 5, 1), Status.NOT_DUE, False),
        ("2022年9月底前", [], D(2022, 9, 30), Status.NOT_DUE, False),  # the due day itself is not late
        ("2022年9月底前", [], D(2022, 10, 1), Status.NO_REPORT, False),
        ("2022年9月底前", [(D(2022, 6, 1), "推进中")], D(2022, 7, 1), Status.ACTIVE, False),
        # reported under way or not started, and the stated deadline has passed: 逾期
        ("2022年9月底前", [(D(2022, 6, 1), "推进中")], D(2022, 10, 1), Status.OVERDUE, False),
        ("2022年9月底前", [(D(2022, 6, 1), "未启动")], D(2022, 10, 1), Status.OVERDUE, False),
        ("2022年9月底前", [(D(2022, 6, 1), "未启动")], D(2022, 7, 1), Status.NOT_DUE, False),
        ("2022年9月底前", [(D(2022, 9, 20), "已完成")], D(2022, 10, 1), Status.DONE, False),
        ("2022年9月底前", [(D(2022, 11, 2), "已完成")], D(2023, 1, 1), Status.DONE, True),
        # an entry dated after the build date is not known yet
        ("2022年9月底前", [(D(2022, 11, 2), "已完成")], D(2022, 10, 15), Status.NO_REPORT, False),
        (
            "2022年9月底前",
            [(D(2022, 6, 1), "推进中"), (D(2022, 11, 2), "已完成")],
            D(2022, 10, 15),
            Status.OVERDUE,
            False,
        ),
        # the same day: the entry listed last is the one in force
        ("2022年9月底前", [(D(2022, 9, 1), "推进中"), (D(2022, 9, 1), "已完成")], D(2022, 10, 1), Status.DONE, False),
        ("2022年9月底前", [(D(2022, 9, 1), "已完成"), (D(2022, 9, 1), "推进中")], D(2022, 9, 2), Status.ACTIVE, False),
        # 全年: due at the year's end
        ("全年", [], D(2022, 12, 31), Status.NOT_DUE, False),
        ("全年", [], D(2023, 1, 1), Status.NO_REPORT, False),
        ("全年", [(D(2022, 12, 20), "推进中")], D(2023, 1, 1), Status.OVERDUE, False),
        ("全年", [(D(2022, 12, 20), "长期坚持")], D(2026, 11, 23), Status.ACTIVE, False),
        # 长期坚持 never falls overdue; 「…完成，长期坚持」 does after its date
        ("长期坚持", [], D(2030, 1, 1), Status.NO_REPORT, False),
        ("长期坚持", [(D(2029, 1, 1), "推进中")], D(2030, 1, 1), Status.ACTIVE, False),
        ("2022年年底前完成，长期坚持", [(D(2022, 6, 1), "推进中")], D(2023, 1, 1), Status.OVERDUE, False),
        ("2022年年底前完成，长期坚持", [(D(2022, 12, 1), "已完成")], D(2023, 1, 1), Status.DONE, False),
        # two dates in one text: the last one decides
        ("2022年9月22日前；9月25日前", [], D(2022, 9, 24), Status.NOT_DUE, False),
        ("2022年9月22日前；9月25日前", [(D(2022, 9, 1), "推进中")], D(2022, 9, 26), Status.OVERDUE, False),
        # counted from the 印发 date (2022-03-01 + 30 days)
        ("本文件印发后30日内", [], D(2022, 3, 31), Status.NOT_DUE, False),
        ("本文件印发后30日内", [(D(2022, 3, 5), "推进中")], D(2022, 4, 1), Status.OVERDUE, False),
        # no due date at all: nobody can be late
        (None, [], D(2026, 1, 1), Status.NO_REPORT, False),
        (None, [(D(2022, 5, 1), "推进中")], D(2026, 1, 1), Status.ACTIVE, False),
        (None, [(D(2022, 5, 1), "未启动")], D(2026, 1, 1), Status.UNKNOWN, False),
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
    state = state_of(ref("本文件印发后30日内", [(D(2022, 5, 1), "未启动")], issued=None), D(2026, 1, 1))
    assert state.status is Status.UNKNOWN and "未载明印发日期" in state.reason
    state = state_of(ref("本文件印发后30日内", [], issued=None), D(2026, 1, 1))
    assert state.status is Status.NO_REPORT and "未载明印发日期" in state.reason


def test_an_inferred_deadline_never_makes_a_task_late() -> None:
    """The plan's default (e.g. 周村's 「2020年年底前」 for rows without a 完成时限) is inferred."""
    inferred = ref(None, [(D(2022, 6, 1), "推进中")], default="2022年11月30日前")
    assert inferred.deadline.inherited
    state = state_of(inferred, D(2026, 11, 23))
    assert state.status is Status.ACTIVE and "推定" in state.reason
    assert state_of(ref(None, [], default="2022年11月30日前"), D(2022, 12, 1)).status is Status.NO_REPORT
    assert state_of(ref(None, [], default="2022年11月30日前"), D(2022, 11, 1)).status is Status.NOT_DUE
    late_done = state_of(ref(None, [(D(2023, 3, 1), "已完成")], default="2022年11月30日前"), D(2026, 1, 1))
    assert late_done.status is Status.DONE and not late_done.late


def test_overdue_reason_is_in_words() -> None:
    state = state_of(ref("2022年9月底前", [(D(2022, 8, 1), "推进中")]), D(2022, 10, 11))
    assert state.reason == "已过原文载明的完成时限（2022年9月30日）11天，2022年8月1日登记为推进中"


def test_tallies_count_and_round_down() -> None:
    working = [(D(2022, 9, 1), "推进中")]
    states = [
        state_of(ref("2022年9月底前", p), D(2022, 10, 1))
        for p in ([(D(2022, 9, 1), "已完成")], [(D(2022, 9, 1), "已完成")], working, working)
    ]
    states.append(state_of(ref("长期坚持", working), D(2022, 10, 1)))
    states.append(state_of(ref(None, [(D(2022, 9, 1), "未启动")]), D(2022, 10, 1)))
    states.append(state_of(ref(None, []), D(2022, 10, 1)))
    t = tally("x", states)
    counts = (t.count(Status.OVERDUE), t.count(Status.ACTIVE), t.count(Status.UNKNOWN), t.count(Status.NO_REPORT))
    assert (t.total, t.done, *counts) == (7, 2, 2, 1, 1, 1)
    assert t.percent == 28
    assert shown_statuses([t])[-2:] == (Status.NO_REPORT, Status.UNKNOWN)
    assert shown_statuses([tally("y", states[:5])]) == (Status.DONE, Status.ACTIVE, Status.NOT_DUE, Status.OVERDUE)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2024, 3, 20), ["未到期", "未到期", "未到期", "未报送落实情况"]),
        (D(2024, 8, 1), ["进行中", "逾期", "未到期", "进行中"]),
        # task 3 falls under the plan's default (inferred) deadline: never 逾期, only unreported
        (D(2026, 11, 23), ["已完成", "逾期", "未报送落实情况", "进行中"]),
    ],
)
def test_sample_site_statuses_at_several_dates(today: dt.date, expected: list[str]) -> None:
    linked, _ = check_site(SAMPLE, today=today)
    assert [r.state.status.value for r in linked.of(PLANS).tasks["2024-gzyd"]] == expected
