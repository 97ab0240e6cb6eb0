"""A newsletter's "Sources I used for this letter" over works by their authors, one of them with
a surname that begins with an accented capital ("Østerås N, Kjeken I, … 2017. Exercise for hand
osteoarthritis."), cited "(Østerås et al. 2017)": the list is the article's references and the
citation resolves. Before, the heading was not read as naming a list (only research, studies,
papers or works "used"), and neither an entry nor a citation could open with "Ø", so the page
had no references and its cited sentences were reported as claims without a source."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Open Hands Yoga\n\nHappy hands\n\n"
    "Osteoarthritis is the most common type of arthritis, and the hands are one of the places it "
    "affects most often (Kloppenburg and Kroon 2017). Hand exercises can improve pain a little "
    "(Østerås et al. 2017).\n\n"
    "Sources I used for this letter\n"
    "Kloppenburg M, Kroon FP. 2017. Hand osteoarthritis: current knowledge and new ideas. "
    "Scandinavian Journal of Rheumatology 46(sup129): 1–3.\n"
    "Østerås N, Kjeken I, Smedslund G, et al. 2017. Exercise for hand osteoarthritis. Cochrane "
    "Database of Systematic Reviews 1: CD010388.\n\n"
    "Namaste,\nBea\n"
)


def test_sources_i_used_with_an_accented_surname_are_the_references_and_cited() -> None:
    draft = parse_page(PAGE)
    assert [r.title[:8] for r in draft.references] == ["Kloppenb", "Østerås "]
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "claim-uncited") == []
    assert codes(found, "reference-uncited") == []
    assert codes(found, "citation-unresolved") == []
