"""A figure given as an average ("have on average four or five recurrences in the first
year") or as a decline by a share ("muscle mass falls by around 1 to 2% a year") is stated
on its own: a citation later in its paragraph, for what that sentence says, does not cover it."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_an_average_stated_on_its_own_is_not_covered_by_a_later_citation() -> None:
    paragraph = (
        "People with genital HSV-2 have on average four or five recurrences in the first year. "
        "Recurrences are usually milder and shorter than the first episode [1]."
    )
    assert [e[:30] for e in uncited_excerpts(paragraph)] == ["People with genital HSV-2 have"]


def test_a_decline_by_a_share_is_not_covered_by_a_later_citation() -> None:
    paragraph = (
        "We lose muscle as we age [1]. After the age of 50, muscle mass falls by around 1 to 2% a "
        "year. Losing muscle raises the risk of falls [1]."
    )
    assert [e[:30] for e in uncited_excerpts(paragraph)] == ["After the age of 50, muscle ma"]


def test_a_study_account_stays_covered() -> None:
    paragraph = (
        "In the trial, recurrences fell on average by 2 a year. The trial followed 300 adults [1]."
    )
    assert uncited_excerpts(paragraph) == []
