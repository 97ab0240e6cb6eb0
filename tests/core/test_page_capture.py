"""The captured-page importer on the real seed pages and on crafted pages."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import seed_path
from workstation.checks import run_checks
from workstation.errors import ImportFailed
from workstation.importers import read_article
from workstation.importers.page_capture import parse_page
from workstation.structure import analyze, extract_claims


def cited(body: str) -> set[int]:
    return {n for c in extract_claims(body) for n in c.citations}


def test_seed_004_title_date_references_and_citations() -> None:
    a = read_article(seed_path("004"))
    assert a.title.startswith("What is the role of autologous")
    assert a.last_updated == date(2025, 4, 23)
    assert [r.number for r in a.references] == [1, 2, 3]
    assert a.references[0].type == "guideline" and a.references[0].year == 2025
    assert a.references[1].source.startswith("Biology of blood and marrow transplantation")
    assert a.references[1].year == 2018 and a.references[2].year == 2021
    assert cited(a.body) == {1, 2, 3, 4}
    assert a.audience == "clinician"


def test_seed_004_sections_and_subheadings() -> None:
    body = read_article(seed_path("004")).body
    sections = [(s.heading, s.kind) for s in analyze(body).sections]
    assert ("From the Guidelines", "guidelines") in sections
    assert ("Key Findings", "research") in sections
    assert ("Professional Medical Disclaimer", "disclaimer") in sections
    assert "References" not in body  # the list became structured data


def test_seed_000_cites_one_to_five_without_references() -> None:
    a = read_article(seed_path("000"))
    assert a.references == ()
    assert cited(a.body) == {1, 2, 3, 4, 5}
    assert a.last_updated == date(2025, 5, 2)


@pytest.mark.parametrize("prefix", ["000", "004"])
def test_site_furniture_is_stripped_but_disclaimer_kept(prefix: str) -> None:
    body = read_article(seed_path(prefix)).body
    for furniture in ("Personalize", "Have a follow-up question", "Article Review Status",
                      "Help us tailor", "Educational purpose only", "Our Medical A.I."):
        assert furniture not in body
    assert "## Professional Medical Disclaimer" in body


def test_news_page_without_references_or_headings() -> None:
    a = read_article(seed_path("001"))
    assert a.title.startswith("Stem cell transplants significantly reduced relapses")
    assert a.references == ()
    assert cited(a.body) == set()  # "271 people", "in 2025" … are not citations
    for furniture in ("Sign up for free", "Get updates directly", "Become a member", "We'd love to hear"):
        assert furniture not in a.body


def test_blog_page_questions_become_headings() -> None:
    a = read_article(seed_path("003"))
    headings = [s.heading for s in analyze(a.body).sections]
    assert "How does HSCT for MS work?" in headings
    assert a.title == "A Beginner\u2019s Guide to HSCT"


def test_numbers_in_sentences_are_not_citations() -> None:
    page = (
        "Title\n\nThe study followed 271 people in 2025.\n\nThe dose was increased to 5.\n\n"
        "It was published in 2025 1.\n\n  \u2022 Treatment options 2, 3, 4\n"
    )
    body = parse_page(page).body
    assert "271 people in 2025." in body
    assert "increased to 5." in body
    assert "published in 2025 [1]." in body
    assert "- Treatment options [2, 3, 4]" in body


def test_page_of_only_furniture_is_refused() -> None:
    with pytest.raises(ImportFailed, match="no article text"):
        parse_page("Personalize\n\nHelp us tailor your experience\n")


def test_html_file_is_refused_with_advice() -> None:
    with pytest.raises(ImportFailed, match="HTML"):
        parse_page("<!DOCTYPE html><html><body>x</body></html>")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=3000))
def test_page_parser_never_fails_unexpectedly(text: str) -> None:
    try:
        draft = parse_page(text)
    except ImportFailed:
        return
    assert draft.title.strip()
    analyze(draft.body)  # the stored body is readable


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "From the Guidelines", "References", "Research", "Guideline", "  \u2022 item 1", "Key Findings",
    "A sentence 2.", "Journal, 2020", "", "", "Professional Medical Disclaimer", "Last updated: May 2, 2025",
]), max_size=40))
def test_page_parser_on_page_shaped_input(lines: list[str]) -> None:
    try:
        draft = parse_page("Title\n\n" + "\n".join(lines))
    except ImportFailed:
        return
    assert [r.number for r in draft.references] == list(range(1, len(draft.references) + 1))


def test_a_number_after_a_duration_is_a_citation() -> None:
    body = parse_page(
        "Title\n\nRemission lasted over five years 3.\n\nIt was seen at 24 weeks 2.\n\n"
        "It lasted for years 4.\n\nIt was seen at week 4.\n"
    ).body
    assert "over five years [3]." in body
    assert "at 24 weeks [2]." in body
    assert "for years [4]." in body  # a plural is never labelled by a number
    assert "at week 4." in body  # a bare numbering noun: the number is its label


def test_the_page_s_own_labels_decide_an_open_reading() -> None:
    page = (
        "Title\n\nMost trials give level 1 evidence for this.\n\n"
        "The advice is graded as evidence level 1.\n\nIt helps drug level 2.\n\n"
        "References\n\nA.\n\nJAMA, 2020\n\nB.\n\nBMJ, 2021\n"
    )
    body = parse_page(page).body
    assert "graded as evidence level 1." in body
    assert "drug level [2]." in body


def test_dash_items_at_the_line_s_start_are_a_list_after_a_lead_in() -> None:
    page = (
        "Title\n\nWhen to see a pharmacist\n\nAsk at the counter if you:\n"
        "- are taking other medicines\n- have a long-term condition\n\n"
        "The dose is 2 tablets\n- or 1 if you weigh under 50 kg - each morning.\n"
    )
    structure = analyze(parse_page(page).body)
    bullets = [b.text for b in structure.blocks if b.kind == "bullet"]
    assert bullets == ["are taking other medicines", "have a long-term condition"]


_SPACED_PAGE = """Knee pain after running

