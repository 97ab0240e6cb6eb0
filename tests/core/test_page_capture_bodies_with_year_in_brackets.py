"""An author-year list of works, one to a line, that opens with works by bodies whose year is
in brackets after their name ("Cancer Research UK (2023) Sun, UV and cancer."). Before, such
a line was not read as a work, so the whole list was run into one entry and the citations
"(Cancer Research UK, 2023)" and "(Green & Williams, 2011)" were reported unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Sun safety on the course\n\n"
    "The face, ears and neck take the most sun (Cancer Research UK, 2023). "
    "Use a sunscreen of at least SPF 30 (British Association of Dermatologists, 2023). "
    "People who used sunscreen every day had fewer melanomas (Green & Williams, 2011).\n\n"
    "References\n"
    "British Association of Dermatologists (2023) Sun awareness: sunscreen fact sheet. London: BAD.\n"
    "Cancer Research UK (2023) Sun, UV and cancer. cancerresearchuk.org.\n"
    "Green AC, Williams GM, Logan V, Strutton GM (2011) Reduced melanoma after regular sunscreen use. Journal of Clinical Oncology 29(3): 257-263.\n"
    "\nHollins Park Golf Club, est. 1908 · Member login · Cookie policy\n"
)


def test_bodies_dated_in_brackets_are_entries_of_their_own() -> None:
    draft = parse_page(PAGE)
    assert [r.title.split(" (")[0] for r in draft.references] == [
        "British Association of Dermatologists", "Cancer Research UK", "Green AC, Williams GM, Logan V, Strutton GM",
    ]
    assert codes(run(draft.body, draft.references, audience=draft.audience), "citation-unresolved") == []
