"""A byline's count beside its icon ("Words by Oathaus Nutrition · 4 min read · ♡ 212", "💬 18")
is a count of likes or comments, not a citation. Before, the number after the heart was read as
a trailing citation mark, and reported as one the list of works does not hold."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page
from workstation.importers.trailing_citations import link_trailing_citations

LIST = (
    "References\n"
    "1. NHS. Lactose intolerance. nhs.uk, 2023.\n"
    "2. Storhaug CL, Fosse SK, Fadnes LT. Country, regional, and global estimates for lactose "
    "malabsorption. Lancet Gastroenterol Hepatol. 2017;2(10):738-746.\n"
)


def test_a_count_beside_an_icon_is_no_citation() -> None:
    assert link_trailing_citations("Words by Oathaus · 4 min read · \u2661 212", {1, 2}) == (
        "Words by Oathaus · 4 min read · \u2661 212"
    )
    assert link_trailing_citations("Posted in Gut health \U0001f4ac 18", {1, 2}) == "Posted in Gut health \U0001f4ac 18"
    # a number after a word still cites
    assert link_trailing_citations("It was published in 2017 2.", {1, 2}) == "It was published in 2017 [2]."


def test_a_bylines_heart_count_is_not_reported_unresolved() -> None:
    draft = parse_page(
        "OATHAUS\n\nThe Oat Journal / Wellbeing\n\nLactose intolerance: what's really going on?\n"
        "Words by Oathaus Nutrition · 4 min read · \u2661 212\n\n"
        "Most adults worldwide lose some ability to digest lactose [2]. The NHS lists bloating "
        "and wind as common symptoms [1].\n\n" + LIST
    )
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "citation-unresolved") == []
