"""A column or news story may give its source in words, with no mark: "A Danish trial published
in The Lancet in 2015 found that …". The journal and the year name the work as a reader would
look it up, so the sentence is not uncited; nor are the sentences after it in its paragraph
that go on with that work ("By a year the figures were …", "The same trial found …"). A figure
of people stated on its own after it, or a work named with no journal or no year, is still a
claim to cite."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts

NAMED = (
    "A Danish trial published in The Lancet in 2015 found that 71% of people given the cream healed "
    "within a month, compared with 52% of those given a dummy cream. By three months the figures were "
    "90% and 77%. The same trial found that the tablets added nothing."
)


def test_a_work_named_by_journal_and_year_and_what_follows_it_are_sourced() -> None:
    assert uncited_excerpts(NAMED) == []
    assert uncited_excerpts("A 2019 study in the BMJ found that 40% of people slept better.") == []


def test_a_work_named_without_its_journal_or_year_is_still_uncited() -> None:
    assert uncited_excerpts(NAMED.replace(" published in The Lancet in 2015", "")) != []
    assert uncited_excerpts(NAMED.replace(" in 2015", "")) != []


def test_a_figure_of_people_on_its_own_after_it_is_still_uncited() -> None:
    paragraph = NAMED + " Around 1 in 20 adults get the rash at some point."
    assert uncited_excerpts(paragraph) == ["Around 1 in 20 adults get the rash at some point."]
