"""A service's own count of whom it serves ("Every year we help hundreds of people on
dialysis") is its account of itself, not a statistic to cite; a count of whom a treatment
helped still is."""

from tests.core.checks_support import uncited_excerpts


def test_a_travel_agents_own_count_is_not_a_claim_to_cite():
    paragraph = (
        "Every year we help hundreds of people on dialysis, and their families, take breaks in the UK and abroad."
    )
    assert uncited_excerpts(paragraph) == []


def test_a_clinics_count_of_families_it_has_helped_is_not_a_claim_to_cite():
    paragraph = "Colic is hard for new parents, and at our clinic we have helped hundreds of families find calm again."
    assert uncited_excerpts(paragraph) == []


def test_a_count_of_whom_a_vaccine_saved_is_still_a_claim():
    assert uncited_excerpts("The vaccine has saved thousands of children in the last decade.") != []
