"""A citation in parentheses after a figure that ends its sentence ("… in those over 65 (3).",
"… in people aged 40 to 74 (1).") cites as it does after a word: the sentence is not uncited,
and it is compared with the work it cites. A year and a page's count of its own items read as
before."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = """Hearing loss in later life

How common is it?
Hearing loss becomes much more common with age, and it affects most people over 70 (1).
Screening is offered to people aged 40 to 74 (2). Hearing aids help most people who use
them every day (1).

References
(1) Smith JA, Lee K. Age-related hearing loss in adults. Lancet. 2019;12(3):45-67.
(2) National Screening Committee. Adult hearing screening. 2021.
"""


def test_a_mark_after_a_figure_that_ends_the_sentence_is_read() -> None:
    body = parse_page(PAGE).body
    assert "over 70 [1]." in body
    assert "aged 40 to 74 [2]." in body


def test_the_sentences_are_cited_and_every_work_is() -> None:
    findings = page_findings(PAGE)
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "citation-unresolved") == []


def test_counts_of_a_pages_own_items_are_not_marks() -> None:
    body = parse_page("A page\n\nAnswered questions (61)\n\nSee more.\n").body
    assert "(61)" in body
    assert "[2022]" not in parse_page("A page\n\nThe leaflet was last updated in May (2022).\n").body
