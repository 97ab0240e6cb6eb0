"""A numbered list printed straight under a short label with no blank line between ("Five
rules for the hill walk" over "1. Stop if you feel dizzy.") is the label and its steps, not
one paragraph: the steps' numbers are not read as marks citing the page's list."""

from __future__ import annotations

from workstation.checks import run_checks
from workstation.importers.page_capture import parse_page

PAGE = (
    "Heat on the hill: advice for walkers\n\n"
    "Heat exhaustion is common on summer walks, and older walkers are at more risk "
    "(Okafor & Lind, 2019). Drinking before you feel thirsty helps (Mountain Safety Council, "
    "2022).\n\n"
    "Five rules for the hill walk\n"
    "1. Stop if you feel dizzy.\n"
    "2. Drink before you feel thirsty.\n"
    "3. Rest in the shade at midday.\n"
    "4. Tell your leader about any symptoms, however mild.\n\n"
    "Booking\n"
    "Walks must be booked a week ahead through the club office or the members' app.\n\n"
    "References\n"
    "Mountain Safety Council (2022). Walking in hot weather. Edinburgh: MSC.\n"
    "Okafor, B.N., & Lind, S. (2019). Heat illness in hill walkers. Journal of Outdoor Health, 7(2), 33–41.\n"
)


def test_the_steps_under_a_label_are_no_marks() -> None:
    draft = parse_page(PAGE)
    assert "[1]" not in draft.body and "[4]" not in draft.body
    found = run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)
    assert [f.excerpt for f in found if f.code == "citation-unresolved"] == []


def test_the_label_stays_apart_from_its_first_step() -> None:
    body = parse_page(PAGE).body
    assert "Five rules for the hill walk\n" in body
    assert "Stop if you feel dizzy." in body


def test_a_lead_in_with_a_colon_stays_with_its_steps() -> None:
    page = PAGE.replace("Five rules for the hill walk\n", "How to stay safe on the hill:\n")
    draft = parse_page(page)
    found = run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)
    assert [f.excerpt for f in found if f.code == "dangling-lead-in"] == []
