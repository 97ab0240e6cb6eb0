"""A number after an abbreviated limit ("Small groups, max 12") is the limit, not a citation
mark, even when the page lists that many works."""

from workstation.importers.trailing_citations import link_trailing_citations

LISTED = range(1, 13)


def test_a_group_size_after_max_is_not_a_citation():
    line = "Autumn fungi walks now booking · Small groups, max 12"
    assert link_trailing_citations(line, LISTED) == line


def test_a_minimum_after_min_is_not_a_citation():
    line = "Taster sessions run every Saturday, min 4."
    assert link_trailing_citations(line, LISTED) == line


def test_a_number_after_a_phrase_still_cites():
    assert link_trailing_citations("Most walkers eat wild mushrooms safely 4.", LISTED) == (
        "Most walkers eat wild mushrooms safely [4]."
    )
