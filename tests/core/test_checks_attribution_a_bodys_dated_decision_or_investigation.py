"""A body named with its dated work ("The Food Standards Agency's 2021 decision to …", "A 2019
Mountain Rescue Brigade investigation found …") gives its source in words: cited to another
body's or authors' work while the body's own work sits in another entry of the list, the
sentence cites the wrong work."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REVIEW = ReferenceData(1, "other", "Okafor T, Lee K. Caffeine in pregnancy: a review. BMJ. 2020;3(2):10-20.", "", None)
AGENCY = ReferenceData(2, "other", "Food Standards Agency. Caffeine limits in energy drinks: decision paper. 2021.", "", None)
GUIDE = ReferenceData(
    1, "other", "National Fire Chiefs Council. Smoke alarms in the home: guidance for fire services. 2020.", "", None
)
BRIGADE = ReferenceData(2, "other", "Northshire Fire Brigade. Fatal fires in the home 2015-2019. 2019.", "", None)


def _mismatched(sentence: str, refs: tuple[ReferenceData, ...]) -> list[int | None]:
    body = f"Some background for readers.\n\n{sentence}\n"
    return [f.reference for f in codes(run(body, refs, audience="patient"), "attribution-mismatch")]


def test_a_bodys_dated_decision_cited_to_a_review_is_a_mismatch() -> None:
    sentence = "The Food Standards Agency's 2021 decision to cap caffeine was based on new evidence [1]."
    assert _mismatched(sentence, (REVIEW, AGENCY)) == [1]
    assert _mismatched(sentence.replace("[1]", "[2]"), (REVIEW, AGENCY)) == []


def test_a_bodys_investigation_cited_to_another_bodys_guidance_is_a_mismatch() -> None:
    sentence = "A 2019 Northshire Fire Brigade investigation found that most of these homes had no working alarm [1]."
    assert _mismatched(sentence, (GUIDE, BRIGADE)) == [1]
    assert _mismatched(sentence.replace("[1]", "[2]"), (GUIDE, BRIGADE)) == []
