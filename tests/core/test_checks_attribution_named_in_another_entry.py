"""A sentence names its source, and that source is printed in another entry of the page's
list while the one it cites names it nowhere: "The National Audit of Hip Fractures found …
[2]" where entry 3 is "… the National Audit of Hip Fractures …" and entry 2 a guideline. And a
sentence names a laboratory study ("A laboratory study in Spain found …") while it cites only
a systematic review or meta-analysis of people. Both cite the wrong work. Before, neither was
reported: the vocabulary did not know the name, and a review bears out any "study"."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

GUIDE = ReferenceData(1, "other", "British Orthopaedic Association. Standards for the care of older people with fragility fractures. 2022.", "", None)
AUDIT = ReferenceData(2, "other", "Royal College of Physicians. Facing new challenges: the National Audit of Hip Fractures annual report. 2023.", "", None)
REVIEW = ReferenceData(
    1, "other",
    "Okafor T, Brennan J, Lai W, et al. Mouthwash use and oral health: a systematic review and meta-analysis. Lancet. 2021;3(2):e10-e20.",
    "", None,
)
LAB = ReferenceData(
    2, "other",
    "Ruiz P, Mendez L. Growth of oral bacteria on toothbrush bristles in vitro. Applied Microbiology. 2019;85(4):e01.",
    "", None,
)


def _mismatched(sentence: str, refs: tuple[ReferenceData, ...]) -> list[int | None]:
    body = f"Some background for readers.\n\n{sentence}\n"
    return [f.reference for f in codes(run(body, refs, audience="patient"), "attribution-mismatch")]


def test_a_body_named_in_another_entry_is_a_mismatch() -> None:
    sentence = "The National Audit of Hip Fractures found that many patients waited too long for surgery [1]."
    assert _mismatched(sentence, (GUIDE, AUDIT)) == [1]


def test_a_body_named_in_the_entry_it_cites_holds() -> None:
    sentence = "The National Audit of Hip Fractures found that many patients waited too long for surgery [2]."
    assert _mismatched(sentence, (GUIDE, AUDIT)) == []


def test_a_body_named_in_both_entries_holds() -> None:
    guide = ReferenceData(1, "other", "British Orthopaedic Association. Standards drawn from the National Audit of Hip Fractures. 2022.", "", None)
    sentence = "The National Audit of Hip Fractures found that many patients waited too long for surgery [1]."
    assert _mismatched(sentence, (guide, AUDIT)) == []


def test_a_laboratory_study_cited_to_a_review_is_a_mismatch() -> None:
    sentence = "A laboratory study in Spain found that bacteria grew faster on wet toothbrushes [1]."
    assert _mismatched(sentence, (REVIEW, LAB)) == [1]


def test_a_laboratory_study_cited_to_its_own_paper_holds() -> None:
    sentence = "A laboratory study in Spain found that bacteria grew faster on wet toothbrushes [2]."
    assert _mismatched(sentence, (REVIEW, LAB)) == []


def test_a_review_of_laboratory_studies_holds() -> None:
    sentence = "A review of laboratory studies found that bacteria grew faster on wet toothbrushes [1]."
    assert _mismatched(sentence, (REVIEW, LAB)) == []


def test_a_body_its_cited_entry_gives_by_initials_holds() -> None:
    guide = ReferenceData(1, "other", "NAHF standards for the care of older people with fragility fractures. 2022.", "", None)
    sentence = "The National Audit of Hip Fractures found that many patients waited too long for surgery [1]."
    assert _mismatched(sentence, (guide, AUDIT)) == []
