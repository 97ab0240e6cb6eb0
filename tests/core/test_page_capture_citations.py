"""Captured pages: citations printed as superscript digits, and reference lists under other
headings and in other line shapes than the type / title / source, year triples."""

from __future__ import annotations

from workstation.importers.page_capture import parse_page
from workstation.importers.superscript_citations import link_superscript_citations
from workstation.structure import extract_claims


def cited(body: str) -> set[int]:
    return {n for c in extract_claims(body) for n in c.citations}


def test_superscript_digits_after_a_word_or_its_full_stop_are_citations() -> None:
    assert link_superscript_citations("Tea counts towards fluid intake\u00b2.") == (
        "Tea counts towards fluid intake [2]."
    )
    assert link_superscript_citations("Most recover within a week.\u00b9\u2070") == (
        "Most recover within a week [10]."
    )
    assert link_superscript_citations("Both groups improved\u00b9,\u00b3 in spring.") == (
        "Both groups improved [1, 3] in spring."
    )
    assert link_superscript_citations("Seen in three trials\u00b2\u207b\u2074.") == (
        "Seen in three trials [2, 3, 4]."
    )


def test_superscript_after_a_unit_or_a_number_is_a_power() -> None:
    for text in (
        "The room measured 12 m\u00b2 in all.",
        "Keep exposure under 2.5 m/s\u00b2 a day.",
        "A dose of 10\u2076 cells was given.",
        "The tank holds 3 cm\u00b3 of fluid.",
    ):
        assert link_superscript_citations(text) == text


PAGE_WITH_SOURCES = """Looking after your ankles

Ankle sprains heal faster when people keep walking gently 1. Ice in the first days eases swelling\u00b2.

For urgent help ring 111. Our clinic is in Ward 6.

Sources:

1. Early walking after ankle sprain: a randomised comparison. Physiotherapy Journal, 2018.

2. Cold therapy for soft tissue injury. Sports Medicine Review, 2020.
"""


def test_a_sources_heading_is_read_as_the_reference_list() -> None:
    draft = parse_page(PAGE_WITH_SOURCES)
    assert [r.number for r in draft.references] == [1, 2]
    assert "Sources" not in draft.body
    assert cited(draft.body) == {1, 2}
    # A number a verb of calling takes, or a name in a series, is not a citation.
    assert "ring 111." in draft.body and "Ward 6." in draft.body


def test_numbered_lines_giving_title_source_and_year_are_one_entry_each() -> None:
    draft = parse_page(PAGE_WITH_SOURCES)
    first, second = draft.references
    assert first.title == "Early walking after ankle sprain: a randomised comparison"
    assert (first.source, first.year) == ("Physiotherapy Journal", 2018)
    assert (second.title, second.source, second.year) == (
        "Cold therapy for soft tissue injury", "Sports Medicine Review", 2020,
    )


def test_a_numbered_title_paired_with_its_source_line_stays_one_entry() -> None:
    page = (
        "Kidney stones\n\nDrinking more water lowers the risk of stones 1.\n\n"
        "References\n\n3. Fluid intake and stone recurrence.\n\nUrology Today, 2015\n"
    )
    (ref,) = parse_page(page).references
    assert ref.title == "3. Fluid intake and stone recurrence."
    assert (ref.source, ref.year) == ("Urology Today", 2015)


def test_lists_numbered_in_parentheses_or_by_superscript_digits_are_read() -> None:
    for marks in (("(1)", "(2)"), ("\u00b9", "\u00b2")):
        page = (
            "Sore throats\n\nMost sore throats clear within a week (1). Honey soothes a cough"
            f" in children\u00b2.\n\nSources\n\n{marks[0]} Throat infections in primary care."
            f" Family Practice Review, 2019.\n\n{marks[1]} Honey for acute cough in"
            " children. Paediatrics Today, 2021.\n"
        )
        draft = parse_page(page)
        assert [r.number for r in draft.references] == [1, 2], marks
        assert draft.references[1].source == "Paediatrics Today"
        assert cited(draft.body) == {1, 2}


def test_a_number_in_parentheses_closing_a_sentence_cites() -> None:
    from workstation.importers.parenthesised_citations import link_parenthesised_citations

    assert link_parenthesised_citations("Few people notice it (3).") == "Few people notice it [3]."
    assert link_parenthesised_citations("Seen in two trials (2, 5)") == "Seen in two trials [2, 5]"
    for text in ("The guidance dates from (2019).", "Steps: (1) rest, (2) ice.", "It rose by 4 (2)."):
        assert link_parenthesised_citations(text) == text


def test_a_percentage_takes_a_superscript_citation() -> None:
    assert link_superscript_citations("Symptoms eased in 38%\u00b3.") == "Symptoms eased in 38% [3]."


