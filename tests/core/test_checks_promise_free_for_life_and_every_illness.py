"""Two promises of a health outcome: a body kept free of a disease for life ("your
children's teeth will stay cavity-free for life") and protection from every illness of a
kind ("you'll be fully protected against Zika and every other travel illness"). Advice that
says what protection does not do is no promise."""

from __future__ import annotations

from tests.core.checks_support import assert_not_promotion, promotion_excerpts


def test_free_of_a_disease_for_life_is_a_promise() -> None:
    assert promotion_excerpts("With SmileCover Family, your children's teeth will stay cavity-free for life.") != []


def test_protection_from_every_illness_is_a_promise() -> None:
    assert promotion_excerpts(
        "With our Single Trip Plus, you'll be fully protected against Zika and every other travel illness."
    ) != []


def test_protection_advice_is_not() -> None:
    assert_not_promotion("Condoms do not protect you from every infection, so test regularly.")
    assert_not_promotion("The vaccine protects against four types of meningococcal bacteria.")
    assert_not_promotion("Most people who stop smoking for a year stay smoke-free.")
