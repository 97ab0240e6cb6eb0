"""Attribution of bodies the vocabulary knows only now (the DVLA, the UK's Chief Medical
Officers), each against a paper by others, and of the British Journal of Sports Medicine
for its own paper (not read as the journal "Medicine"); and a sentence whose mark is printed straight
after its full stop ends there, so the next one's source is its own."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

OTHERS = (
    ReferenceData(1, "research", "Sleep duration and road traffic accidents in a Swedish cohort", "Sleep", 2019),
    ReferenceData(2, "research", "Gluten thresholds and symptoms in adults with coeliac disease", "Gut", 2015),
)


def _mismatches(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, OTHERS, audience="patient"), "attribution-mismatch")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The DVLA found that tired drivers crash more often [1].",
        "The Chief Medical Officers also recommend a break every two hours of driving [1].",
    ],
)
def test_a_body_named_as_the_source_of_a_paper_by_others_is_a_mismatch(sentence: str) -> None:
    assert _mismatches(f"Driving and diet.\n\n{sentence}\n") != []


def test_a_mark_after_the_full_stop_ends_its_sentence() -> None:
    body = (
        "Driving and diet.\n\nTired drivers crash more often, a Swedish cohort found.[1] The DVLA "
        "found that tired drivers crash more often.[2]\n"
    )
    found = _mismatches(body)
    assert [excerpt[:9] for excerpt in found] == ["The DVLA "]


def test_the_british_journal_of_sports_medicine_named_for_its_own_paper_matches() -> None:
    bjsm = (ReferenceData(1, "other", "Ryan K, Dale P. Hamstring injuries in sprinters. Br J Sports Med. 2018;52(3):150-155.", "", None),)
    body = "Sprinting.\n\nA review in the British Journal of Sports Medicine found that hamstring injuries recur [1].\n"
    assert codes(run(body, bjsm, audience="patient"), "attribution-mismatch") == []
