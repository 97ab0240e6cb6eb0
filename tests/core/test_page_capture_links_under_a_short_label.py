"""Numbered links printed straight under a short label ("Links", "Sources used") are the page's
list of works, as they are under a longer one ("Where this information comes from:"). Before,
a label of up to four words was read as a list's own name ("Contents" over "1. Introduction")
and only numbered works by their authors or bodies made it a heading, so the links stayed
text and every citation on the page was reported unresolved, each link among them."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Pollen and thunderstorms\n\n"
    "During some thunderstorms, pollen grains are broken into tiny pieces by moisture.[1] "
    "The largest recorded event was in Melbourne in November 2016.[2]\n\n"
    "Take your preventer inhaler every day as prescribed.[3] "
    "Children under five should see their GP first.[5]\n\n"
    "Our forecast is updated twice a day.\n\n"
    "Links\n"
    "[1] https://www.asthmaandlung.org.uk/conditions/asthma/triggers/thunderstorms\n"
    "[2] https://www.health.vic.gov.au/research-and-reports/thunderstorm-asthma-event\n"
    "[3] https://www.nhs.uk/conditions/asthma/asthma-attack/\n"
    "[4] https://www.bmj.com/content/309/6957/752\n"
    "\nWas this page helpful? Yes | No\n"
)


def test_numbered_links_under_links_are_the_reference_list() -> None:
    draft = parse_page(PAGE)
    assert [r.number for r in draft.references] == [1, 2, 3, 4]
    assert draft.references[0].title.startswith("https://www.asthmaandlung.org.uk/")
    assert "https://" not in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert [f.excerpt[:20] for f in codes(findings, "citation-unresolved")] == ["Children under five "]
    assert [f.reference for f in codes(findings, "reference-uncited")] == [4]


def test_a_short_label_over_numbered_sections_is_still_text() -> None:
    draft = parse_page(
        "Living with eczema\n\nThis guide covers three things.\n\nContents\n"
        "1. What eczema is\n2. How to treat it\n3. When to see a doctor\n\n"
        "Eczema is common in children and often improves with age.\n"
    )
    assert not draft.references
