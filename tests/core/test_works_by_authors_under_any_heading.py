"""A page may print its list of works by their authors, one to a paragraph, under a heading of
its own choosing ("Clinical evidence", "What the research says"). Two works by their authors
in a row under a heading make it the list: its entries are the page's references, the
author-year citations in the text resolve against them, and what follows the list is the
page's text again."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page


def _page(heading: str) -> str:
    return (
        "Shockwave therapy for heel pain\n\n"
        "Does it work?\n"
        "In a randomised trial, 61% of people with plantar fasciitis had less heel pain after shockwave "
        "therapy, compared with 42% given a sham treatment (Brandt et al., 2018). A later review found "
        "similar results across nine trials (Osei and Lind, 2021).\n\n"
        f"{heading}\n"
        "Brandt K, Moreau C, Ito T, et al. (2018). Radial shockwave therapy for chronic plantar "
        "fasciitis: a randomised sham-controlled trial. Foot and Ankle International, 39(4), 410-418.\n"
        "Osei A, Lind P. (2021). Extracorporeal shockwave therapy for heel pain: a systematic review. "
        "Journal of Foot Research, 14, 22.\n\n"
        "Individual results vary. Ask your podiatrist whether this treatment suits you.\n"
    )


def test_works_by_their_authors_under_a_heading_of_its_own_are_the_references() -> None:
    draft = parse_page(_page("Clinical evidence"))
    assert [r.title[:7] for r in draft.references] == ["Brandt ", "Osei A,"]
    assert "Brandt K, Moreau" not in draft.body
    assert "Individual results vary." in draft.body


def test_the_author_year_citations_resolve() -> None:
    findings = page_findings(_page("What the research says"))
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "citation-unresolved") == []


def test_a_single_paragraph_opening_with_a_name_is_no_list() -> None:
    page = (
        "Heel pain\n\nWhat to expect\n"
        "Rest and stretching help most people within a few months, and shoes with a cushioned heel "
        "take the pressure off while it heals.\n\n"
        "About the author\n"
        "Brandt K, podiatrist (2018 graduate). Works at the clinic on Mondays.\n\n"
        "Book an appointment online or by phone.\n"
    )
    assert parse_page(page).references == ()
