"""A lead-in ending in a colon over items numbered "1)", "2)" that open in lower case ("You will
meet:" over "1) a nurse who checks your blood pressure"): the items are its list, each one
an item of its own, not more words of one long sentence (which would read as hard to follow
and leave the lead-in without its list). Numbered lines in lower case with no lead-in above
stay as printed."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = """Your first visit to the memory clinic

What happens on the day
The visit takes about two hours. During the visit you will see:
1) a nurse, who checks your blood pressure and asks about your health
2) a doctor, who talks with you about your memory
3) an occupational therapist, who asks how you manage at home, and what would help

Please bring your glasses and hearing aids, and a list of your medicines.
"""


def test_lower_case_items_after_a_lead_in_are_its_list() -> None:
    body = parse_page(PAGE).body
    assert "you will see:\n\n1. a nurse" in body
    assert "\n2. a doctor, who talks" in body and "\n3. an occupational therapist" in body


def test_the_lead_in_has_its_list() -> None:
    assert codes(page_findings(PAGE), "dangling-lead-in") == []


def test_lower_case_numbered_lines_with_no_lead_in_are_left_in_their_paragraph() -> None:
    page = PAGE.replace("During the visit you will see:", "During the visit you will see three people.")
    body = parse_page(page).body
    assert "\n1. a nurse" not in body
