"""Absolute promises a seller makes of its own: a place or product wholly safe from a named
harm ("totally tick-safe"), its customers who never come to harm, a condition cleared for good,
a product that works after a single use, a service as the quickest and safest way to be
treated, and a product the only one a profession trusts. Advice in the same words is not."""

from __future__ import annotations

from tests.core.checks_support import assert_not_promotion, promotion_excerpts


def test_wholly_safe_from_a_named_harm_is_a_promise() -> None:
    assert promotion_excerpts("Our holiday cottages are totally tick-safe for the whole family.") != []


def test_customers_who_never_come_to_harm_is_a_promise() -> None:
    assert promotion_excerpts("Thanks to our nets, our travellers never get stung on a trip.") != []


def test_a_condition_cleared_for_good_is_a_promise() -> None:
    assert promotion_excerpts("Dermaclear lotion clears stubborn eczema for good.") != []
    assert promotion_excerpts("This spray cures athlete's foot for good.") != []


def test_working_after_a_single_use_is_a_promise() -> None:
    assert promotion_excerpts("Our lice lotion works in just one application.") != []
    assert promotion_excerpts("The serum works after only a single use.") != []


def test_the_quickest_and_safest_way_to_be_treated_is_a_promise() -> None:
    assert promotion_excerpts("Our walk-in clinic is the quickest and safest way to get seen for a sprain.") != []


def test_the_only_product_a_profession_trusts_is_a_promise() -> None:
    assert promotion_excerpts("It is the only mouthwash that hygienists trust for sensitive gums.") != []
    assert promotion_excerpts("This is the only insole podiatrists recommend for flat feet.") != []


def test_advice_in_the_same_words_is_not() -> None:
    assert_not_promotion("No repellent is completely safe for babies under two months.")
    assert_not_promotion("Most people who quit smoking for good needed several tries.")
    assert_not_promotion("The quickest way to get help is to call 999.")
    assert_not_promotion("Children who never get vaccinated are at higher risk of measles.")
    assert_not_promotion("Ask which treatment your doctor trusts for your type of eczema.")
    assert_not_promotion("Antibiotics usually work in a few days.")
