"""A list of works given by their addresses alone, numbered and printed straight under a
label: "Where this information comes from:" over "[1] https://www.nhs.uk/…". Before, the
label and its links were one paragraph and no list was read, so every citation on the page
was reported unresolved and the uncited link went unseen."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Fluoride varnish at school\n\n"
    "Fluoride varnish is a gel painted on to the teeth that helps to prevent decay [1]. "
    "Applying it twice a year can reduce decay in baby teeth by about a third [2]. "
    "Children who had a severe asthma attack in the last year should not have it [5].\n\n"
    "Yours faithfully,\nDr Helen Marsh\n\n"
    "Where this information comes from:\n"
    "[1] https://www.nhs.uk/conditions/fluoride/\n"
    "[2] https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD002279.pub2/full\n"
    "[3] https://www.nhs.uk/live-well/healthy-body/taking-care-of-childrens-teeth/\n"
    "\nWestshire Community Health NHS Trust · Accessibility | Privacy | Cookies\n"
)


def test_numbered_links_under_a_label_are_the_reference_list() -> None:
    draft = parse_page(PAGE)
    assert [(r.number, r.title) for r in draft.references][:1] == [(1, "https://www.nhs.uk/conditions/fluoride/")]
    assert len(draft.references) == 3
    assert "Where this information comes from" not in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert [f.excerpt[:20] for f in codes(findings, "citation-unresolved")] == ["Children who had a s"]
    assert [f.reference for f in codes(findings, "reference-uncited")] == [3]
