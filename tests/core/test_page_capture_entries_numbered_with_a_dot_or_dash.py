"""A list of works whose entries print their number with a middle dot after it ("2 · Smith JA.
… 2019.") or a long dash after "ref. 2" ("ref. 2 — NHS. … 2021."): each line is one entry, so
the page's marks cite the works they number."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

DOTTED = """Cracked heels: what helps

Thick skin on the heel splits more easily when it dries out [1]. A urea cream used twice a
day softens it within a fortnight in most people [2]. Diabetes makes deep cracks more
serious, so ask your podiatrist to look at them [3].

Further help
Book a foot check with our clinic team.

Sources
1 · Hashmi F, Nester C. The effect of a urea cream on dry heels. Journal of Foot Care, 2015.
2 · Pan M, Heinecke G. Topical urea for hyperkeratosis. Dermatology Reviews, 2013.
3 · Diabetes UK. Looking after your feet. 2022.

Contact | Privacy | Terms
"""

DASHED = """Hand washing on the ward

Alcohol rub kills most germs on the hands in 20 seconds (ref. 1). Soap and water are
needed when hands look dirty (ref. 2). Gloves do not replace washing your hands (ref. 3).

References
ref. 1 — World Health Organization. Guidelines on hand hygiene in health care. 2009.
ref. 2 — National Institute for Health and Care Excellence. Infection prevention and control. 2017.
ref. 3 — Royal College of Nursing. Glove use and the skin. 2018.

Intranet help | Report a problem
"""


def test_entries_numbered_with_a_middle_dot_are_read_one_to_a_line() -> None:
    draft = parse_page(DOTTED)
    assert [ref.number for ref in draft.references] == [1, 2, 3]
    assert draft.references[2].title.startswith("Diabetes UK")
    assert "·" not in draft.references[1].title


def test_entries_labelled_ref_with_a_long_dash_are_read_one_to_a_line() -> None:
    draft = parse_page(DASHED)
    assert [ref.number for ref in draft.references] == [1, 2, 3]
    assert draft.references[1].title.startswith("National Institute")


def test_the_marks_resolve_on_both_pages() -> None:
    for page in (DOTTED, DASHED):
        findings = page_findings(page)
        assert codes(findings, "citation-unresolved") == []
        assert codes(findings, "reference-uncited") == []


def test_a_site_line_set_apart_by_dots_is_not_an_entry() -> None:
    page = DOTTED.replace("Contact | Privacy | Terms", "Leaflet 12 · Version 3 · Review date 2027")
    assert [ref.number for ref in parse_page(page).references] == [1, 2, 3]
