"""The attribution check on small hand-written articles: years, names, trials, matching."""

from __future__ import annotations

import pytest

from tests.core.checks_support import GUIDE, codes, run
from workstation.checks.source_match import reference_bears_name, reference_bears_year
from workstation.checks.sources import attributed_names, attributed_years
from workstation.model import ReferenceData

# --- attribution ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("A 2025 study showed benefit.", [2025]),
        ("as stated in the 2023 EULAR recommendations update.", [2023]),
        ("Another study published in 2023 in Nature Reviews Rheumatology discusses it.", [2023]),
        ("A large 2024 analysis of nine studies found a benefit.", [2024]),
        ("Smith et al. (2020) reported similar results.", [2020]),
        ("It was published online in May 2021 in The Lancet.", [2021]),
        ("a 54-month beneficial effect of autologous HSCT", []),
        ("Between 2010 and 2020, the number of transplants doubled.", []),
        ("In 2019, the centre treated 40 patients.", []),
        ("Participants in the 2019 cohort were followed for 5 years.", []),
        ("A 2000-patient study showed benefit.", []),
        ("Patients diagnosed after 2012 did better.", []),
    ],
)
def test_attributed_years(text, years):
    assert attributed_years(text) == years


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("as seen in the SCOT study, which reported a 54-month effect", ["SCOT"]),
        ("as stated in the 2023 EULAR recommendations update", ["EULAR"]),
        (
            "as suggested by a review article in Nature Reviews Rheumatology",
            ["Nature Reviews Rheumatology"],
        ),
        (
            "According to the National Multiple Sclerosis Society, about 1 million people have MS.",
            ["National Multiple Sclerosis Society"],
        ),
        (
            "The American College of Rheumatology recommends screening.",
            ["American College of Rheumatology"],
        ),
        ("The Framingham Heart Study followed residents.", ["Framingham Heart Study"]),
        ("The 2013 ACR/EULAR classification criteria are used.", ["ACR/EULAR"]),
        ("A study in Sweden found lower relapse rates.", []),
        ("The HSCT group had fewer relapses than the DMT group in an MRI study.", []),
        ("compared to IV cyclophosphamide in patients with dcSSc and SSc", []),
        ("randomized controlled trials (RCTs) and retrospective studies found", []),
        ("French and international guidelines now position AHSCT as a level 1A option.", []),
        ("According to the most recent guidelines, AHSCT may be considered.", []),
        ("A Phase III Trial showed benefits.", []),
        ("It was approved by the FDA in 2019.", []),
    ],
)
def test_attributed_names(text, names):
    assert attributed_names(text) == names


def test_reference_matching():
    nejm = ReferenceData(
        2, "research", "Autologous HSCT for scleroderma: the SCOT trial", "N Engl J Med", 2018
    )
    assert reference_bears_name(nejm, "New England Journal of Medicine") is True
    assert reference_bears_name(nejm, "NEJM") is True
    assert reference_bears_name(nejm, "SCOT") is True
    assert reference_bears_name(nejm, "Lancet") is False
    eular = ReferenceData(
        3,
        "guideline",
        "2013 classification criteria: an American College of "
        "Rheumatology/European League Against Rheumatism initiative",
        "Arthritis Rheum",
        2013,
    )
    assert reference_bears_name(eular, "ACR/EULAR") is True
    assert reference_bears_name(
        ReferenceData(4, source="Nat Rev Rheumatol"), "Nature Reviews Rheumatology"
    )
    assert reference_bears_name(ReferenceData(5), "Lancet") is None  # nothing to compare
    nice = ReferenceData(
        8,
        "guideline",
        "Multiple sclerosis in adults: management",
        "National Institute for Health and Care Excellence",
        2022,
    )
    assert reference_bears_name(nice, "NICE") is True  # an acronym that skips "Health"
    acr = ReferenceData(
        9, "guideline", "ACR guideline for lupus nephritis", "Arthritis Care Res", 2024
    )
    assert reference_bears_name(acr, "American College of Rheumatology") is True
    assert reference_bears_year(GUIDE, 2025) is True
    assert reference_bears_year(GUIDE, 2023) is False
    assert reference_bears_year(ReferenceData(6, title="Update: 2023"), 2023) is True
    assert reference_bears_year(ReferenceData(7, title="No year"), 2023) is None


def test_attribution_mismatch_is_one_error_per_claim():
    body = "AHSCT may be considered, as stated in the 2023 EULAR recommendations update [1].\n"
    (finding,) = codes(run(body, (GUIDE,)), "attribution-mismatch")
    assert finding.severity == "error" and finding.reference == 1
    assert "the year 2023" in finding.message and "“EULAR”" in finding.message
    assert "from 2025" in finding.message


def test_attribution_that_matches_is_not_raised():
    ref = ReferenceData(
        1, "research", "HSCT vs DMT in RRMS: a randomized clinical trial", "JAMA", 2019
    )
    body = "A 2019 randomized trial published in JAMA found a longer time to progression [1].\n"
    assert not codes(run(body, (ref,)), "attribution-mismatch")


