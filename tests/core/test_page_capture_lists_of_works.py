"""Captured pages: lists of works under qualified or unspaced headings, footnotes with no
heading, a site's line after a list, citation marks after the full stop, and a Markdown page
with no front matter whose list sits in its body."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers import parse_text
from workstation.importers.page_capture import parse_page
from workstation.importers.parenthesised_citations import link_parenthesised_citations
from workstation.structure import extract_claims

WORKS = (
    "Okafor B, Lindqvist P. Cold water swimming and mood in older adults. Age Ageing. 2021;50(2):410-417.",
    "Marsh T, Iyer S, Duval C, et al. Winter bathing and respiratory infections: a cohort. BMJ Open. 2019;9(4):e02611.",
    "Fenwick R, Ahmed N. Hypothermia in open-water swimmers. Wilderness Environ Med. 2020;31(1):88-95.",
)


def cited(body: str) -> set[int]:
    return {n for c in extract_claims(body) for n in c.citations}


def numbers(text: str) -> list[int]:
    return [r.number for r in parse_page(text).references]


def test_a_list_under_a_qualified_references_heading_is_the_reference_list() -> None:
    page = (
        "Open-water swimming in winter\n\nMany swimmers report a lift in mood after a dip [1]. "
        "Few colds were recorded in regular bathers [2].\n\nSupporting references\n\n"
        + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS[:2], 1)) + "\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "Okafor" not in draft.body


def test_a_notes_heading_printed_straight_over_its_numbered_list_heads_it() -> None:
    page = (
        "Winter swimmers catch fewer colds\n\nPress release | 3 March 2025\n\n"
        "Regular winter bathers had fewer chest infections, the study found (2).\n\n"
        "Notes for editors\n" + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Fenwick" not in draft.body


def test_footnotes_with_no_heading_are_the_list_even_where_they_skip_a_number() -> None:
    page = (
        "Cold water and the heart\n\nSwimmers felt calmer after a winter dip\u00b9. Fewer of them caught "
        "colds\u00b2. Body heat is lost far faster in water\u00b3.\n\nWrite to us with your questions.\n\n"
        f"\u00b9 {WORKS[0]}\n\u00b2 {WORKS[1]}\n\u2074 {WORKS[2]}\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 4]
    assert "Okafor" not in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert [f.reference for f in codes(findings, "citation-unresolved")] == [3]
    assert [f.reference for f in codes(findings, "reference-uncited")] == [4]


def test_a_bracketed_list_that_skips_a_number_keeps_each_entry() -> None:
    page = "Cold water\n\nMood lifted [1].\n\nReferences\n" + "\n".join(
        f"[{n}] {w}" for n, w in zip((1, 2, 5), WORKS, strict=True)
    ) + "\n"
    assert numbers(page) == [1, 2, 5]


def test_a_site_line_after_an_unnumbered_list_is_not_one_more_entry() -> None:
    for footer in (
        "Lakeside Swim Club | Charity no. 1100234 | \u00a9 2025",
        "Page reviewed: 4 May 2025 | Next review: 4 May 2028",
    ):
        page = (
            "Cold water\n\nMood lifted after a swim.\n\nFurther reading\n\n"
            + "\n\n".join(WORKS) + f"\n\n{footer}\n"
        )
        draft = parse_page(page)
        assert len(draft.references) == 3
        assert all("|" not in r.title for r in draft.references)


def test_a_sentence_with_its_citation_mark_after_the_full_stop_is_not_a_heading() -> None:
    page = (
        "Cold water\n\nThe club asks members to swim in pairs.\n\n"
        "The Royal Life Saving Society advises a wetsuit below 12 degrees.[2]\n\n"
        "Most members swim all year.[1]\n\nReferences\n\n"
        + "\n".join(f"[{n}] {w}" for n, w in enumerate(WORKS[:2], 1)) + "\n"
    )
    body = parse_page(page).body
    assert "## The Royal" not in body
    assert cited(body) == {1, 2}


def test_numbers_in_parentheses_after_the_full_stop_are_citations() -> None:
    assert link_parenthesised_citations("Mood lifted after a dip.(1) Colds were rarer.(2, 3)") == (
        "Mood lifted after a dip.[1] Colds were rarer.[2, 3]"
    )
    assert link_parenthesised_citations("Call the desk on +44 (0)20 7946 0958.") == (
        "Call the desk on +44 (0)20 7946 0958."
    )


def test_a_telephone_number_and_numbered_items_between_bars_are_not_citations() -> None:
    page = (
        "Cold water swimming\n\nMedia enquiries: press@club.example | 0161 496 011\n\n"
        "In this guide: 1. Before you swim | 2. In the water | 3. Afterwards\n\n"
        "Mood lifted after a dip [1].\n\nReferences\n\n"
        + "\n".join(f"{n}. {w}" for n, w in enumerate(WORKS, 1)) + "\n"
    )
    draft = parse_page(page)
    assert cited(draft.body) == {1}
    assert codes(run(draft.body, draft.references), "citation-unresolved") == []


def test_a_markdown_page_with_no_front_matter_keeps_its_reference_list() -> None:
    text = (
        "# Cold water swimming\n\nMany swimmers report a lift in mood [1]. Hypothermia can set in "
        "within half an hour [2].\n\n## Staying safe\n\nSwim with a friend.\n\n## References\n\n"
        f"1. {WORKS[0]}\n\n2. {WORKS[2]}\n\n*Reviewed May 2025.*\n"
    )
    draft = parse_text(text, name="cold-water.md")
    assert [r.number for r in draft.references] == [1, 2]
    assert "## References" not in draft.body and "Swim with a friend." in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "citation-unresolved") == [] and codes(findings, "reference-uncited") == []
