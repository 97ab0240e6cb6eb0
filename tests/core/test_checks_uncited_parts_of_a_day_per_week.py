"""Parts of a day counted per week ("training now running six nights a week", "open three
evenings a week") are an amount of time, as days are ("five days a week"), not a rate of
events that needs a source; a rate of events still is ("two to four colds a year")."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_nights_and_evenings_a_week_are_a_schedule() -> None:
    assert uncited_excerpts(
        "With winter training now running six nights a week, our coaches have noticed a few "
        "swimmers sitting out with sore ears."
    ) == []
    assert uncited_excerpts("The pool is open to members three evenings a week.") == []


def test_a_rate_of_events_is_still_a_statistic() -> None:
    assert len(uncited_excerpts("Young children catch six to eight colds a year.")) == 1
