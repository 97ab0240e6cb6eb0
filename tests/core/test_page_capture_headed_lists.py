"""Captured pages whose lists of works are printed in shapes read only now: a heading
printed straight over unnumbered authors' entries (a surname of two words among them),
superscript footnotes with no heading followed by a line to the page's readers, a heading
over a sentence that leads into the list, and a citation mark printed after a full stop."""

from __future__ import annotations

from workstation.importers.page_capture import parse_page
from workstation.structure import analyze

WORKS = (
    "Van Riel K, Osei P. Sauna bathing and blood pressure in midlife. J Hypertens. 2020;38(4):611-618.",
    "Lindgren S, Moor A. Heat exposure and sleep quality: a cohort. Sleep Med. 2018;44:12-19.",
)


def _titles(page: str) -> list[str]:
    return [r.title[:10] for r in parse_page(page).references]


def test_a_bibliography_heading_printed_straight_over_authors_entries_heads_them() -> None:
    page = (
        "Saunas and the heart\n\nRegular sauna use went with lower blood pressure (Van Riel et "
        "al., 2020). Sleep was deeper on sauna days (Lindgren et al., 2018).\n\n"
        "Bibliography\n" + "\n".join(WORKS) + "\n\nNordic Heat Ltd, 4 Quay Street | VAT 1234\n"
    )
    draft = parse_page(page)
    assert _titles(page) == ["Van Riel K", "Lindgren S"]
    assert "Bibliography" not in draft.body and "Osei P" not in draft.body


def test_a_research_heading_printed_straight_over_one_entry_heads_it() -> None:
    page = (
        "Saunas and the heart\n\nRegular sauna use went with lower blood pressure (Van Riel et "
        "al., 2020).\n\nResearch\n" + WORKS[0] + "\n"
    )
    assert _titles(page) == ["Van Riel K"]


def test_headless_footnotes_followed_by_a_line_to_readers_are_the_list() -> None:
    page = (
        "Ask the pharmacist\n\nSauna use went with lower blood pressure\u00b9. Sleep was "
        "deeper on sauna days\u00b2.\n\n"
        + "\n\n".join(f"{mark} {w}" for mark, w in zip("\u00b9\u00b2", WORKS, strict=True))
        + "\n\nSend your questions to pharmacist@weeklyhealth.example and we may answer them here.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "Lindgren" not in draft.body


def test_a_sentence_leading_into_the_list_under_its_heading_is_not_an_entry() -> None:
    page = (
        "Saunas and the heart\n\nSauna use went with lower blood pressure (Van Riel et al., "
        "2020).\n\nSources\nOsei reviewed this piece. Papers we drew on:\n\n"
        + "\n\n".join(WORKS) + "\n"
    )
    assert _titles(page) == ["Van Riel K", "Lindgren S"]


def test_a_citation_mark_after_the_full_stop_belongs_to_the_sentence_before_it() -> None:
    body = (
        "Sauna use went with lower blood pressure. [1] Sleep was deeper on sauna days. [2]\n"
    )
    sentences = analyze(body).sentences
    assert [(s.text, s.citations) for s in sentences] == [
        ("Sauna use went with lower blood pressure.", (1,)),
        ("Sleep was deeper on sauna days.", (2,)),
    ]
