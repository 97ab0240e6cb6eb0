"""Promotion in shapes read only now: "… for good" after "ditch", "lose" or "transform",
building while you sleep, zero risk, results from the very first go, "all night, every
night", a "…-free cure", "massively boosts your chances", a place's cheapest, nature's own
cure, and a second promise a sentence goes on to with a participle."""

from __future__ import annotations

import pytest

from tests.core.checks_support import promotion_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "Ditch those painful knee injections for good.",
        "Clients shed the extra pounds for good.",
        "This cushion will transform your posture forever.",
        "Our shake helps you tone your arms while you sleep.",
        "The peel carries zero risk for sensitive skin.",
        "Clients notice a difference from the very first session.",
        "The balm keeps lips soft all day, every day.",
        "Cold water swimming is a drug-free cure for low mood.",
        "Our fertility tea massively boosts your odds of a pregnancy.",
        "Quickfix is the country's cheapest hearing test.",
        "Manuka honey is nature's own antibiotic.",
    ],
)
def test_a_promise_in_a_shape_read_now_ispromotion_excerpts(sentence):
    assert promotion_excerpts(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Few people who lose weight keep it off for good without support.",
        "Results from the first trial were published in 2019.",
        "Muscles repair themselves while you sleep.",
        "The patch is the fastest-acting on the market, including for children, with no smell.",
    ],
)
def test_plain_statements_in_near_shapes_are_left_alone_or_found_once(sentence):
    assert len(promotion_excerpts(sentence)) <= (1 if "market" in sentence else 0)
