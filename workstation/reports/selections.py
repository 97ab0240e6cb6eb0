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
    return ArticleSelection("approved-week", monday.isoformat(), label=f"Approved in the week of {_day(monday)}")


def submitted_in_week(monday: date) -> ArticleSelection:
    return ArticleSelection("submitted-week", monday.isoformat(), label=f"Submitted in the week of {_day(monday)}")


def open_reviews_of(user: str, shown_as: str = "") -> ArticleSelection:
    return ArticleSelection("open-reviews", user, label=f"Open reviews of {shown_as or user}")


def approved_by(user: str, since: datetime, shown_as: str = "") -> ArticleSelection:
    return ArticleSelection("approved-by", user, since,
                            label=f"Approved by {shown_as or user} since {_day(since.astimezone(UTC).date())}")


def with_open_finding(code: str) -> ArticleSelection:
    return ArticleSelection("finding", code, label=f"Open finding: {code}")


def with_review_cycles(cycles: int, since: datetime) -> ArticleSelection:
    times = {0: "no changes requested", 1: "changes requested once"}.get(cycles, f"changes requested {cycles} times")
    return ArticleSelection("review-cycles", str(cycles), since,
                            label=f"First approved since {_day(since.astimezone(UTC).date())}, {times}")


def first_approved_since(since: datetime) -> ArticleSelection:
    return ArticleSelection("first-approved", "", since,
                            label=f"First approved since {_day(since.astimezone(UTC).date())}")
