"""A short line printed straight over a paragraph given whole on one line ("Shingles in later
life" over "Around 1 in 3 people …") is the paragraph's heading, not its first words."""

from __future__ import annotations

from tests.core.checks_support import codes
from workstation.checks import run_checks
from workstation.importers.page_capture import parse_page

PAGE = (
    "Shingles: a guide for older adults\n\n"
    "Shingles in later life\n"
    "Around 1 in 3 people will have shingles in their lifetime, and it can come back more than "
    "once if the immune system is weakened by illness or treatment.\n\n"
    "Our vaccine clinic\n"
    "Our nurses have vaccinated more than 3,000 residents of Eastfield since the programme began, "
    "and appointments are available every weekday.\n"
)


def test_a_short_line_over_a_one_line_paragraph_is_its_heading() -> None:
    body = parse_page(PAGE).body
    assert "## Shingles in later life\n\nAround 1 in 3 people" in body
    assert "## Our vaccine clinic\n\nOur nurses" in body


def test_a_finding_quotes_its_sentence_without_the_heading() -> None:
    draft = parse_page(PAGE)
    found = codes(
        run_checks(title=draft.title, body=draft.body, audience="patient", references=()),
        "claim-uncited",
    )
    assert [f.excerpt[:20] for f in found][:1] == ["Around 1 in 3 people"]


def test_a_lead_in_before_a_heading_given_over_its_paragraph_names_that_heading() -> None:
    page = (
        "Flu jabs at the surgery\n\n"
        "To book, please do one of the following:\n\n"
        "Walk-in clinics\n"
        "There is no walk-in clinic this year, so every flu vaccination needs an appointment made "
        "in advance with reception.\n"
    )
    draft = parse_page(page)
    found = codes(
        run_checks(title=draft.title, body=draft.body, audience="patient", references=()),
        "dangling-lead-in",
    )
    assert len(found) == 1 and "Walk-in clinics" in found[0].message

