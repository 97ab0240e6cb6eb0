"""A bulletin's citations printed as "[Ref 1]" before the full stop, under a table of works
("Ref | Source | Year"): citations of those works, so the works listed are cited and a mark
past the list ("[Ref 4]" under three) is reported unresolved. Before, "[Ref n]" was read as
text: every listed work was reported uncited, every cited figure as a claim without a source,
and the mark past the list went unreported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Pneumococcal vaccine\n\n"
    "People aged 65 and over are more likely to become seriously ill [Ref 1]. It is free on the "
    "NHS for everyone aged 65 and over [Ref 2].\n\n"
    "Some residents worry that the jab can give you pneumonia, but it cannot [Ref 4].\n\n"
    "References\n"
    "Ref | Source | Year\n"
    "1 | NHS. Pneumococcal vaccine. nhs.uk | 2023\n"
    "2 | UK Health Security Agency. Immunisation against infectious disease, chapter 25 | 2023\n"
    "3 | Moberley S, Holden J. Vaccines for preventing pneumococcal infection in adults. "
    "Cochrane Database of Systematic Reviews 2013 | 2013\n"
)


def test_bracketed_ref_marks_cite_the_works_listed_and_one_past_the_list_is_unresolved():
    draft = parse_page(PAGE)
    assert [r.number for r in draft.references] == [1, 2, 3]
    found = run(draft.body, draft.references, audience=draft.audience)
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]
    assert codes(found, "claim-uncited") == []
    unresolved = codes(found, "citation-unresolved")
    assert [(f.reference, f.excerpt[:26]) for f in unresolved] == [(4, "Some residents worry that ")]
