"""A list of works copied as a table without its outer bars: "# | Source | Year" over "1 |
American Optometric Association. … | 2023", one row to a line. Before, the rows were run
into one paragraph, read as a single entry, so every citation past [1] was unresolved and
an uncited row went unseen."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

PAGE = (
    "Do blue light glasses work?\n\n"
    "Screens can cause tired, dry or sore eyes and headaches [1]. "
    "The College of Optometrists says screen light does not damage the eyes [2]. "
    "A 2023 Cochrane review found that filtering lenses may make little difference [3].\n\n"
    "Sources\n"
    "# | Source | Year\n"
    "1 | American Optometric Association. Computer vision syndrome. aoa.org | 2023\n"
    "2 | College of Optometrists. Blue light and your eyes. college-optometrists.org | 2023\n"
    "3 | Singh S, Keller PR, Busija L, et al. Blue-light filtering spectacles for preventing digital eye strain. Cochrane Database of Systematic Reviews | 2023\n"
    "4 | Wahl S, Engelhardt M, Schaupp P, et al. The inner clock: blue light sets the human rhythm. Journal of Biophotonics | 2019\n"
    "\nFree UK delivery over £50 | 30-day returns | Pay in 3\n"
)


def test_rows_without_outer_bars_are_one_entry_each() -> None:
    draft = parse_page(PAGE)
    assert [r.number for r in draft.references] == [1, 2, 3, 4]
    assert draft.references[1].title.startswith("College of Optometrists. Blue light")
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "citation-unresolved") == []
    assert [f.reference for f in codes(findings, "reference-uncited")] == [4]
    assert "| 30-day returns |" not in draft.body  # the site's line of links stays a line
