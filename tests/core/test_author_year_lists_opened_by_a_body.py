"""Author-year (Harvard, APA) lists of works printed one to a line under "References", whose
first entry is a body's work with its year straight after the name: "NICE. (2005). Title.",
"Royal Society of Medicine in Practice (RSMP) (2021) Title." (a body's name may hold "in").
The list is read entry by entry, so the author-year citations in the text resolve."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page
from workstation.importers.works_lists import work_entry

WORKS = (
    "Okafor, N., Lind, P. and Marsh, T. (2019) Pelvic floor exercises after childbirth. "
    "Journal of Women's Health Physiotherapy, 12(2), pp. 40-48.",
    "Ito, K. & Brandt, S. (2021). Bladder training for urge incontinence: a review. Neurourology, 40(3), 210-219.",
)


def _page(first: str) -> str:
    return (
        "Pelvic floor exercises\nContinence Team\n\n"
        "Why exercise?\n"
        "Daily pelvic floor exercises reduce leaks after childbirth (Okafor, Lind and Marsh 2019). "
        "Bladder training helps many people with urgency (Ito & Brandt, 2021). "
        "Everyone should be offered a supervised course first (RSMP 2021).\n\n"
        "References\n" + "\n".join((first, *WORKS)) + "\n\n"
        "This leaflet is available in large print.\n"
    )


BODY_FIRSTS = (
    "Royal Society of Medicine in Practice (RSMP) (2021) Continence care in the community. London: RSMP.",
    "RSMP. (2021). Continence care in the community (Guideline CG9). Royal Society of Medicine in Practice.",
)


def test_a_bodys_entry_with_its_year_after_its_name_opens_a_list() -> None:
    for first in BODY_FIRSTS:
        assert work_entry(first), first


def test_each_entry_of_the_list_is_a_reference() -> None:
    for first in BODY_FIRSTS:
        refs = parse_page(_page(first)).references
        assert [r.title[:6] for r in refs] == [first[:6], "Okafor", "Ito, K"], first


def test_author_year_citations_resolve_against_the_list() -> None:
    for first in BODY_FIRSTS:
        findings = page_findings(_page(first))
        assert codes(findings, "citation-unresolved") == [], first
        assert codes(findings, "reference-uncited") == [], first


def test_a_sentence_naming_a_place_in_a_year_is_no_entry() -> None:
    assert not work_entry("Clinics in Leeds (2019) saw more patients than ever.")
