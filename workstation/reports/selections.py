"""What a click on a dashboard figure opens: a named set of articles the library can filter to.

A selection names the figure (``kind``), which bar of it (``key``: a week's
Monday, a user, a finding code, a number of review cycles) and, for figures
over the dashboard's period, the period's start, so the library shows exactly
the articles that were counted. The SQL behind each kind is in
:mod:`db.dashboard`, beside the aggregate it mirrors.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from db.dashboard import SELECTIONS
from workstation.messages import message


@dataclass(frozen=True)
class ArticleSelection:
    kind: str
    key: str
    since: datetime | None = None
    label: str = ""  # what the library's filter chip says

    def __post_init__(self) -> None:
        if self.kind not in SELECTIONS:
            raise ValueError(f"unknown selection {self.kind!r}: expected one of {', '.join(SELECTIONS)}")


def _day(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def approved_in_week(monday: date) -> ArticleSelection:
    return ArticleSelection("approved-week", monday.isoformat(), label=message("selection.approved-week", day=_day(monday)))


def submitted_in_week(monday: date) -> ArticleSelection:
    return ArticleSelection("submitted-week", monday.isoformat(), label=message("selection.submitted-week", day=_day(monday)))


def open_reviews_of(user: str, shown_as: str = "") -> ArticleSelection:
    return ArticleSelection("open-reviews", user, label=message("selection.open-reviews", name=shown_as or user))


def approved_by(user: str, since: datetime, shown_as: str = "") -> ArticleSelection:
    return ArticleSelection("approved-by", user, since,
                            label=message("selection.approved-by", name=shown_as or user, day=_day(since.astimezone(UTC).date())))


def with_open_finding(code: str) -> ArticleSelection:
    return ArticleSelection("finding", code, label=message("selection.finding", code=code))


def with_review_cycles(cycles: int, since: datetime) -> ArticleSelection:
    times = message("selection.cycles-none") if cycles == 0 else message("selection.cycles-once") if cycles == 1 else (
        message("selection.cycles", count=cycles))
    return ArticleSelection("review-cycles", str(cycles), since,
                            label=message("selection.cycles-since", day=_day(since.astimezone(UTC).date()), times=times))


def first_approved_since(since: datetime) -> ArticleSelection:
    return ArticleSelection("first-approved", "", since,
                            label=message("selection.first-approved", day=_day(since.astimezone(UTC).date())))
