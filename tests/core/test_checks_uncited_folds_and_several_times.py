"""A rise given as a fold in words ("have risen more than fivefold since 2010") and a risk
given as "several times" or "many times" more likely are statistics to cite, as "5-fold" and
"3 times more likely" are; a rise by a fold stands on its own, so a later citation in its
paragraph (for the advice that follows) does not cover it."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_a_rise_by_a_fold_in_words_is_a_statistic() -> None:
    found = uncited_excerpts("Hospital admissions for scooter injuries have risen more than fivefold since 2010.")
    assert len(found) == 1


def test_a_rise_by_a_fold_is_not_covered_by_the_advice_cited_after_it() -> None:
    found = uncited_excerpts(
        "Poisonings from button batteries have risen almost eightfold in recent years. "
        "A swallowed battery can burn through the food pipe within hours [1]."
    )
    assert len(found) == 1


def test_several_times_more_likely_is_a_statistic() -> None:
    found = uncited_excerpts("Untreated, people with the condition are several times more likely to lose their sight.")
    assert len(found) == 1
    assert len(uncited_excerpts("Smokers are many times more likely to develop the disease.")) == 1


def test_a_fold_and_several_times_in_plain_words_are_no_statistics() -> None:
    assert uncited_excerpts("Fold the bandage several times before you press it on the cut.") == []
    assert uncited_excerpts("The manifold benefits of walking are easy to enjoy.") == []
