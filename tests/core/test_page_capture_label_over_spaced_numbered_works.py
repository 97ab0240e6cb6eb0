"""A short label ("Links:") printed over a blank line and then the numbered works a post cites
("[1] Smith JA, et al. … 2017."): the list's heading, so the post's "[1]" marks cite its works."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

PAGE = """Fungal nails: what works?

Quick summary of the evidence, with links at the bottom:

Tablets. Terbinafine tablets are the usual first choice for toenail fungus [2]. A
Cochrane review of oral antifungals found that terbinafine was clearly better than
placebo at clearing the fungus [1].

Whatever you choose, a big toenail takes 12 to 18 months to grow out fully [2], so
judge the result then.

Links:
[1] Kreijkamp-Kaspers S, et al. Oral antifungal medication for toenail onychomycosis.
    Cochrane Database of Systematic Reviews 2017.
[2] NICE Clinical Knowledge Summaries: Fungal nail infection. Last revised 2023.

Thanks, that's really helpful. Going to take the tablets and book the blood test.

Pages: [1] 2 3   Next »
Reply  |  Subscribe to thread  |  Report post
"""


def test_the_label_heads_the_numbered_works_after_a_blank_line() -> None:
    draft = parse_page(PAGE)
    assert [ref.number for ref in draft.references] == [1, 2]
    assert draft.references[0].title.startswith("Kreijkamp-Kaspers S, et al.")
    assert "Kreijkamp" not in draft.body


def test_the_posts_marks_resolve() -> None:
    findings = page_findings(PAGE)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []


def test_a_label_over_one_numbered_line_is_not_a_list() -> None:
    page = "A page\n\nSteps:\n\n1. Wash your hands with soap and water for 20 seconds.\n\nDone.\n"
    assert parse_page(page).references == ()
