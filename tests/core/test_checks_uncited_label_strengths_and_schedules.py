"""What a label prints and how often a treatment is given are no statistics to cite.

A strength a product's label states ("choose ciders labelled 0.0%", "wines of up to 0.5% may be
labelled low alcohol") is the rule or the product, not a share of anyone studied; a treatment's
schedule ("It usually means two or three sessions a week", "four classes a week") is how it
is given. Before, each was reported as an uncited statistic. A share of people, a count of
events a year, and a strength stated as a finding about drinkers still are."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_a_strength_on_a_label_is_no_statistic() -> None:
    assert uncited_excerpts("If you are driving, choose ciders labelled 0.0%.") == []
    assert uncited_excerpts("Wines of up to 0.5% may be labelled low alcohol, so read the bottle.") == []
    assert uncited_excerpts("Only spirits of 37.5% or more can be sold as vodka here.") == []


def test_a_treatment_schedule_is_no_rate() -> None:
    assert uncited_excerpts("Phototherapy is offered in hospital. It usually means two or three sessions a week for several months.") == []
    assert uncited_excerpts("The programme runs as four classes a week over eight weeks.") == []


def test_shares_and_rates_of_people_are_still_claims() -> None:
    assert uncited_excerpts("About 30% of drinkers choose low-alcohol beer in January.") != []
    assert uncited_excerpts("Children get six to eight colds a year.") != []
    assert uncited_excerpts("Around 12% of adults attend two sessions a week of exercise.") != []
