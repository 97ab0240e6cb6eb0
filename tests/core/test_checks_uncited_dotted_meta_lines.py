"""A page's line of facts about itself, its items set apart by middle dots ("Health desk · 4
min read · Shared 2,310 times"), is the site's furniture, as a line set apart by bars is: its
counts are no claims to cite. A sentence of prose with a figure still is."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_a_dotted_meta_line_under_the_title_is_furniture() -> None:
    assert uncited_excerpts("*Family Health desk \u00b7 4 min read \u00b7 Shared by 2,310 parents*") == []
    assert uncited_excerpts("Parents' Guides \u00b7 5 min read \u00b7 Liked by 1,950 readers") == []


def test_a_figure_in_prose_is_still_a_claim() -> None:
    found = uncited_excerpts("About 2,310 parents a year take a child to hospital after a fall.")
    assert len(found) == 1
