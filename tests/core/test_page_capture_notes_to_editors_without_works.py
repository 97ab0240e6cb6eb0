"""A press release's numbered "Notes to editors" that hold no work (the vaccine's name, where
the clinics are listed, the press office's number) are notes, not a list of works: nothing
there is a reference the page leaves uncited."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

RELEASE = """Mpox vaccine now available at all sexual health clinics

People who are eligible for mpox vaccination are being urged to book their two doses now, as the vaccine becomes available at every sexual health clinic in the region.

Notes to editors
1. The vaccine used in the programme is MVA-BN, sold as Imvanex.
2. Clinic locations and opening times are listed on the Sexual Health Services finder.
3. For media enquiries, contact the press office on 01632 960 900.

Contents | Accessibility statement | Cookies
"""

WITH_WORKS = """Heat and sleep in later life

Sleep was most efficient when the bedroom was between 20C and 25C [1].

Notes to editors
1. Baniassadi A, Manor B, Yu W, et al. Nighttime ambient temperature and sleep in community-dwelling older adults. Sci Total Environ. 2023;899:165623.
"""


def test_notes_with_no_work_are_no_list() -> None:
    assert parse_page(RELEASE).references == ()
    assert codes(page_findings(RELEASE), "reference-uncited") == []


def test_notes_that_hold_a_work_are_still_its_list() -> None:
    references = parse_page(WITH_WORKS).references
    assert [ref.number for ref in references] == [1]
    assert references[0].title.startswith("Baniassadi A")
