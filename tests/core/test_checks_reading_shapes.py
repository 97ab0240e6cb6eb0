"""Claims, bodies and trials read by their shape: trends and rankings without a figure,
counts and shares that are not statistics, findings of works cited before, bodies outside
the vocabulary that find or estimate, and a trial's kind between its name and "trial"."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.checks.named_sources import named_sources
from workstation.checks.sources import attributed_names
from workstation.checks.uncited import uncited_marker
from workstation.model import ReferenceData


@pytest.mark.parametrize(
    "text",
    [
        "Obesity in children under five has nearly tripled since 1990.",
        "Hip fractures in care homes have roughly halved over the decade.",
        "Smokers over 70 are the age group most at risk of falls.",
        "Rhinovirus causes most cases of the common cold in adults.",
        "Statins are the most commonly prescribed drugs for high cholesterol.",
        "Back pain is the most common reason adults see a physiotherapist.",
    ],
)
def test_trends_and_rankings_without_a_figure_are_claims(text):
    assert uncited_marker(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The ward opened after a £4.5 million appeal by the hospital's friends.",
        "Most of the residents we look after like a cup of tea at eleven.",
        "Few of the leaflets patients take home are read twice.",
        "Screening tests are tried in hundreds or thousands of volunteers first.",
        "Joining a running club means meeting hundreds of new runners.",
        "The new scanner will speed up care for thousands of patients.",
        "Our balm is 4 times more soothing than any other lip balm.",
        "If the dose is doubled, sickness is more likely.",
    ],
)
def test_sums_of_money_own_patients_descriptions_and_brand_rivalry_are_not_statistics(text):
    assert uncited_marker(text) is None


def test_a_finding_of_works_cited_before_is_covered_by_that_citation():
    refs = (ReferenceData(1, "research", "Fibre intake and mortality: meta-analyses", "Lancet", 2019),)
    body = (
        "Reviews of cohort studies linked high fibre intake with 20% lower mortality [1].\n\n"
        "Trials in those reviews showed 0.4 kg lower body weight on high-fibre diets.\n"
    )
    assert codes(run(body, refs), "claim-uncited") == []
    # without the earlier citation, the same finding is uncited
    uncited = body.replace(" [1]", "")
    assert codes(run(uncited, ()), "claim-uncited")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Stroke Association has found that most survivors want more rehab.", "Stroke Association"),
        ("Bowel Cancer UK estimates that 1 in 15 men will be diagnosed.", "Bowel Cancer UK"),
        ("The Royal Osteoporosis Society supports a bone scan at 50.", "Royal Osteoporosis Society"),
    ],
)
def test_a_body_outside_the_vocabulary_that_finds_estimates_or_supports_is_the_source(text, name):
    assert name in attributed_names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reviews funded by the Stroke Association found that rehab helps.",
        "Trial A5349 found the shorter course worked.",
    ],
)
def test_who_paid_for_the_work_and_a_study_number_are_not_the_source(text):
    assert attributed_names(text) == []


def test_a_trial_s_kind_between_its_name_and_trial():
    text = "In the KESTREL-02 randomised controlled trial, stays were shorter [1]."
    assert [n.name for n in named_sources(text) if n.kind == "trial"] == ["KESTREL-02"]


def test_a_known_body_that_commissioned_the_work_does_not_speak():
    text = "Reviews commissioned by the World Health Organization found lower risk [1]."
    assert [n.name for n in named_sources(text) if n.kind == "organisation"] == []
