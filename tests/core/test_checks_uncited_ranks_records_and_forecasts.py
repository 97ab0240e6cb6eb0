"""Rankings, records, trends and forecasts are claims to cite: "the worst rate of fatal injury
of any major industry", "the fastest-growing genetic condition in the UK", "one of the three
leading causes of sudden death", "at their highest level since records began", "By 2050, half
the world's population will …". Stated of their subject on their own, before a citing sentence
of the paragraph about something else, they are not covered by it ("Major trauma is the leading
cause of death in people under 45.", "… now contain twice as much MDMA as they did ten years
ago."). Before, the first five read as no claim at all and the last two as covered."""

from __future__ import annotations

import pytest

from tests.core.checks_support import uncited_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "Agriculture has the worst rate of fatal injury of any major industry in Great Britain.",
        "Sickle cell disease is the fastest-growing genetic condition in the UK.",
        "Exertional heat stroke is one of the three leading causes of sudden death in young athletes.",
        "Drug deaths in England and Wales are at their highest level since records began.",
        "By 2050, half the world's population will be short-sighted.",
    ],
)
def test_rankings_records_and_forecasts_are_claims(sentence):
    found = uncited_excerpts(sentence)
    assert len(found) == 1 and found[0].startswith(sentence[:30]), found


@pytest.mark.parametrize(
    ("stated", "cited"),
    [
        ("Major trauma is the leading cause of death in people under 45.",
         "Getting to a major trauma centre quickly improves the chance of survival [1]."),
        ("Drug deaths in England and Wales are at their highest level since records began.",
         "The statistics office reported 4,907 deaths from drug poisoning in 2022 [1]."),
        ("Ecstasy pills sold in the UK now contain twice as much MDMA as they did ten years ago.",
         "Pills can also contain other substances that look the same [1]."),
    ],
)
def test_a_ranking_or_trend_on_its_own_is_not_covered_by_a_later_citation(stated, cited):
    found = uncited_excerpts(f"{stated} {cited}")
    assert any(excerpt.startswith(stated[:30]) for excerpt in found), found
