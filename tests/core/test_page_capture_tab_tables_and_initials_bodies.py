"""Lists of works in shapes captured pages print them: a table copied with tabs between its
cells ("#\tSource\tYear" over "1\tSmith JA. …\t2021"), numbered entries or footnotes whose
first work is by a body known by its initials ("1) WHO. Malaria. who.int, 2022.", "¹ CDC. …"),
and the marks a page prints beside a year ("… in 2022²."), a helpline's number ("116 123") and
a degree's year ("(MBBS 2009)") that are not citations. Before, the first two lists were not
read at all (every mark on their pages left unresolved), a year's mark stayed printed, and
the other two were reported as unresolved citations."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page
from workstation.model import ReferenceData

WORKS = (
    "Okonjo T, Berg L. Ankle sprains in five-a-side football. Inj Prev. 28(4):301-307.",
    "Haldane P, Moss R. Taping and bracing after an ankle sprain. Physiotherapy. 110:12-19.",
)


def test_a_table_copied_with_tabs_is_the_reference_list() -> None:
    table = "#\tSource\tYear\n" + "".join(f"{n}\t{w}\t{y}\n" for n, w, y in zip((1, 2), WORKS, (2022, 2024), strict=True))
    page = (
        "Ankle sprains\n\nMost sprains heal within six weeks (1). A brace halves the risk of a "
        "second sprain (2).\n\nReferences\n" + table + "\nContact us | Privacy\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[1].title.startswith("Haldane P, Moss R.")
    assert draft.references[1].title.endswith("2024")
    assert "Source" not in draft.body
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "citation-unresolved") == []


def test_a_table_copied_with_tabs_in_the_text_stays_a_table() -> None:
    page = "Sprain care\n\nWhat to do, day by day:\n\nDay\tWhat to do\n1\tRest and ice\n2\tGentle walking\n\nSee a physio if it still hurts.\n"
    body = parse_page(page).body
    assert "| Day | What to do |" in body
    assert "| 2 | Gentle walking |" in body


def test_numbered_entries_under_a_label_may_open_with_a_body_known_by_its_initials() -> None:
    page = (
        "Malaria and travel\n\nMalaria kills over half a million people a year (1). Repellents "
        "with DEET work best (2).\n\nWhat we read\n"
        "1) WHO. World malaria report. who.int, 2023.\n"
        "2) Fradin MS, Day JF. Comparative efficacy of insect repellents. N Engl J Med. "
        "2002;347(1):13-18.\n\nShop | Insurance | Contact\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert draft.references[0].title.startswith("WHO. World malaria report.")


def test_footnotes_under_notes_may_open_with_a_body_known_by_its_initials() -> None:
    page = (
        "Tick bites\n\nMost tick bites do not cause Lyme disease\u00b9. Remove a tick with fine "
        "tweezers\u00b2.\n\nNotes\n"
        "\u00b9 CDC. Lyme disease: signs and symptoms. cdc.gov, updated 2024.\n"
        "\u00b2 Public Health Scotland. Tick awareness. 2023.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2]
    assert "[1]" in draft.body and "[2]" in draft.body


def test_a_body_known_by_its_initials_resolves_its_author_year_citation() -> None:
    page = (
        "Walking and mood\n\nA brisk walk can lift your mood (WHO, 2022). Sleep matters too "
        "(Kerr and Ng, 2020).\n\nReferences\n"
        "Kerr D, Ng S. Sleep and mood in students. J Sleep Res. 2020;29(4):e12999.\n"
        "WHO. Physical activity fact sheet. 2022.\n"
    )
    draft = parse_page(page)
    assert len(draft.references) == 2
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "citation-unresolved") == []


def test_a_superscript_after_a_year_the_sentence_names_is_a_citation() -> None:
    page = (
        "Measles\n\nMeasles cases rose in England in 2024\u00b2. The MMR vaccine prevents it\u00b9.\n\n"
        "References\n1. Smith JA. Measles vaccine. Vaccine. 2020;38:1-5.\n"
        "2. Lee K, Patel R. Measles in England. Euro Surveill. 2024;29(3):1-8.\n"
    )
    body = parse_page(page).body
    assert "in 2024 [2]." in body
    assert "10\u2076" in parse_page(page.replace("Measles cases rose", "About 10\u2076 viruses")).body


def test_a_helplines_second_group_is_not_a_citation() -> None:
    page = (
        "Feeling low\n\nTalking helps (1).\n\n- Samaritans, any time: 116 123\n- Shout: text 85258\n\n"
        "References\n1. Okafor B, Lind T. Talking therapies. BMJ. 2021;372:n1.\n"
    )
    draft = parse_page(page)
    assert "116 123" in draft.body
    found = run(draft.body, draft.references, audience=draft.audience)
    assert codes(found, "citation-unresolved") == []


def test_a_degree_and_its_year_is_not_an_author_year_citation() -> None:
    body = (
        "Dr Amina Shah (MBBS 2009) now runs the unit. Early antibiotics save lives (Kerr and Ng, "
        "2020).\n"
    )
    refs = (ReferenceData(1, "other", "Kerr D, Ng S. Sepsis care. Lancet. 2020;1:2.", "", None),)
    found = run(body, refs, audience="patient")
    assert codes(found, "citation-unresolved") == []
