"""A mark in parentheses a space after the full stop cites after a figure ("… free for
children under 18. (4)", "… about 99%. (3)") as after a word; numbered steps after full
stops are still no marks."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.parenthesised_citations import link_parenthesised_citations

PAGE = (
    "Baby teeth\n\n"
    "Tooth decay is the most common reason young children are admitted to hospital. (1)\n\n"
    "NHS dental check-ups are free for children under 18. (2)\n\n"
    "Sources\n"
    "(1) Public Health England. Hospital tooth extractions in 0 to 19 year olds. 2021.\n"
    "(2) NHS. Taking care of children's teeth. nhs.uk, 2023.\n"
)


def test_a_mark_after_a_figures_stop_cites() -> None:
    assert link_parenthesised_citations("free for children under 18. (2)", frozenset({2})) == (
        "free for children under 18.[2]"
    )
    assert link_parenthesised_citations("cure rates of about 99%. (3) Then", frozenset({3})) == (
        "cure rates of about 99%.[3] Then"
    )


def test_the_entry_so_cited_is_cited() -> None:
    assert codes(page_findings(PAGE), "reference-uncited") == []


def test_steps_after_figures_are_no_marks() -> None:
    text = "Rest it for 48. (1) Ice it for 20. (2) Raise it."
    assert link_parenthesised_citations(text, frozenset({1, 2})) == text
