"""Promises in long or joined shapes: a superlative a long way before "you will ever find", an
ancient secret, a life unlocked, a world-class example that sets the standard for all, a lead on
mainstream medicine and a clock stopped; and a promise that goes on after a comma with what it
does is one finding, not two halves."""

from __future__ import annotations

import pytest

from tests.core.checks_support import promotion_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "Our gentle technique is quite simply the quickest, most reliable cure for back ache "
        "you could ever hope for.",
        "Our ancient Himalayan secrets calm the mind and soothe the gut.",
        "This six-week plan will unlock a stress-free life.",
        "The new ward is a world-class model of care.",
        "Our hospice's approach sets the standard for every care home in the county.",
        "Our nutrition plans are years ahead of conventional medicine.",
        "A daily scoop of our powder is stopping the clock on wrinkles.",
        "Our coaching lets you tap into limitless potential.",
    ],
)
def test_a_long_or_joined_promise_is_promotion(sentence: str) -> None:
    assert promotion_excerpts(sentence) != []


def test_a_promise_that_goes_on_after_a_comma_is_one_finding() -> None:
    found = promotion_excerpts(
        "Our gel is the fastest-acting on the market, soothing gums in seconds and keeping "
        "them comfortable all night, every night."
    )
    assert len(found) == 1 and found[0].startswith("Our gel is the fastest-acting")
