"""Promotion in shapes read since round 21: a worry gone for good ("never worry about head lice
again"), the quickest way to a service in a place ("the fastest and simplest way to get a flu
jab in the UK"), praise against every other of a kind in the world ("the most advanced
hygiene standards of any gym chain in the world") and a hyphened best in a place ("the
best-equipped clinic in the region"); hype that influencers are said to claim and the page
then measures down; a heading whose promise the sentence under it makes again. And a risk or a
share stated as a fact of its own ("up to 2.5 times more likely", "more than 80% of …") is not
covered by a later citation in its paragraph."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, codes, refs, run


# Each promise beside a like shape of fact or advice that is not one.
@pytest.mark.parametrize(("promise", "near_miss"), [
    ("Sign up to LiceAway today and never worry about head lice again.",
     "Try not to worry about the odd missed dose."),
    ("With our annual plan you will never have to worry about missed check-ups again.",
     "Many parents worry about head lice again each autumn term."),
    ("QuickJab is the fastest and simplest way to get a flu jab in the UK.",
     "The easiest way to remove a tick is with fine tweezers."),
    ("Our studios have the most advanced hygiene standards of any gym chain in the world.",
     "Scotland has the highest rate of multiple sclerosis of any country in the world."),
    ("Our nurses are the best-equipped team in the region.",
     "It is one of the best-known causes of headaches in the UK."),
])
def test_open_promises_are_promotion(promise: str, near_miss: str) -> None:
    assert len(codes(run(promise + "\n", ()), "promotional-language")) == 1
    assert_not_promotion(near_miss)


def test_hype_influencers_claim_that_the_page_measures_down_is_not_its_own() -> None:
    body = "Influencers say cold plunges are a miracle cure for anxiety, but the evidence is far less convincing.\n"
    assert codes(run(body, ()), "promotional-language") == []


def test_a_heading_named_for_the_promise_below_it_is_not_a_second_finding() -> None:
    body = "## Our Smile Guarantee\n\nWith our Smile Guarantee, you are guaranteed straight teeth in six months.\n"
    found = codes(run(body, ()), "promotional-language")
    assert [f.excerpt for f in found] == ["With our Smile Guarantee, you are guaranteed straight teeth in six months."]


@pytest.mark.parametrize("figure", [
    "Smokers are up to 2.5 times more likely to lose teeth than non-smokers.",
    "Rotavirus causes more than 80% of diarrhoea outbreaks in nurseries.",
])
def test_a_rate_on_its_own_is_not_covered_by_a_later_citation(figure: str) -> None:
    body = f"{figure} A review of dental records found that most losses followed gum disease [1].\n"
    found = codes(run(body, refs(1), audience="patient"), "claim-uncited")
    assert [f.excerpt for f in found] == [figure]
