"""Numbered steps printed one to a line straight after a lead-in ending in a colon ("If
you've just been injured:" over "1. Encourage the wound to bleed …") are the lead-in's list:
their numbers are no marks citing the page's list of works, and the lead-in is not left
dangling. A mark after the colon ("… advises:²") leaves it a lead-in, as it does before
dashed bullets ("… recommends: (3)" over "- Start brushing …")."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = (
    "Sharps injuries\n\n"
    "A needlestick injury can pass on blood-borne viruses.[1]\n\n"
    "If you've just been injured:\n"
    "1. Encourage the wound to bleed gently under running water.\n"
    "2. Wash it with soap and warm water.\n"
    "3. Report it straight away to your manager.\n\n"
    "Report every injury, however small.[2]\n\n"
    "References\n"
    "1. UK Health Security Agency. Eye of the needle. 2022.\n"
    "2. Health and Safety Executive. Sharps guidance. 2013.\n"
)


def test_the_steps_after_a_lead_in_are_a_numbered_list() -> None:
    body = parse_page(PAGE).body
    assert "If you've just been injured:\n\n1. Encourage the wound" in body
    assert "\n2. Wash it with soap and warm water.\n3. Report it" in body
    assert "[3]" not in body


def test_their_numbers_cite_nothing_and_the_lead_in_has_its_list() -> None:
    found = page_findings(PAGE)
    assert codes(found, "citation-unresolved") == []
    assert codes(found, "dangling-lead-in") == []


def test_a_lead_in_with_its_mark_after_the_colon_still_leads_into_its_steps() -> None:
    page = PAGE.replace("If you've just been injured:\n", "The guidance advises:\u00b2\n")
    body = parse_page(page).body
    assert "advises [2]:\n\n1. Encourage" in body
    assert codes(page_findings(page), "citation-unresolved") == []


def test_dashed_bullets_after_a_lead_in_with_its_mark() -> None:
    page = PAGE.replace(
        "If you've just been injured:\n1. Encourage the wound to bleed gently under running water.\n"
        "2. Wash it with soap and warm water.\n3. Report it straight away to your manager.\n",
        "The guidance recommends: (2)\n- Wash it with soap and warm water.\n- Report it straight away.\n",
    )
    body = parse_page(page).body
    assert "- Wash it with soap and warm water.\n- Report it straight away." in body


def test_a_label_over_numbered_works_is_still_their_list() -> None:
    page = PAGE.replace("References\n", "Sources we used:\n")
    assert [r.number for r in parse_page(page).references] == [1, 2]
