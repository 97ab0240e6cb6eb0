"""A list of works by their authors under the heading "Reading", printed one to a line with no
blank line between, that holds a body's work dated straight after its name ("Mountain Rescue
England and Wales. 2024. Annual incident report 2023."). Before, "Reading" did not head a list
of works, so every citation by author and year on the page was read against no list, and the
body's work was run into the entry before it."""

from __future__ import annotations

from tests.core.checks_support import run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Hypothermia\n\n"
    "Teams are called to cold walkers every winter (Mountain Rescue England and Wales, 2024). "
    "The Wilderness Medical Society recommends that a cold person is handled gently (Dow et al., 2019). "
    "Shivering stops below 32\u00b0C (Brown et al., 2012).\n\n"
    "Reading\n"
    "Brown DJA, Brugger H, Boyd J, Paal P. 2012. Accidental hypothermia. N Engl J Med 367(20):1930-1938.\n"
    "Dow J, Giesbrecht GG, Danzl DF, et al. 2019. Wilderness Medical Society clinical practice guidelines for accidental hypothermia. Wilderness Environ Med 30(4):S47-S69.\n"
    "Mountain Rescue England and Wales. 2024. Annual incident report 2023.\n"
    "\nThe team is a registered charity. Donate | Privacy\n"
)


def test_works_under_reading_with_a_body_dated_first_are_the_reference_list() -> None:
    draft = parse_page(PAGE)
    assert [r.title.split(".")[0] for r in draft.references] == [
        "Brown DJA, Brugger H, Boyd J, Paal P",
        "Dow J, Giesbrecht GG, Danzl DF, et al",
        "Mountain Rescue England and Wales",
    ]
    assert run(draft.body, draft.references, audience=draft.audience) == []
