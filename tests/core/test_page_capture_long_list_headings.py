"""A heading of several words printed straight over a list's first numbered work ("Documents
and studies referred to in this report" over "[1] …") heads the list: the list is read, its
marks resolve and its entries are not taken for the page's text."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

TEXT = (
    "Annual infection control report\n\n"
    "Hand hygiene audits were carried out on every ward this year [1]. Cases of C. difficile "
    "fell after the antibiotic review [2]. Two outbreaks of norovirus closed beds in winter [3].\n\n"
)
WORKS = (
    "[1] Westbrook Community Hospital. Hand hygiene audit report 2023. Paper 4, Annex B.",
    "[2] Okoro AN, Brandt L, Hughes PT, et al. Antibiotic stewardship and C. difficile. "
    "J Hosp Infect. 2021;110:12-19.",
    "[3] UK Health Security Agency. Norovirus outbreaks in hospitals: winter 2022. London; 2023.",
)


def _page(heading: str) -> str:
    return TEXT + heading + "\n" + "\n".join(WORKS) + "\n\nDownload the full report (PDF, 2 MB)\n"


def _findings(page: str) -> list:
    return page_findings(page, audience="patient")


def test_a_seven_word_heading_over_bracketed_works_heads_the_list() -> None:
    page = _page("Documents and studies referred to in this report")
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Okoro" not in draft.body
    assert codes(_findings(page), "citation-unresolved") == []


def test_a_long_heading_with_a_colon_and_an_ampersand_heads_the_list() -> None:
    page = _page("Papers & data sources used for this annual report:")
    assert [r.number for r in parse_page(page).references] == [1, 2, 3]
    assert codes(_findings(page), "citation-unresolved") == []

