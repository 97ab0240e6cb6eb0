"""A body named an "Institution" ("The Royal National Lifeboat Institution found …") and a body
that "reviewed the evidence and found" name their source as a body that reports or
concludes does. Before, neither was read as a body speaking, so a sentence citing a paper by
others for what the body found went unchallenged."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "research", "Barwood MJ, Dalzell J, Datta AK, Tipton MJ. Breath-hold performance during cold water immersion. Aviat Space Environ Med. 2007;78:1029-34.", "", 2007),
    ReferenceData(2, "research", "Oranje AP, Devillers AC, Kunz B, et al. Treatment of patients with atopic dermatitis using wet-wrap dressings. J Eur Acad Dermatol Venereol. 2006;20:1277-86.", "", 2006),
    ReferenceData(3, "guideline", "Royal National Lifeboat Institution. Cold water shock: how to float to live. rnli.org, 2023.", "", 2023),
    ReferenceData(4, "guideline", "National Eczema Society. Wet wrapping: a guide for parents. eczema.org, 2022.", "", 2022),
)


def test_an_institution_that_found_against_a_paper_by_others_is_a_mismatch() -> None:
    body = "The Royal National Lifeboat Institution found that five short immersions can halve the cold shock response [1].\n"
    found = codes(run(body, REFS), "attribution-mismatch")
    assert [f.excerpt[:40] for f in found] == ["The Royal National Lifeboat Institution "]


def test_a_body_that_reviewed_the_evidence_against_a_paper_by_others_is_a_mismatch() -> None:
    body = "The National Eczema Society reviewed the evidence and found that wet wraps with a steroid work better [2].\n"
    found = codes(run(body, REFS), "attribution-mismatch")
    assert [f.excerpt[:40] for f in found] == ["The National Eczema Society reviewed the"]


def test_each_body_cited_to_its_own_work_holds() -> None:
    body = (
        "The Royal National Lifeboat Institution found that floating for a minute helps you survive [3]. "
        "The National Eczema Society reviewed the evidence and found that wet wraps help some children [4].\n"
    )
    assert codes(run(body, REFS), "attribution-mismatch") == []
