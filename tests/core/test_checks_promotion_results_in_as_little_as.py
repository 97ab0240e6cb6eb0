"""A product's result promised "in as little as" a few weeks ("Just one shake a day reverses
muscle loss in as little as two weeks") is hype, as "in just days" is; a plain time to heal
("most sprains heal in two to six weeks") is not."""

from __future__ import annotations

from tests.core.checks_support import assert_not_promotion, assert_promotes


def test_a_result_in_as_little_as_some_weeks_is_hype() -> None:
    assert_promotes(
        "Just one shake a day reverses muscle loss in as little as two weeks.",
        "reverses muscle loss in as little as two weeks",
    )
    assert_promotes("Our serum restores your skin in as little as 7 days.", "restores your skin in as little as 7 days")


def test_a_time_to_heal_is_not() -> None:
    assert_not_promotion("Most ankle sprains heal in two to six weeks.")
    assert_not_promotion("Symptoms can appear in as little as two weeks after the bite.")
