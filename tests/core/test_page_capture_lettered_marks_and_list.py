"""A page that letters its marks and its list of works ("… fingers.[a]", "[a] National
Institute for …") reads as numbered by the entries' places: [a] is 1, [b] is 2, and "[a][d]"
cites 1 and 4. A letter in brackets on a page with no lettered list is left alone."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.lettered_marks import number_lettered_marks
from workstation.importers.page_capture import parse_page

PAGE = (
    "Looking after your hands at work\n\n"
    "Frequent washing can damage the skin's barrier and cause contact dermatitis.[a]\n\n"
    "In a survey of more than 2,000 hospital workers, around 1 in 5 reported hand eczema in "
    "the previous year.[b] Alcohol hand rub is gentler on the skin than soap and water.[a][c]\n\n"
    "References\n"
    "[a] National Institute for Health and Care Excellence. Dermatitis: contact. 2023.\n"
    "[b] Ibler KS, Jemec GBE, Agner T. Hand eczema in a population of 2274 healthcare workers. "
    "Contact Dermatitis. 2012;67(4):200-207.\n"
    "[c] World Health Organization. WHO guidelines on hand hygiene in health care. 2009.\n"
)


def test_the_lettered_list_is_numbered_by_place() -> None:
    refs = parse_page(PAGE).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[1].title.startswith("Ibler KS")


def test_the_lettered_marks_cite_the_entries_they_name() -> None:
    body = parse_page(PAGE).body
    assert "contact dermatitis.[1]" in body and "previous year.[2]" in body
    assert "soap and water.[1, 3]" in body or "soap and water.[1][3]" in body


def test_nothing_is_uncited_nor_unresolved() -> None:
    found = page_findings(PAGE)
    assert codes(found, "reference-uncited") == [] and codes(found, "citation-unresolved") == []
    assert codes(found, "claim-uncited") == []


def test_letters_without_a_lettered_list_stay() -> None:
    lines = ["Option [a] is the first.", "References", "1. NHS. Dermatitis. 2023."]
    assert number_lettered_marks(lines) == lines
    lines = ["It helps.[a]", "[a] NHS. Dermatitis. 2023."]
    assert number_lettered_marks(lines) == lines  # a single entry is no list
