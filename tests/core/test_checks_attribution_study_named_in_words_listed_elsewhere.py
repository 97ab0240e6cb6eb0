"""A study named in capitalised words ("The Global Burden of Disease study estimated …") whose
own paper the list prints under another number ("… analysis for the Global Burden of Disease
Study") than those the sentence cites: the sentence cites other works. Before, only names of a
trial's shape ("the HALT-MS study") were read as studies, so this went unreported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "research", "Rhee C, Dantes R, Epstein L, et al. Incidence and trends of sepsis in US hospitals using clinical vs claims data, 2009-2014. JAMA. 2017;318(13):1241-9.", "", 2017),
    ReferenceData(2, "research", "Rudd KE, Johnson SC, Agesa KM, et al. Global, regional, and national sepsis incidence and mortality, 1990-2017: analysis for the Global Burden of Disease Study. Lancet. 2020;395:200-11.", "", 2020),
    ReferenceData(3, "research", "Singer M, Deutschman CS, Seymour CW, et al. The Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3). JAMA. 2016;315(8):801-10.", "", 2016),
)


def _mismatched(sentence: str) -> list:
    return codes(run(sentence + "\n", REFS), "attribution-mismatch")


def test_a_study_whose_own_paper_is_listed_elsewhere_is_a_mismatch() -> None:
    found = _mismatched("The Global Burden of Disease study estimated 48.9 million cases of sepsis in a single year [1, 3].")
    assert len(found) == 1 and "Global Burden of Disease" in found[0].message


def test_the_study_cited_to_its_own_paper_or_with_no_paper_listed_holds() -> None:
    assert _mismatched("The Global Burden of Disease study estimated 48.9 million cases of sepsis in a single year [2].") == []
    assert _mismatched("The Million Women study found that sepsis was rare [1].") == []
