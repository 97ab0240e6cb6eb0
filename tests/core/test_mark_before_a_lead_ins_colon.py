"""A lead-in may carry its citation mark in parentheses before its colon: "Ask for an urgent
appointment if you notice any of these (3):" over its list. The mark cites the work, as "(3)"
before a full stop does, so the work is cited and the lead-in still leads into its list. A
step's label ("Step (2): rinse") in the middle of a line is no mark."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.parenthesised_citations import link_parenthesised_citations

PAGE = """Skin checks at home

Check your skin once a month in good light (1). Ask for an urgent appointment if you notice any of these (2):
- a new mole that keeps growing
- a sore that does not heal within a month

References
1. Ward P, Hale S. Skin self-examination in primary care. Br J Dermatol. 2020;182(4):900-906.
2. British Association of Dermatologists. Skin cancer: signs to look for. 2022.
"""


def test_a_mark_before_the_lead_ins_colon_is_linked() -> None:
    assert link_parenthesised_citations("any of these (2):", frozenset({1, 2})) == "any of these [2]:"


def test_the_work_it_cites_is_cited_and_the_lead_in_has_its_list() -> None:
    findings = page_findings(PAGE)
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "dangling-lead-in") == []


def test_a_label_inside_a_line_is_no_mark() -> None:
    text = "Step (2): rinse the cut under running water."
    assert link_parenthesised_citations(text, frozenset({1, 2})) == text
