"""A numbered work by a body may give its page's address instead of a year ("1. U.K. Health
Security Agency. Lyme disease. gov.uk/lyme"), and a body's name may open with dotted initials
("U.S. Food and Drug Administration"): such an entry still opens the page's list of works, so
the marks that cite it resolve and the list is not read as the article's text."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page
from workstation.importers.works_lists import numbered_work

TEXT = (
    "Ticks and Lyme disease\n\nTicks live in long grass and woodland.\u00b9 Remove a tick with "
    "fine tweezers as soon as you find it.\u00b9 A rash spreading from the bite is the most "
    "common early sign.\u00b2 Most people recover fully with antibiotics.\u00b3\n\n"
)
WORKS = (
    "U.K. Health Security Agency. Lyme disease: guidance for the public. gov.uk/lyme-disease",
    "Marsh OT, Quinlan R. Erythema migrans in primary care. Br J Gen Pract. 2020;70(3):120-6.",
    "Public Health Wales. Tick bites. phw.nhs.wales/ticks",
)


def test_a_body_work_ending_with_its_address_is_a_numbered_work() -> None:
    assert numbered_work("1. U.K. Health Security Agency. Lyme disease. gov.uk/lyme-disease")
    assert numbered_work("[3] Public Health Wales. Tick bites. https://phw.nhs.wales/ticks")


def test_a_numbered_sentence_ending_with_an_address_is_no_work() -> None:
    assert not numbered_work("1. Call us. We answer every day. Visit example.org/help")
    assert not numbered_work("2. Take the leaflet home and read it at gov.uk/lyme")


def test_a_resources_label_over_such_works_heads_the_list() -> None:
    page = TEXT + "Resources\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Marsh OT" not in draft.body
    assert codes(page_findings(page, audience="patient"), "citation-unresolved") == []


def test_a_spaced_resources_heading_over_such_works_heads_the_list() -> None:
    page = TEXT + "Resources\n\n" + "\n\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    assert [r.number for r in parse_page(page).references] == [1, 2, 3]
