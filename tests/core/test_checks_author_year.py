"""Author-year citations resolved against the reference list by first author and year."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.checks.author_year import citations_in
from workstation.model import ReferenceData

APA = (
    ReferenceData(1, "other", "Bueno, N. B., de Melo, I. S., & da Rocha Ataide, T. (2013). "
                  "Very-low-carbohydrate ketogenic diet v. low-fat diet for long-term weight loss. "
                  "British Journal of Nutrition, 110(7), 1178\u20131187."),
    ReferenceData(2, "research", "Nault D, Machingo TA, Shipper AG, et al. Zinc for the common cold.",
                  "Cochrane Database of Systematic Reviews", 2024),
    ReferenceData(3, "other", "Office of Dietary Supplements. (2022). Zinc: fact sheet for health "
                  "professionals. National Institutes of Health."),
    ReferenceData(4, "other", "Retterst\u00f8l, K., Svendsen, M. (2018). Effect of low carbohydrate "
                  "high fat diet on LDL cholesterol. Atherosclerosis, 279, 52\u201361."),
    ReferenceData(5, "research", "Smith J, Lee K. Walking and blood pressure: trial one.", "JAMA", 2020),
    ReferenceData(6, "research", "Smith J, Patel R. Walking and blood pressure: trial two.", "Lancet", 2020),
)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Weight fell (Bueno et al., 2013).", [("Bueno", 2013, "")]),
        ("Colds were shorter (Smith and Jones 2020; Lee 2019).", [("Smith", 2020, ""), ("Lee", 2019, "")]),
        ("Smith et al. (2021) found lower blood pressure.", [("Smith", 2021, "")]),
        ("It can cause copper deficiency (Office of Dietary Supplements, 2022).",
         [("Office of Dietary Supplements", 2022, "")]),
        ("Both trials agreed (Smith et al., 2020b).", [("Smith", 2020, "b")]),
        ("It was updated (March 2021).", []),
        ("The guideline was revised (2019).", []),
    ],
)
def test_author_year_citations_are_read_in_brackets_and_in_the_sentence(text, names):
    assert [(c.name, c.year, c.suffix) for c in citations_in(text)] == names


def test_a_reference_cited_by_author_and_year_is_cited_and_so_is_the_sentence():
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "Zinc taken for long periods can cause copper deficiency in 1 in 10 people "
        "(Office of Dietary Supplements, 2022).\n\n"
        "LDL cholesterol rose in 30% of people (Retterstol et al., 2018).\n\n"
        "Nault et al. (2024) rated the evidence as low certainty.\n\n"
        "Walking lowered blood pressure in 60% of adults (Smith et al., 2020a; Smith et al., 2020b).\n"
    )
    findings = run(body, APA)
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "citation-unresolved") == []


def test_the_suffix_picks_one_of_two_works_of_one_author_in_one_year():
    body = "Walking lowered blood pressure in 60% of adults (Smith et al., 2020b).\n"
    uncited = [f.reference for f in codes(run(body, APA[4:6]), "reference-uncited")]
    assert uncited == [5]


def test_an_author_year_citation_to_no_entry_is_unresolved():
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "Zinc shortened colds by a third in 40% of people (Hemila, 2017).\n"
    )
    unresolved = codes(run(body, APA[:1]), "citation-unresolved")
    assert [f.excerpt[:20] for f in unresolved] == ["Zinc shortened colds"]
    assert "Hemila, 2017" in unresolved[0].message
    # Cited, though unresolved: not also an uncited claim.
    assert codes(run(body, APA[:1]), "claim-uncited") == []


def test_a_page_whose_list_prints_no_authors_is_not_read_as_author_year():
    refs = (ReferenceData(1, "research", "Zinc lozenges and the common cold.", "JRSM Open", 2017),)
    body = "Zinc shortened colds in 40% of people (Hemila, 2017) [1].\n\nIt was noted (ESC, 2021).\n"
    assert codes(run(body, refs), "citation-unresolved") == []


def test_attribution_compares_the_sentence_with_the_reference_cited_by_author():
    body = "A 2019 trial published in The Lancet found lower blood pressure (Smith et al., 2020a).\n"
    mismatch = codes(run(body, APA[4:6]), "attribution-mismatch")
    assert [f.reference for f in mismatch] == [5]


def test_a_body_cited_by_its_initials_is_the_entry_by_its_full_name():
    refs = (
        *APA[:1],
        ReferenceData(2, "other", "World Health Organization. (2023). Obesity and overweight: fact sheet."),
    )
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "Obesity has nearly tripled since 1975 in 40% of countries (WHO, 2023).\n"
    )
    findings = run(body, refs)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []


def test_the_reference_lists_own_entries_do_not_make_a_page_author_year():
    # "Hemila H (2017)" in the list is an entry, not a citation: the page cites by number, so
    # "(Lee, 2019)" in the body is a parenthesis to leave alone, not an unresolved citation.
    refs = (ReferenceData(1, "research", "Hemila H (2017). Zinc lozenges and the common cold.", "", 2017),)
    body = (
        "Zinc shortened colds in 40% of people [1].\n\n"
        "The advice changed (Lee, 2019).\n\n"
        "## References\n\n"
        "Hemila H (2017). Zinc lozenges and the common cold.\n"
    )
    assert codes(run(body, refs), "citation-unresolved") == []


def test_a_body_named_with_on_in_its_name_is_the_entry_that_begins_with_it():
    refs = (
        *APA[:1],
        ReferenceData(2, "other", "Joint Committee on Vaccination and Immunisation. (2021). "
                      "Advice on shingles vaccines."),
    )
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "A second dose is offered to 70% of adults at 71 (Joint Committee on Vaccination and "
        "Immunisation, 2021).\n"
    )
    findings = run(body, refs)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "claim-uncited") == []


def test_bracketed_author_year_citations_are_not_graded_as_prose():
    sentence = (
        "Adults should eat some oily fish each week, and people who eat none can take a daily "
        "supplement instead (Joint Committee on Vaccination and Immunisation, 2021; Bueno et "
        "al., 2013)."
    )
    refs = (
        *APA[:1],
        ReferenceData(2, "other", "Joint Committee on Vaccination and Immunisation. (2021). "
                      "Advice on shingles vaccines."),
    )
    body = "\n\n".join([sentence] * 12) + "\n"
    assert codes(run(body, refs, audience="patient"), "reading-level") == []
    # The same sentence with its citation's words read as prose is above the grade.
    prose = sentence.replace("(", "by the ").replace(")", "")
    body = "\n\n".join([prose] * 12) + "\n"
    assert codes(run(body, refs, audience="patient"), "reading-level")


def test_a_body_cited_by_an_abbreviation_that_is_not_its_initials():
    refs = (
        *APA[:1],
        ReferenceData(2, "other", "National Institute for Health and Care Excellence. (2019). "
                      "Hypertension in adults: diagnosis and management (NG136)."),
    )
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "Offer a statin to 1 in 10 adults at raised risk (NICE, 2019).\n"
    )
    findings = run(body, refs)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []


def test_a_group_signing_before_its_first_author_and_a_joint_name():
    refs = (
        ReferenceData(1, "other", "The HOPE-3 Trial Investigators: Yusuf, S., Bosch, J., et al. "
                      "(2016). Blood-pressure and cholesterol lowering. NEJM, 374, 2032-2043."),
        ReferenceData(2, "other", "AAP/ACOG. (2017). Guidelines for perinatal care (8th ed.)."),
    )
    body = (
        "Cholesterol lowering cut events by 24% in 12,705 people (Yusuf et al., 2016).\n\n"
        "Most newborns need no more than 2 checks before going home (AAP/ACOG, 2017).\n"
    )
    findings = run(body, refs)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []


def test_an_acronym_taking_more_than_one_letter_from_a_word_of_the_entry_name():
    refs = (
        *APA[:1],
        ReferenceData(2, "other", "UK Drinking Water Panel. (2021). Lead pipes in older homes."),
    )
    body = (
        "People on low-carbohydrate diets lost 1 kg more after a year (Bueno et al., 2013).\n\n"
        "About one in ten older homes still has lead pipes (UKDWP, 2021).\n"
    )
    findings = run(body, refs)
    assert codes(findings, "citation-unresolved") == []
    assert codes(findings, "reference-uncited") == []


def test_three_authors_listed_with_commas_before_the_last_resolve():
    ref = ReferenceData(1, "research", "Okafor, B., Lind, S., & Marsh, T. (2015). Knee braces in runners.",
                        "", 2015)
    for cited in ("(Okafor, Lind & Marsh, 2015)", "(Okafor, Lind, and Marsh 2015)"):
        findings = run(f"Braces cut knee pain in half in runners {cited}.\n", (ref,))
        assert not codes(findings, "citation-unresolved"), cited
        assert not codes(findings, "reference-uncited"), cited
    assert [c.year for c in citations_in("as shown (Okafor, Lind & Marsh, 2015).")] == [2015]


def test_author_year_citations_in_square_brackets_are_read_and_resolved():
    assert [(c.name, c.year) for c in citations_in("Zinc shortened colds [Nault 2024].")] == [("Nault", 2024)]
    assert [(c.name, c.year) for c in citations_in("Both trials agreed [Smith 2020a; Bueno 2013].")] == [
        ("Smith", 2020), ("Bueno", 2013),
    ]
    body = (
        "Zinc lozenges shortened colds by a day in 4 in 10 adults [Nault 2024].\n\n"
        "Weight fell further on the low-carbohydrate diet [Bueno 2013].\n\n"
        "Copper levels dropped in long-term users [Hartley 2011].\n"
    )
    findings = run(body, APA[:2])
    assert codes(findings, "reference-uncited") == []
    assert [f.excerpt for f in codes(findings, "citation-unresolved")] == [
        "Copper levels dropped in long-term users [Hartley 2011]."
    ]