def test_attribution_is_left_to_unresolved_when_the_reference_is_missing():
    body = "A 2025 study published in Nature Reviews Neurology gives recommendations [2].\n"
    found = run(body, (GUIDE,))
    assert not codes(found, "attribution-mismatch")
    assert codes(found, "citation-unresolved")


def test_attribution_one_of_several_references_may_bear_it_out():
    other = ReferenceData(
        2, "research", "Scleroderma: Cyclophosphamide Or Transplantation", "NEJM", 2018
    )
    body = "Benefit was seen in the SCOT study [1, 2].\n"
    assert not codes(run(body, (GUIDE, other)), "attribution-mismatch")


def test_attribution_unknown_trial_against_a_title_that_names_no_trial_is_not_contradicted():
    # DAWN's paper is "Thrombectomy 6 to 24 Hours after Stroke …": a trial's own paper often
    # leaves its name out, and nothing else is known about a trial outside the vocabulary.
    paper = ReferenceData(
        1, "research", "Myeloablative autologous stem-cell transplantation", "N Engl J Med", 2018
    )
    assert not codes(
        run("Survival improved in the ASTRAL-2 trial [1].\n", (paper,)), "attribution-mismatch"
    )


def test_attribution_unknown_trial_against_a_title_naming_another_trial_is_an_error():
    paper = ReferenceData(
        1, "research", "Transplantation in scleroderma: the ASTRAL-3 randomized trial",
        "N Engl J Med", 2018,
    )
    (finding,) = codes(
        run("Survival improved in the ASTRAL-2 trial [1].\n", (paper,)), "attribution-mismatch"
    )
    assert finding.severity == "error"


def test_attribution_known_trial_is_compared_with_its_paper():
    scot = ReferenceData(
        1,
        "research",
        "Myeloablative Autologous Stem-Cell Transplantation for Severe Scleroderma",
        "N Engl J Med",
        2018,
    )
    other = ReferenceData(
        1, "research", "Myeloablative autologous stem-cell transplantation", "N Engl J Med", 2018
    )
    body = "Survival improved in the SCOT trial [1].\n"
    assert not codes(run(body, (scot,)), "attribution-mismatch")
    # The vocabulary knows what SCOT was about: a paper that is not about it is an error.
    (finding,) = codes(run(body, (other,)), "attribution-mismatch")
    assert finding.severity == "error"


def test_attribution_organisation_journal_is_the_whole_source_name():
    # "Gastroenterology" (the AGA's journal) is not "The American journal of gastroenterology".
    acg = ReferenceData(
        2, "guideline", "ACG Clinical Guideline: Management of Crohn's Disease in Adults.",
        "The American journal of gastroenterology", 2018,
    )
    body = "The American Gastroenterological Association recommends early combination therapy [2].\n"
    assert codes(run(body, (acg,)), "attribution-mismatch")
    aga = ReferenceData(
        2, "guideline", "Clinical Practice Guideline on the Management of Crohn's Disease",
        "Gastroenterology", 2021,
    )
    assert not codes(run(body, (aga,)), "attribution-mismatch")


def test_attribution_organisation_journal_with_its_abbreviation_and_place():
    mmwr = ReferenceData(
        1, "guideline", "Use of RSV Vaccines in Older Adults: Recommendations of the committee",
        "MMWR. Morbidity and mortality weekly report", 2023,
    )
    body = "The CDC recommends a single dose for adults aged 75 and older [1].\n"
    assert not codes(run(body, (mmwr,)), "attribution-mismatch")


def test_attribution_a_numbered_member_of_a_known_series():
    # The vocabulary knows TRAILBLAZER-ALZ (and 2): "TRAILBLAZER-ALZ 4" is another trial.
    paper = ReferenceData(
        2, "research",
        "Donanemab in Early Symptomatic Alzheimer Disease: The TRAILBLAZER-ALZ 2 Randomized "
        "Clinical Trial", "JAMA", 2023,
    )
    body = "The TRAILBLAZER-ALZ 4 trial found that donanemab slowed decline [2].\n"
    assert codes(run(body, (paper,)), "attribution-mismatch")
    body = "The TRAILBLAZER-ALZ 2 trial found that donanemab slowed decline [2].\n"
    assert not codes(run(body, (paper,)), "attribution-mismatch")


def test_attribution_trial_whose_paper_title_omits_it_is_known_by_its_title():
    dawn = ReferenceData(
        2, "research",
        "Thrombectomy 6 to 24 Hours after Stroke with a Mismatch between Deficit and Infarct.",
        "The New England journal of medicine", 2018,
    )
    defuse = ReferenceData(
        2, "research", "Thrombectomy for Stroke at 6 to 16 Hours with Selection by Perfusion Imaging.",
        "The New England journal of medicine", 2018,
    )
    body = "In the DAWN trial, thrombectomy improved functional independence [2].\n"
    assert not codes(run(body, (dawn,)), "attribution-mismatch")
    assert codes(run(body, (defuse,)), "attribution-mismatch")
