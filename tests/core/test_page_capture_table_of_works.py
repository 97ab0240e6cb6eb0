"""A list of works printed as a table under "References": one entry per body row, numbered as
its number cell says, the header and rule rows left out. Before, the header row became the
first reference and every later row, holding " | ", was taken for the site's line that ends a list."""

from __future__ import annotations

from workstation.importers.page_capture import parse_page

WORKS = (
    "Okafor B, Lind T. Evening light and melatonin in teenagers. Sleep Health. 2021;7(2):101-108.",
    "Haddad R, Quinn M. Screen curfews and school-night sleep. J Adolesc Health. 2019;64(3):330-336.",
)
PAGE = "Sleep and teenagers\n\nTeenagers need more sleep than adults [1]. Screens delay sleep [2].\n\nReferences\n\n"


def test_a_table_of_numbered_works_is_the_reference_list() -> None:
    table = "| No. | Reference |\n|---|---|\n" + "".join(f"| {n} | {w} |\n" for n, w in enumerate(WORKS, 1))
    draft = parse_page(PAGE + table)
    assert [(r.number, r.title) for r in draft.references] == [(1, WORKS[0]), (2, WORKS[1])]
    assert "| No. |" not in draft.body


def test_a_table_without_a_number_column_lists_its_works_in_order() -> None:
    table = "| Work |\n|:---|\n" + "".join(f"| {w} |\n" for w in WORKS)
    draft = parse_page(PAGE + table)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[1].title.startswith("Haddad R, Quinn M.")
