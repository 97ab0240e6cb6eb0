"""An entry of an unnumbered list of works that ends with its web address or DOI, not a full
stop, ends there: the next line is the next entry, so a citation of that entry by its authors
resolves."""

from __future__ import annotations

from tests.core.checks_support import codes
from workstation.checks import run_checks
from workstation.importers.page_capture import parse_page

PAGE = (
    "Hearing tests for older adults\n\n"
    "Hearing loss often goes unnoticed for years (Royal National Institute for Deaf People, "
    "2022). Fitting hearing aids early may slow the decline in memory that comes with it "
    "(Ferrand & Lindqvist, 2020).\n\n"
    "References\n"
    "Royal National Institute for Deaf People. Facts and figures. 2022. "
    "https://rnid.example.org/facts-and-figures\n"
    "Ferrand P, Lindqvist M, Osei K, et al. Hearing aids and memory in later life. "
    "Age Ageing. 2020;49:112-19.\n"
)


def test_an_entry_ending_with_its_address_is_one_entry_of_the_list() -> None:
    draft = parse_page(PAGE)
    assert [r.title[:8] for r in draft.references] == ["Royal Na", "Ferrand "]


def test_a_citation_of_the_entry_after_it_resolves() -> None:
    draft = parse_page(PAGE)
    found = run_checks(title=draft.title, body=draft.body, audience="patient", references=draft.references)
    assert codes(found, "citation-unresolved") == []


def test_an_entry_ending_with_a_doi_is_one_entry_of_the_list() -> None:
    page = PAGE.replace("https://rnid.example.org/facts-and-figures", "doi:10.1000/rnid.2022.7")
    assert len(parse_page(page).references) == 2
