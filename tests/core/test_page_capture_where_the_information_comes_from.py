"""A page's list of works under "Where the information comes from" (or "Where this
information comes from"), one author-year entry to a line, with bodies' entries dated in
brackets and then a full stop ("MHRA (2009). Title.", "NICE NG120 (2019). Title."): the
entries are the page's references and its author-year citations cite them. Before, the
heading named no list, a body's entry with a stop after its year opened no entry, and the
sentences citing "(Smith et al., 2014)" were reported as uncited claims."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Sore throats in winter\n\n"
    "Most sore throats get better within a week without treatment (NICE NG84, 2018).\n\n"
    "A review found that lozenges probably ease the pain for a couple of hours (Hale et al., 2020). "
    "The regulator advised against sprays for children under 6 (MHRA, 2012).\n\n"
    "Ask us\n"
    "Our pharmacists can help without an appointment.\n\n"
    "{heading}\n"
    "MHRA (2012). Throat sprays in children: new advice. Medicines regulator.\n"
    "NICE NG84 (2018). Sore throat (acute): antimicrobial prescribing. National Institute.\n"
    "Hale P, Osei K, Lund M (2020). Lozenges for sore throat. Cochrane Database of Systematic Reviews, Issue 2.\n\n"
    "Example Pharmacy Ltd. Privacy \u00b7 Terms\n"
)


def test_the_list_under_where_the_information_comes_from_is_read_and_cited() -> None:
    for heading in ("Where the information comes from", "Where this information comes from"):
        draft = parse_page(PAGE.format(heading=heading))
        assert len(draft.references) == 3, heading
        found = run(draft.body, draft.references, audience=draft.audience)
        assert codes(found, "claim-uncited") == [], heading
        assert codes(found, "citation-unresolved") == [], heading
        assert codes(found, "reference-uncited") == [], heading
        assert "Our pharmacists can help" in draft.body


def test_a_heading_about_information_over_prose_stays_text() -> None:
    page = PAGE.format(heading="Where the information comes from").split("MHRA (2012). Throat")[0]
    page += "We read the leaflets that come with each medicine. Ask us if unsure.\n"
    draft = parse_page(page)
    assert draft.references == ()
    assert "We read the leaflets" in draft.body
