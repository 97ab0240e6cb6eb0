"""A citation number glued to a word at a sentence's end, one the list lacks ("… after their
first birthday5." under a list of four), on a page that cites with marks glued to words the list
has ("… preventing measles2."): a citation of a number the list lacks, reported unresolved.
Before, only a glued number the list had was read as a mark, so this one stayed printed and
nothing was reported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

LIST = (
    "References\n"
    "1. Smith JA, Lee K. Measles in Europe. Lancet. 2019;393:100-110.\n"
    "2. McLean HQ, Fiebelkorn AP. Prevention of measles. MMWR. 2013;62:1-34.\n"
)


def _unresolved(paragraph: str) -> list[str]:
    draft = parse_page(f"Measles\n\n{paragraph}\n\n{LIST}")
    found = run(draft.body, draft.references, audience=draft.audience)
    return [f.excerpt for f in codes(found, "citation-unresolved")]


def test_a_glued_number_past_the_list_is_an_unresolved_citation_where_the_text_glues_its_marks():
    found = _unresolved(
        "Two doses are about 97% effective at preventing measles2. Infants who get an early dose "
        "still need two more doses after their first birthday3."
    )
    assert [excerpt[:30] for excerpt in found] == ["Infants who get an early dose "]
    # a name with a number, and a number far past the list, are not marks
    assert _unresolved(
        "Two doses are about 97% effective at preventing measles2. Fish oil is rich in omega3. "
        "The ward is on level 40 of the tower block40."
    ) == []