Runners often feel pain at the front of the knee [1]. Strength work helps most of them {cite2}.
Rest alone rarely settles it {cite3}.

References

{entries}
"""


@pytest.mark.parametrize(
    "marks",
    [
        ("[1] ", "[2] ", "[3] "),
        ("1. ", "2. ", "3. "),
        ("(1) ", "(2) ", "(3) "),
        ("1) ", "2) ", "3) "),
        ("\u00b9 ", "\u00b2 ", "\u00b3 "),
    ],
)
def test_numbered_list_one_entry_to_a_line_keeps_each_entry(marks: tuple[str, str, str]) -> None:
    entries = [
        "Patel R, Odhiambo W. Patellofemoral pain in recreational runners. Sports Med. 2019;49(4):501-512.",
        "Lindqvist A, Moreau C. Hip and knee strengthening for anterior knee pain. Br J Sports Med. 2021;55(3):141-148.",
        "Okafor N. Rest versus exercise for runner's knee: a cohort. Phys Ther Sport. 2018;30:12-19.",
    ]
    text = _SPACED_PAGE.format(
        cite2="[2]", cite3="[3]", entries="\n".join(m + e for m, e in zip(marks, entries, strict=True))
    )
    a = parse_page(text)
    assert [r.number for r in a.references] == [1, 2, 3]
    assert a.references[1].title.startswith("Lindqvist A")
    assert a.references[2].title.startswith("Okafor N")


@pytest.mark.parametrize(
    "entries",
    [
        [
            "Patel, R., & Odhiambo, W. (2019). Patellofemoral pain in recreational runners. Sports Medicine, 49(4), 501-512.",
            "Lindqvist, A. (2021). Hip and knee strengthening for anterior knee pain. British Journal of Sports Medicine, 55(3), 141-148.",
        ],
        [
            "Patel R, Odhiambo W. Patellofemoral pain in recreational runners. Sports Med. 2019;49(4):501-512.",
            "Lindqvist A, Moreau C. Hip and knee strengthening for anterior knee pain. Br J Sports Med. 2021;55(3):141-148.",
        ],
    ],
    ids=["author-year", "vancouver"],
)
def test_unnumbered_list_of_works_one_to_a_line_keeps_each_entry(entries: list[str]) -> None:
    text = _SPACED_PAGE.format(cite2="(Lindqvist, 2021)", cite3="", entries="\n".join(entries))
    a = parse_page(text)
    assert len(a.references) == 2
    assert a.references[1].title.startswith("Lindqvist")


def test_numbered_contents_under_its_label_are_not_citations() -> None:
    text = (
        "Shin splints\n\nOn this page\n1. Causes\n2. Treatment\n3. When to get help\n\n"
        "Shin splints are common in new runners [1].\n\nReferences\n\n"
        "[1] Moen MH. Medial tibial stress syndrome. Sports Med. 2009;39(7):523-546.\n"
        "[2] Winters M. Treatment of shin pain. Br J Sports Med. 2013;47(6):351-357.\n"
        "[3] Reshef N. Shin pain in runners. Clin J Sport Med. 2012;22(4):314-320.\n"
    )
    a = parse_page(text)
    assert [r.number for r in a.references] == [1, 2, 3]
    assert cited(a.body) == {1}


PAGE_WITH_A_FEE_TABLE = """Laser tattoo removal

Most tattoos fade after six to ten sessions.

| Treatment | Price |
| Small tattoo | £60 |
| Skin peel with 30% glycolic acid | £90 |

Book online or call the clinic.
"""


def test_rows_printed_with_bars_stay_a_table() -> None:
    draft = parse_page(PAGE_WITH_A_FEE_TABLE)
    assert "| Treatment | Price |\n|---|---|\n| Small tattoo | £60 |\n" in draft.body
    blocks = [b.kind for b in analyze(draft.body).blocks]
    assert "table" in blocks
    # a table's rows are not sentences: its figures are no claim to cite
    assert not [f for f in run_checks(title=draft.title, body=draft.body, audience="patient",
                                      references=draft.references) if f.code == "claim-uncited"]
