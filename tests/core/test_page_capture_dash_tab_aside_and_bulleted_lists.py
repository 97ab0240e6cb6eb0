"""Lists of works in four more shapes captured pages print them: entries numbered with a dash
("1 – NHS. Stroke: symptoms. …") under a heading of the page's own words, a table copied with
tabs under "Research we refer to" ("Ref / Study / Published in / Year"), "[1] …" entries under
a heading with a note after the list's name ("Sources (numbers in the post above)") and works
by their authors as bullets under a short label ("The science"). Before, none of these lists
was read: every mark on their pages was left unresolved and their uncited entries missed."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

TEXT = (
    "Sprained ankles\n\nMost sprains heal within six weeks [1]. A brace halves the risk of a "
    "second sprain [2].\n\n"
)
FOOTER = "\nContact us | Privacy | Cookies\n"


def _unresolved(page: str) -> list:
    draft = parse_page(page)
    return codes(run(draft.body, draft.references, audience=draft.audience), "citation-unresolved")


def test_entries_numbered_with_a_dash_are_the_reference_list() -> None:
    page = TEXT + (
        "Where our information comes from\n"
        "1 – NHS. Sprains and strains. nhs.uk, 2024.\n"
        "2 – Haldane P, Moss R. Taping and bracing after an ankle sprain. Physiotherapy. 2023;110:12-19.\n"
        "3 – Chartered Society of Physiotherapy. Ankle advice. 2022.\n"
    ) + FOOTER
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[0].title.startswith("NHS. Sprains and strains.")
    assert "Where our information" not in draft.body
    assert _unresolved(page) == []


def test_a_tab_table_under_research_we_refer_to_is_the_reference_list() -> None:
    page = TEXT + (
        "Research we refer to\n"
        "Ref\tStudy\tPublished in\tYear\n"
        "1\tOkonjo T, Berg L. Ankle sprains in five-a-side football\tInjury Prevention\t2022\n"
        "2\tHaldane P, Moss R. Taping and bracing after an ankle sprain\tPhysiotherapy\t2023\n"
    ) + "\nThis guide is for general information." + FOOTER
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "Published in" not in draft.body
    assert "This guide is for general information." in draft.body
    assert _unresolved(page) == []


def test_bracketed_entries_under_a_heading_with_a_note_after_its_name() -> None:
    page = TEXT + (
        "Sources (numbers in the post above)\n"
        "[1] Okonjo T, Berg L. Ankle sprains in five-a-side football. Inj Prev. 2022;28(4):301-307.\n"
        "[2] National Institute for Health and Care Excellence. Sprains and strains. 2023.\n"
        "[3] Koopman JSHA, Dieleman JP. Taping in sport. Pain. 2009;147(1-3):122-127.\n"
    ) + FOOTER
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "numbers in the post above" not in draft.body
    assert _unresolved(page) == []
    found = run(draft.body, draft.references, audience=draft.audience)
    assert [f.reference for f in codes(found, "reference-uncited")] == [3]


def test_works_by_their_authors_as_bullets_under_a_short_label() -> None:
    page = TEXT + (
        "The science\n"
        "\u2022 Okonjo T, Berg L. Ankle sprains in five-a-side football. Inj Prev. 2022;28(4):301-307.\n"
        "\u2022 Haldane P, Moss R. Taping and bracing after an ankle sprain. Physiotherapy. 2023;110:12-19.\n"
    ) + FOOTER
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "The science" not in draft.body
    assert _unresolved(page) == []
    advice = TEXT + "What helps\n\u2022 Rest the ankle for two days.\n\u2022 Walk on it gently after that.\n" + FOOTER
    assert "Rest the ankle" in parse_page(advice).body  # bullets that are not works stay the text
