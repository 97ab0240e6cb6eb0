"""A list of works under "Sources and further reading", by authors and by bodies known by their
initials with the year after the name ("NHS (2023) Earwax build-up."). Before, the heading was
not read as a list's name and "NHS (2023) …" did not open an entry, so no list was read: the
page's "(NICE 2018)" and "(Aaron et al. 2018)" cited nothing and their sentences were
reported as claims without a source."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Ear wax removal at home\n\n"
    "Ear wax usually works its way out on its own (NICE 2018). "
    "Hearing aid users and older people are more likely to get blocked ears (NICE 2018).\n\n"
    "Olive oil drops can soften the wax so it comes out by itself (NHS 2023). "
    "A Cochrane review found too little good evidence to say which ear drops work best (Aaron et al. 2018).\n\n"
    "Sources and further reading\n"
    "Aaron K, Cooper TE, Warner L, Burton MJ (2018) Ear drops for the removal of ear wax. "
    "Cochrane Database of Systematic Reviews, Issue 7, CD012171.\n"
    "NHS (2023) Earwax build-up. nhs.uk.\n"
    "NICE (2018) Hearing loss in adults: assessment and management (NG98).\n"
    "\nPrices from £55 for one ear · Privacy · Cookies\n"
)


def test_the_list_under_sources_and_further_reading_is_read() -> None:
    draft = parse_page(PAGE)
    assert [r.title.split(" (")[0] for r in draft.references] == ["Aaron K, Cooper TE, Warner L, Burton MJ", "NHS", "NICE"]
    assert "Sources and further reading" not in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "reference-uncited") == []
