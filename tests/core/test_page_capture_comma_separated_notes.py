"""A list of works printed as numbered notes whose parts are set apart by commas, the year last
and no full stop ("1 NHS England, Health Survey for England, 2022 Part 1, 2024"), as a
parliamentary briefing prints them under "Notes". Before, the list was not read at all: a page
with glued marks after the full stop ("overweight.1") had no reference list, so every figure
it cited was reported uncited, a mark past the list went unreported and its uncited notes were
missed."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Obesity medicines\n\n"
    "In 2022, 29% of adults in England were living with obesity.1 In the STEP 1 trial, adults "
    "lost 14.9% of their body weight over 68 weeks.2 Most regain two-thirds of it within a "
    "year of stopping.4\n\n"
    "Notes\n"
    "1 NHS England, Health Survey for England, 2022 Part 1, 2024\n"
    "2 Wilding JPH, Batterham RL, Calanna S, et al., Once-weekly semaglutide in adults with "
    "overweight or obesity, New England Journal of Medicine, 2021\n"
    "3 Office for Health Improvement and Disparities, National Child Measurement Programme, 2024\n"
    "\nDisclaimer: This briefing is not advice.\n"
)


def test_numbered_notes_with_commas_and_the_year_last_are_the_reference_list() -> None:
    draft = parse_page(PAGE)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[1].title.startswith("Wilding JPH, Batterham RL")
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "claim-uncited") == []
    assert [f.excerpt[:20] for f in codes(found, "citation-unresolved")] == ["Most regain two-thir"]
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]
