"""Figures a page states on its own, citing nothing for them: a share of a group given as
"around 30% of …" before a paragraph's later citation ("About 30% of amateur golfers report
back pain. Coaches urge players to warm up [1]."); most of a group of people picked out by
what happened to them, with a figure ("Most people who fall from ladders had been on them for
less than ten minutes"); and how fast something in the body changes ("The body's clock
shifts by only about one hour a day"). Before, each was read as covered, or as no statistic."""

from __future__ import annotations

import pytest

from tests.core.checks_support import GUIDE, codes, run, uncited_excerpts


def test_a_share_about_a_group_before_a_later_citation_is_its_own_claim() -> None:
    body = (
        "A page\n\nAbout 30% of amateur golfers report back pain. Golf coaches have urged clubs "
        "to teach a proper warm-up [1].\n"
    )
    found = codes(run(body, (GUIDE,), audience="patient"), "claim-uncited")
    assert [f.excerpt for f in found] == ["About 30% of amateur golfers report back pain."]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people who fall from ladders had been on them for less than ten minutes.",
        "Most children who swallow button batteries are under four years old.",
        "The body's clock shifts by only about one hour a day, so a long flight east can upset sleep for a week.",
    ],
)
def test_figures_stated_on_their_own_are_claims(sentence: str) -> None:
    assert uncited_excerpts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Most people who get a cold feel better on their own.",
        "Most people who use our app love it.",
        "Increase your walking by ten minutes a day until you reach half an hour.",
        "You can move bedtime by about one hour a day before you travel.",
        "Our team grows by about two people a year.",
    ],
)
def test_advice_and_descriptions_are_not(sentence: str) -> None:
    assert uncited_excerpts(sentence) == []
