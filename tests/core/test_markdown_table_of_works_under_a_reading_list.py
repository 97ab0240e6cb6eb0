"""A Markdown page whose list of works is a table under a heading that may only hold it ("##
Reading list" over "| # | Source |" and rows "| 1 | Reason JT, Brand JJ (1975). … |"): the
table's rows are the article's references, so its author-year citations resolve, an uncited
row is reported uncited and a citation of a work in no row unresolved. Before, only a section
that opened with a work was read under such a heading, and a table's header row is no work:
the page had no references, and every cited sentence was reported as a claim without a source."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers import parse_markdown

PAGE = (
    '---\ntitle: "VR and motion sickness"\nsite: "Halcyon XR"\n---\n\n'
    "Women and people who get car sick are more likely to be affected (Stanney et al. 2020). "
    "The most accepted explanation is sensory conflict (Reason & Brand 1975).\n\n"
    "Most people get used to VR over several sessions (Kemeny et al. 2020).\n\n"
    "## Reading list\n\n"
    "| # | Source |\n|---|--------|\n"
    "| 1 | Reason JT, Brand JJ (1975). *Motion Sickness*. London: Academic Press. |\n"
    "| 2 | Stanney K, Lawson BD, Rokers B, et al. (2020). Identifying causes of cybersickness. "
    "*International Journal of Human–Computer Interaction* 36(19): 1783–1803. |\n"
    "| 3 | Saredakis D, Szpak A, et al. (2020). Factors associated with virtual reality sickness. "
    "*Frontiers in Human Neuroscience* 14: 96. |\n\n"
    "*© 2025 Halcyon XR Ltd.*\n"
)


def test_a_table_of_works_under_a_reading_list_is_the_articles_references() -> None:
    draft = parse_markdown(PAGE)
    assert [(r.number, r.title[:8]) for r in draft.references] == [
        (1, "Reason J"), (2, "Stanney "), (3, "Saredaki")
    ]
    assert "| 1 |" not in draft.body
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "claim-uncited") == []
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]
    assert [f.excerpt[:20] for f in codes(found, "citation-unresolved")] == ["Most people get used"]


def test_a_table_that_is_not_of_works_under_such_a_heading_stays_in_the_body() -> None:
    text = PAGE.split("## Reading list")[0] + (
        "## Reading list\n\n| Book | Shelf |\n|---|---|\n| Calm travel | B2 |\n| Sea legs | C4 |\n"
    )
    draft = parse_markdown(text)
    assert draft.references == () and "Sea legs" in draft.body
