"""The dashboard's figures on a scripted board history with known times, on SQLite and PostgreSQL.

The history is in tests/board_history.py (with what each article contributes);
every figure is asserted, and every selection a click opens returns exactly the
articles that were counted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.board_history import NOW, Clock, at, write_history
from workstation.reports import figures
from workstation.reports.figures import Dashboard, Spread
from workstation.reports.selections import (
    approved_by,
    approved_in_week,
    first_approved_since,
    open_reviews_of,
    submitted_in_week,
    with_open_finding,
    with_review_cycles,
)

PERIOD_START = at("2025-09-22 00:00")


@pytest.fixture
def board(ws, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    ids = write_history(ws, Clock(monkeypatch))
    return ws, ids, ws.workflow.dashboard(now=NOW)


def test_the_period_is_26_weeks_of_monday_to_monday_ending_with_this_one(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    assert d.as_of == NOW
    assert d.period_start == PERIOD_START
    assert [w.week for w in d.throughput] == [date(2025, 9, 22) + timedelta(weeks=n) for n in range(26)]
    assert figures.period_start(at("2026-03-22 23:59")) == PERIOD_START  # Sunday: still this week
    assert figures.period_start(at("2026-03-23 00:00")) == PERIOD_START + timedelta(weeks=1)


def test_counts_by_status_and_overdue_re_reviews_and_assignments(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    assert d.by_status == (("Submitted", 2), ("Under Review", 1), ("Approved", 5))
    assert d.articles == 8
    assert d.overdue.re_reviews == 1  # A4: next review 2026-01-06
    # A7 (due 03-10) and A8 (due yesterday); A1 was approved after its due date, A6 is due today.
    assert d.overdue.assignments == 2
    assert d.overdue.total == 3


def test_overdue_assignments_follow_the_date_and_the_status(board) -> None:  # type: ignore[no-untyped-def]
    ws, ids, d = board
    assert ws.workflow.dashboard(now=at("2026-03-19 00:00")).overdue.assignments == 3  # A6's due date has passed too
    assert ws.workflow.dashboard(now=at("2026-03-17 23:59")).overdue.assignments == 1  # A8 is due that day: only A7
    assert ws.workflow.dashboard(now=at("2026-03-10 12:00")).overdue.assignments == 0  # A7 is due that day
    ws.workflow.assign(article_id=ids["A7"], user="ana", clear_due=True)
    assert ws.workflow.dashboard(now=NOW).overdue.assignments == 1


def test_cycle_time_and_time_in_each_state_on_the_way_to_the_first_approval(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    # A1 7.0, A2 11.5, A3 15.0 days; A4 and A5 were first approved before the period.
    assert d.cycle_time == pytest.approx(Spread(3, 33.5 / 3, 11.5, 11.5 + 0.8 * 3.5))
    assert d.state_spread("Submitted") == pytest.approx(Spread(3, 11.5 / 3, 4.5, 4.5 + 0.8 * 0.5))  # 2.0 5.0 4.5
    assert d.state_spread("Under Review") == pytest.approx(Spread(3, 22 / 3, 6.5, 6.5 + 0.8 * 4.0))  # 5.0 6.5 10.5
    assert [status for status, _spread in d.time_in_state] == ["Submitted", "Under Review"]


def test_review_cycles_count_the_change_requests_before_the_first_approval(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    assert d.review_cycles.distribution == ((0, 1), (1, 1), (2, 1))  # A1, A2, A3
    assert d.review_cycles.articles == 3
    assert d.review_cycles.mean == pytest.approx(1.0)
    assert d.review_cycles.more_than_once == 2


def test_throughput_per_week(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    approved = {w.week.isoformat(): w.approved for w in d.throughput if w.approved}
    submitted = {w.week.isoformat(): w.submitted for w in d.throughput if w.submitted}
    # A1, A2, A3 and A5's re-approval; A4's and A5's first approvals fall before the period.
    assert approved == {"2025-10-13": 1, "2025-11-10": 1, "2026-01-19": 1, "2026-02-09": 1}
    assert submitted == {"2025-10-06": 1, "2025-11-03": 1, "2026-01-05": 1, "2026-02-23": 1, "2026-03-02": 1,
                         "2026-03-16": 1}


def test_workload_per_reviewer_and_approver(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    rows = [(p.name, p.role, p.open_reviews, p.approvals_signed) for p in d.workload]
    # Busiest first; the author is not listed. rita's open review is A8, back with its author.
    assert rows == [("rita", "reviewer", 1, 0), ("rob", "reviewer", 1, 0), ("ana", "approver", 0, 3),
                    ("admin", "admin", 0, 1)]


def test_open_findings_by_code_leave_out_dismissed_ones_and_older_revisions(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    assert [(f.code, f.findings) for f in d.findings] == [("claim-uncited", 1), ("promotional-language", 1)]


def test_each_selection_holds_exactly_the_articles_counted(board) -> None:  # type: ignore[no-untyped-def]
    ws, ids, d = board

    def names(selection) -> set[str]:  # type: ignore[no-untyped-def]
        found = set(ws.library.article_ids(selection=selection))
        assert ws.library.count_articles(selection=selection) == len(found)
        return {name for name, article_id in ids.items() if article_id in found}

    start = d.period_start
    assert names(approved_in_week(date(2026, 1, 19))) == {"A3"}
    assert names(approved_in_week(date(2026, 2, 9))) == {"A5"}
    assert names(approved_in_week(date(2025, 9, 22))) == set()
    assert names(submitted_in_week(date(2026, 3, 16))) == {"A6"}
    assert names(open_reviews_of("rita")) == {"A8"}
    assert names(open_reviews_of("rob")) == {"A7"}
    assert names(approved_by("ana", start)) == {"A1", "A2", "A5"}
    assert names(approved_by("admin", start)) == {"A3"}
    assert names(with_open_finding("promotional-language")) == {"A7"}
    assert names(with_review_cycles(0, start)) == {"A1"}
    assert names(with_review_cycles(2, start)) == {"A3"}
    assert names(first_approved_since(start)) == {"A1", "A2", "A3"}
    # Combined with the library's own filters, additively.
    assert set(ws.library.article_ids(status="Approved", selection=approved_by("ana", start))) == {
        ids["A1"], ids["A2"], ids["A5"]}
    assert ws.library.article_ids(status="Submitted", selection=approved_by("ana", start)) == []
    assert ws.library.count_articles(status="due") == d.overdue.re_reviews
    assert {name for name, i in ids.items() if i in ws.library.article_ids(status="overdue")} == {"A7", "A8"}
    assert ws.library.count_articles(status="Overdue assignments") == d.overdue.assignments
    assert ws.library.article_ids(status="overdue", search="nothing matches this") == []


def test_the_trail_written_at_scripted_times_still_verifies(board) -> None:  # type: ignore[no-untyped-def]
    ws, _ids, _d = board
    assert ws.audit.verify().ok


def test_an_empty_board_has_zero_counts_and_no_durations(ws) -> None:  # type: ignore[no-untyped-def]
    d = ws.workflow.dashboard(now=NOW)
    assert isinstance(d, Dashboard)
    assert d.by_status == (("Submitted", 0), ("Under Review", 0), ("Approved", 0))
    assert d.cycle_time == Spread(0, None, None, None)
    assert d.review_cycles.mean is None and d.review_cycles.articles == 0
    assert len(d.throughput) == 26 and not any(w.approved or w.submitted for w in d.throughput)
    assert d.workload == () and d.findings == ()


def test_the_figures_are_immutable(board) -> None:  # type: ignore[no-untyped-def]
    _ws, _ids, d = board
    with pytest.raises(AttributeError):
        d.overdue = None  # type: ignore[misc]


def test_spread_interpolates_as_percentile_cont() -> None:
    assert Spread.of([]) == Spread(0, None, None, None)
    assert Spread.of([4.0]) == Spread(1, 4.0, 4.0, 4.0)
    assert Spread.of([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) == pytest.approx(Spread(10, 5.5, 5.5, 9.1))


def test_an_unknown_selection_is_refused() -> None:
    from workstation.reports.selections import ArticleSelection

    with pytest.raises(ValueError, match="unknown selection"):
        ArticleSelection("reviewed-yesterday", "x")


def test_now_defaults_to_the_current_time(ws) -> None:  # type: ignore[no-untyped-def]
    before = datetime.now(UTC)
    d = ws.workflow.dashboard()
    assert before <= d.as_of <= datetime.now(UTC)
