"""A body's work dated "(2007, updated 2023)" straight after its name, on its own line in a
list of works by their authors: "National Institute for Health and Care Excellence (2007,
updated 2023) Atopic eczema in under 12s". Before, only "(2023)" opened such an entry, so the
body's work was run into the entry above it and "(NICE, 2007)" in the text was reported
unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Wet wrapping for eczema\n\n"
    "Wet wraps help the skin hold moisture overnight (Devillers and Oranje, 2006).\n\n"
    "Take the wraps off if the skin looks infected and contact your GP the same day "
    "(NICE, 2007).\n\n"
    "Studies mentioned in this video\n"
    "Devillers AC, Oranje AP (2006) Efficacy and safety of wet-wrap dressings. "
    "British Journal of Dermatology 154(4): 579–585.\n"
    "National Institute for Health and Care Excellence (2007, updated 2023) Atopic eczema in "
    "under 12s: diagnosis and management (CG57).\n"
    "\nThis video is for information only.\n"
)


def test_a_body_dated_and_updated_opens_its_own_entry() -> None:
    draft = parse_page(PAGE)
    assert len(draft.references) == 2
    assert draft.references[1].title.startswith("National Institute for Health and Care Excellence")
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []
