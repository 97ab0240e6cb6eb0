"""A captured page's numbered list of works is read under whatever heading the site gives it
("Endnotes", "Further information", "Resources"), when its entries are works by their authors
or by bodies: its marks then resolve, and its entries are not taken for the article's text."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page

WORKS = (
    "Okafor BT, Lindqvist M. Cold water swimming and mood in winter. J Affect Disord. 2021;280:44-51.",
    "Royal Life Saving Society. Open water safety: a guide for swimmers. London: RLSS; 2020.",
    "Ferreira L, Hoang TT, et al. Cold shock responses in novice swimmers. Exp Physiol. 2019;104(3):312-20.",
)
TEXT = (
    "Winter swimming\n\nMany swimmers report a lift in mood after a cold dip [1]. Always swim "
    "where a lifeguard can see you [2]. The first minute in cold water is the most dangerous "
    "[3].\n\n"
)


def _findings(page: str) -> list:
    return page_findings(page, audience="patient")


def test_endnotes_printed_straight_over_bracketed_works_are_the_list() -> None:
    page = TEXT + "Endnotes\n" + "\n".join(f"[{n}] {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Okafor" not in draft.body and "Endnotes" not in draft.body
    assert codes(_findings(page), "citation-unresolved") == []


def test_a_resources_heading_over_numbered_works_heads_them() -> None:
    page = TEXT + "Resources\n\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    draft = parse_page(page)
    assert [r.title[:8] for r in draft.references] == ["Okafor B", "Royal Li", "Ferreira"]
    assert codes(_findings(page), "citation-unresolved") == []


def test_a_further_information_list_ends_with_its_numbered_entries() -> None:
    page = (
        TEXT + "Further information\n"
        + "\n".join(f"[{n}] {w}" for n, w in enumerate(WORKS, 1))
        + "\n[4] Outdoor Swimming Society: https://www.outdoorswimmingsociety.example\n"
    )
    assert [r.number for r in parse_page(page).references] == [1, 2, 3, 4]


def test_a_label_over_numbered_steps_is_not_a_list_of_works() -> None:
    page = (
        TEXT.replace(" [1]", "").replace(" [2]", "").replace(" [3]", "")
        + "Before you go\n1. Check the water temperature.\n2. Tell someone where you are.\n"
        + "3. Take warm clothes for afterwards.\n"
    )
    draft = parse_page(page)
    assert draft.references == ()
    assert "Tell someone where you are" in draft.body
