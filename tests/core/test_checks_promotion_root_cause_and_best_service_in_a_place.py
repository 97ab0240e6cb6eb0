"""Two promises a provider makes of its own offer: its programme as "the only protocol that
gets to the root cause" of an illness, and itself as "the best hand surgery and
rehabilitation unit in the region" (a long name for the service, ranked in a place, read as
"the best clinic in the country" is). A fact about causes or a place stays a fact."""

from __future__ import annotations

from tests.core.checks_support import assert_not_promotion, codes, run
from workstation.checks.promotional import hype_terms


def assert_promotes(text: str, part: str) -> None:
    """Some hype term the rule reads in ``text`` holds ``part``."""
    found = hype_terms(text)
    assert any(part in term.lower() for term in found), found


def _promotion(sentence: str) -> list:
    return codes(run(sentence + "\n", (), audience="patient"), "promotional-language")


def test_the_only_offer_that_reaches_the_root_cause_is_promotion() -> None:
    assert_promotes("My Gut Rebuild Plan is the only approach that gets to the root cause of eczema.", "root cause")
    assert_promotes("Ours is the only method which truly addresses the underlying root cause of migraine.", "root cause")


def test_a_root_cause_named_as_fact_is_no_promotion() -> None:
    assert_not_promotion("Finding the root cause of anaemia matters more than the iron tablets.")
    assert_not_promotion("Smoking is the only risk factor that doubles the risk in both sexes.")


def test_a_service_with_a_long_name_ranked_in_a_place_is_promotion() -> None:
    assert_promotes("We are the best hand surgery and rehabilitation unit in the region.", "in the region")
    assert_promotes("They run the finest sports injury physiotherapy clinic in the country.", "in the country")


def test_a_best_way_or_a_places_figure_is_no_promotion() -> None:
    assert_not_promotion("The best way to lower your blood pressure in the UK diet is to eat less salt.")
    assert_not_promotion("Waiting times for the hand surgery unit in the region have grown.")


def test_a_sentence_joining_both_promises_gives_one_finding_for_each() -> None:
    found = _promotion(
        "My Gut Rebuild Plan is the only approach that gets to the root cause of eczema, "
        "and my clients see guaranteed results in 14 days or their money back."
    )
    assert len(found) == 2
