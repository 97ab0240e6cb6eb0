"""A shop's guarantee for a period ("a 7-day health guarantee", "a 30-day money-back
guarantee") is its terms of sale, not a promise about health; a guarantee of a result is
still hype."""

from __future__ import annotations

from tests.core.checks_support import promotion_excerpts


def test_a_guarantee_for_a_period_is_terms_of_sale() -> None:
    assert promotion_excerpts(
        "All our captive-bred reptiles come with a free care sheet, a 7-day health guarantee and a "
        "follow-up phone call."
    ) == []
    assert promotion_excerpts("Every order comes with our 30-day money-back guarantee.") == []


def test_a_guaranteed_result_is_still_hype() -> None:
    assert promotion_excerpts("Our mouthguard is guaranteed to prevent knocked-out teeth.") != []
    assert promotion_excerpts(
        "Clearer skin is guaranteed, and every kit comes with a 30-day money-back guarantee."
    ) != []
