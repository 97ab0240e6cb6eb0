"""The dashboard's figures: one immutable value, computed by one function from one read.

:func:`compute_dashboard` runs the aggregates of :mod:`db.dashboard` on one
connection inside the caller's read transaction, so the numbers agree with each
other; the window, ``workstation report`` and its CSV all show this value.

The period is the last 26 weeks: weeks run Monday to Monday in UTC, the first
starts 25 weeks before the current one, and the current week counts so far.
Counts by status, overdue re-reviews and assignments, open reviews and open
findings are as of now; throughput and approvals signed cover the period; cycle time, time in each
state and review cycles describe the articles first approved in the period, on
their way from submission to that approval.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Connection

from db import dashboard as sql
from workstation.model import ROLES, STATUSES

SUBMITTED, UNDER_REVIEW, APPROVED = STATUSES
WEEKS = 26
REVIEWING_ROLES = frozenset(ROLES) - {"author"}
CYCLE_STATES = (SUBMITTED, UNDER_REVIEW)  # the states an article passes through before its first approval


@dataclass(frozen=True)
class Spread:
    """How a set of durations (days) is spread; None where there is nothing to measure."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None

    @classmethod
    def of(cls, values: Iterable[float]) -> Spread:
        """Median and 90th percentile interpolated between ranks, as PostgreSQL's percentile_cont."""
        data = sorted(values)
        if not data:
            return cls(0, None, None, None)
        if len(data) == 1:
            return cls(1, data[0], data[0], data[0])
        deciles = statistics.quantiles(data, n=10, method="inclusive")
        return cls(len(data), statistics.fmean(data), statistics.median(data), deciles[8])


@dataclass(frozen=True)
class Overdue:
    """What is past its date: approved articles due for re-review, and assigned reviews running late."""

    re_reviews: int  # approved, next review date reached (on or before today)
    assignments: int = 0  # not approved, the assignment's due date passed (before today)

    @property
    def total(self) -> int:
        return self.re_reviews + self.assignments


@dataclass(frozen=True)
class ReviewCycles:
    """For the articles first approved in the period: how often changes were requested before."""

    distribution: tuple[tuple[int, int], ...]  # (times changes were requested, articles), by times

    @property
    def articles(self) -> int:
        return sum(n for _times, n in self.distribution)

    @property
    def mean(self) -> float | None:
        total = self.articles
        return sum(times * n for times, n in self.distribution) / total if total else None

    @property
    def more_than_once(self) -> int:
        """Articles that went round more than once (changes were requested at least once)."""
        return sum(n for times, n in self.distribution if times > 0)


@dataclass(frozen=True)
class WeekCount:
    week: date  # its Monday
    approved: int  # articles approved that week
    submitted: int  # articles submitted that week


@dataclass(frozen=True)
class PersonLoad:
    name: str
    display_name: str
    role: str
    active: bool
    open_reviews: int  # assigned to them and not approved, now
    approvals_signed: int  # in the period


@dataclass(frozen=True)
class FindingCount:
    code: str
    findings: int  # open: not dismissed, on the article's current revision


@dataclass(frozen=True)
class Dashboard:
    as_of: datetime
    period_start: datetime  # Monday 00:00 UTC of the first of the WEEKS weeks
    by_status: tuple[tuple[str, int], ...]  # every status, in workflow order
    overdue: Overdue
    cycle_time: Spread  # submission to first approval, days
    time_in_state: tuple[tuple[str, Spread], ...]  # CYCLE_STATES on the way to the first approval
    review_cycles: ReviewCycles
    throughput: tuple[WeekCount, ...]  # WEEKS weeks, oldest first
    workload: tuple[PersonLoad, ...]  # reviewers, approvers and admins, busiest first
    findings: tuple[FindingCount, ...]  # most findings first

    def count(self, status: str) -> int:
        return dict(self.by_status).get(status, 0)

    @property
    def articles(self) -> int:
        return sum(n for _status, n in self.by_status)

    def state_spread(self, status: str) -> Spread:
        return dict(self.time_in_state).get(status, Spread(0, None, None, None))


def period_start(now: datetime, weeks: int = WEEKS) -> datetime:
    """Monday 00:00 UTC of the first of the ``weeks`` weeks that end with the current one."""
    today = now.astimezone(UTC).date()
    monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    return datetime(monday.year, monday.month, monday.day, tzinfo=UTC)


def compute_dashboard(connection: Connection, *, now: datetime, today: date | None = None) -> Dashboard:
    """Every figure of the dashboard, read on ``connection`` (in the caller's one read transaction).

    ``today`` decides what is due for re-review and which assignments are overdue
    (the library's filters use the same date); it defaults to ``now``'s date in UTC.
    """
    now = now.astimezone(UTC)
    start = period_start(now)
    today = today or now.date()
    counts = sql.article_counts(connection, today)
    by_status: dict[str, int] = {}
    open_reviews: dict[int, int] = {}
    for status, reviewer, n, _due in counts:
        by_status[status] = by_status.get(status, 0) + n
        if reviewer is not None and status != APPROVED:
            open_reviews[reviewer] = open_reviews.get(reviewer, 0) + n
    cycles = sql.cycles(connection, start)
    measured = [(days, submitted) for _id, days, _n, submitted in cycles if days is not None]
    times: dict[int, int] = {}
    for _id, _days, n, _submitted in cycles:
        times[n] = times.get(n, 0) + 1
    approvals = sql.weekly_approvals(connection, start)
    submissions = sql.weekly_submissions(connection, start)
    signed = sql.approvals_by_user(connection, start)
    people = [
        PersonLoad(name, display, role, active, open_reviews.get(uid, 0), signed.get(uid, 0))
        for uid, name, display, role, active in sql.people(connection)
    ]
    findings = sql.open_findings(connection)
    return Dashboard(
        as_of=now,
        period_start=start,
        by_status=tuple((status, by_status.get(status, 0)) for status in STATUSES),
        overdue=Overdue(re_reviews=sum(due for *_rest, due in counts),
                        assignments=sql.overdue_assignments(connection, today)),
        cycle_time=Spread.of(days for days, _submitted in measured),
        time_in_state=(
            (SUBMITTED, Spread.of(submitted for _days, submitted in measured)),
            (UNDER_REVIEW, Spread.of(days - submitted for days, submitted in measured)),
        ),
        review_cycles=ReviewCycles(tuple(sorted(times.items()))),
        throughput=tuple(
            WeekCount((start + timedelta(weeks=w)).date(), approvals.get(w, 0), submissions.get(w, 0))
            for w in range(WEEKS)
        ),
        workload=_busiest_first(people),
        findings=tuple(FindingCount(code, n) for code, n in sorted(findings.items(), key=lambda f: (-f[1], f[0]))),
    )


def _busiest_first(people: list[PersonLoad]) -> tuple[PersonLoad, ...]:
    """The active reviewing people, and anyone else still carrying or having signed something."""
    shown = [p for p in people if (p.active and p.role in REVIEWING_ROLES) or p.open_reviews or p.approvals_signed]
    return tuple(sorted(shown, key=lambda p: (-p.open_reviews, -p.approvals_signed, p.name)))
