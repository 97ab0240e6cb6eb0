"""Bullets under a heading that names a list of works ("Evidence"), most of them works by
bodies ("• NHS. Osteoporosis. nhs.uk, 2022."). Before, bullets headed a list only when two of
them were works by their authors, so this list was not read and every superscript citation
on the page was reported unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Osteoporosis: the facts\n\n"
    "Osteoporosis weakens bones, so they break more easily.\u00b9 "
    "The US Preventive Services Task Force recommends screening women aged 65 and over.\u00b2\n\n"
    "Prices\nDEXA scan with written report: £149\n\n"
    "Evidence\n"
    "\u2022 NHS. Osteoporosis. nhs.uk, 2022.\n"
    "\u2022 US Preventive Services Task Force. Screening for osteoporosis to prevent fractures. JAMA. 2018;319(24):2521-2531.\n"
    "\u2022 Wells GA, Cranney A, Peterson J, et al. Alendronate for the prevention of osteoporotic fractures. Cochrane Database Syst Rev. 2008;(1):CD001155.\n"
    "\nBoneCheck Mobile Ltd. Terms | Privacy | Cookies\n"
)


def test_bullets_of_works_by_bodies_under_evidence_are_the_reference_list() -> None:
    draft = parse_page(PAGE)
    assert [r.title.split(".")[0] for r in draft.references] == [
        "NHS", "US Preventive Services Task Force", "Wells GA, Cranney A, Peterson J, et al",
    ]
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "citation-unresolved") == []
    assert [f.reference for f in codes(findings, "reference-uncited")] == [3]
