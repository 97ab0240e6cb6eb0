"""Captured pages: marks printed one against the next ("… in mice.[2][3]") cite both works; a
bracketed entry after a skipped number is the next entry whoever it is by ("[6] NHS. … 2023.");
a note of who reviewed the page ends its list of works; and a footer saying the page is for
healthcare professionals, after the list, sets its audience."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

TEXT = (
    "Vitamin D in winter\n\n"
    "Most of the vitamin D we make comes from summer sunlight.[1] Levels fall through the "
    "winter months in northern countries.[2][3]\n\n"
)


def _findings(page: str) -> list:
    return page_findings(page)


def test_marks_printed_one_against_the_next_cite_both_works() -> None:
    page = TEXT + (
        "References\n[1] Webb AR, Kline L. Vitamin D synthesis in summer. Photochem Photobiol. 2019;95:12-18.\n"
        "[2] Okafor T, Berg S. Winter vitamin D levels. Nutrients. 2020;12:330.\n"
        "[3] Lindahl P, Wu J. Latitude and vitamin D. BMJ Open. 2021;11:e04.\n"
    )
    assert "months in northern countries.[2, 3]" in parse_page(page).body
    assert codes(_findings(page), "reference-uncited") == []


def test_a_bracketed_entry_after_a_skipped_number_is_the_next_entry() -> None:
    page = TEXT.replace("[2][3]", "[2]") + (
        "References\n[1] Webb AR, Kline L. Vitamin D synthesis in summer. Photochem Photobiol. 2019;95:12-18.\n"
        "[2] Scientific Advisory Committee on Nutrition. Vitamin D and health. London; 2016.\n"
        "[4] NHS. Vitamin D. 2023.\n"
    )
    refs = parse_page(page).references
    assert [r.number for r in refs] == [1, 2, 4]
    assert refs[1].title.endswith("London; 2016.")


def test_a_note_of_who_reviewed_the_page_ends_its_list_of_works() -> None:
    page = TEXT.replace("[2][3]", "(Okafor & Berg, 2020)").replace(".[1]", " (Webb & Kline, 2019).") + (
        "References\nOkafor T, Berg S. Winter vitamin D levels. Nutrients. 2020;12:330.\n"
        "Webb AR, Kline L. Vitamin D synthesis in summer. Photochem Photobiol. 2019;95:12-18.\n\n"
        "Reviewed by the Sunnyside Nutrition editorial team, January 2025.\n"
    )
    assert len(parse_page(page).references) == 2
    assert codes(_findings(page), "reference-uncited") == []


def test_a_footer_for_healthcare_professionals_after_the_list_sets_the_audience() -> None:
    page = TEXT + (
        "References\n[1] Webb AR, Kline L. Vitamin D synthesis in summer. Photochem Photobiol. 2019;95:12-18.\n"
        "[2] Okafor T, Berg S. Winter vitamin D levels. Nutrients. 2020;12:330.\n"
        "[3] Lindahl P, Wu J. Latitude and vitamin D. BMJ Open. 2021;11:e04.\n\n"
        "This site is intended for healthcare professionals only. © 2025 MedBrief Ltd | Terms\n"
    )
    assert parse_page(page).audience == "clinician"