def test_notes_to_editors_holding_a_numbered_list_is_the_reference_list() -> None:
    page = (
        "Press release: walking and sleep\n\nAdults who walked daily slept longer [1].\n\n"
        "Media contact: press office\n\nNotes to editors\n\n[1] Reyes P, Ode T. Daily steps and"
        " sleep duration: a cohort study. Sleep Med. 2022;90:11-17.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1]
    assert "Reyes P" not in draft.body
    about = "Notes to editors\n\nAbout the university: founded in 1900, it teaches 9,000 students.\n"
    kept = parse_page(page.split("Notes to editors")[0] + about)
    assert kept.references == () and "About the university" in kept.body


def test_a_list_numbered_by_bare_numbers_before_each_entry_is_read() -> None:
    page = (
        "Shin splints\n\nRest eases the pain within weeks 1.\n\nReferences\n\n"
        "1 Moen MH, Tol JL. Medial tibial stress syndrome: a critical review. Sports Med 2009;39(7):523-46.\n\n"
        "2 Winters M. Treatment of shin splints: a systematic review. Br J Sports Med 2013;47(6):351-6.\n\n"
        "3 Running Clinic. Shin pain leaflet. Physio Press, 2021.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert draft.references[1].title.startswith("Winters M.")


def test_a_further_reading_or_studies_heading_over_numbered_entries_is_the_reference_list() -> None:
    for heading in ("Further reading", "Studies"):
        page = (
            f"Knee pain\n\nStrength work eased knee pain [1].\n\n{heading}\n\n"
            "[1] Lund H, Berg K. Quadriceps training for knee osteoarthritis: a trial. BMJ. 2020;368:m12.\n"
        )
        draft = parse_page(page)
        assert [r.number for r in draft.references] == [1], heading
        assert "Lund H" not in draft.body
    links = "Knee pain\n\nStrength work eased knee pain.\n\nFurther reading\n\nOur guide to knee exercises.\n"
    assert parse_page(links).references == ()


def test_an_entry_keeps_the_number_it_prints_when_the_list_skips_one() -> None:
    page = (
        "Gout\n\nCherries were studied [3].\n\nReferences\n\n"
        "1. Ito K. Urate and diet: a cohort. Rheumatology. 2018;57(2):100-9.\n\n"
        "2. Bell R. Allopurinol dosing: a review. Drugs. 2019;79(4):400-12.\n\n"
        "4. Moss A. Cherry intake and gout flares. Arthritis Rheum. 2012;64(12):4004-11.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1, 2, 4]


def test_a_site_line_after_a_numbered_list_is_not_one_more_entry() -> None:
    page = (
        "Gout\n\nCherries were studied [1].\n\nReferences\n\n"
        "1. Moss A. Cherry intake and gout flares. Arthritis Rheum. 2012;64(12):4004-11.\n\n"
        "Registered charity 1234567. This leaflet does not replace your doctor's advice.\n"
    )
    draft = parse_page(page)
    assert [r.number for r in draft.references] == [1]


def test_a_site_note_after_a_list_of_dated_entries_is_not_one_more_entry() -> None:
    page = (
        "Gout\n\nCherries were studied (Moss, 2012).\n\nReferences\n\n"
        "Moss, A. (2012). Cherry intake and gout flares. Arthritis Rheum, 64(12), 4004-11.\n\n"
        "Ito, K. (2018). Urate and diet: a cohort. Rheumatology, 57(2), 100-9.\n\n"
        "Opening hours and prices are on our clinic page. We are regulated by the inspectorate.\n"
    )
    assert [r.title[:4] for r in parse_page(page).references] == ["Moss", "Ito,"]


PRESS_RELEASE_WITH_NOTES = """Walking football eases knee pain, trial finds

Older players who took up walking football had less knee pain after a season [1]. A second club study found the same [2].

Notes to editors

1. The trial was paid for by the Hartwell Sports Trust.
2. The coach can be interviewed on Friday.

References

1. Dunmore P, Ashe K. Walking football for knee osteoarthritis: a randomised trial. Br J Sports Med. 2021;55(4):201-207.
2. Ashe K, Rowe T. Knee pain in veteran footballers: a cohort study. Knee. 2019;26(2):88-95.
3. Rowe T. Exercise for older knees: a review. Age Ageing. 2018;47(1):12-19.
"""


def test_notes_to_editors_before_the_references_heading_are_not_the_reference_list() -> None:
    draft = parse_page(PRESS_RELEASE_WITH_NOTES)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Walking football for knee osteoarthritis" in draft.references[0].title
    assert not any("Hartwell" in r.title for r in draft.references)
    assert cited(draft.body) == {1, 2}


FACT_SHEET_WITH_FURTHER_READING = """Stuttering in the classroom

Most children who stutter are not anxious to begin with (Carrow, 2015). Teasing can make it worse (Belling et al., 2020).

Further reading

Belling, T., Moor, A., & Quist, R. (2020). Teasing and stuttering at school. Journal of Fluency Disorders, 64, 1-9.

Carrow, J. (2015). Anxiety in children who stutter. Speech Research, 12(2), 40-52.

Helpline 0300 555 0100 | Fluent Futures, 4 Dock Road, Hull
"""


def test_a_further_reading_list_of_authors_entries_is_the_reference_list() -> None:
    draft = parse_page(FACT_SHEET_WITH_FURTHER_READING)
    assert len(draft.references) == 2
    assert draft.references[0].title.startswith("Belling, T.")
    assert "Further reading" not in draft.body
    assert "Helpline" not in "".join(r.title for r in draft.references)
