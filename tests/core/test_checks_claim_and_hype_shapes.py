"""Shapes of uncited claims and of promotion read by their structure, not by a word list.

Numeric claims ("N times more likely", "N in M" of any group, a median), regulators acting
with auxiliaries or negation before the verb, products taken off the market, and promotion
by rank, endorsement, secrets, product superlatives and comparisons with other brands.
"""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, codes, run
from workstation.checks.promotional import hype_terms
from workstation.checks.uncited import uncited_marker


@pytest.mark.parametrize(
    "text",
    [
        "Women with the condition are up to four times more likely to develop diabetes.",
        "Smokers are 2.5 times more likely to need surgery.",
        "About 9 in 10 teenagers who start vaping keep going.",
        "Nearly 3 out of 4 mothers stop breastfeeding by six months.",
        "Median predicted survival now exceeds 50 years.",
        "The drug was withdrawn worldwide after reports of liver damage.",
        "The pads were recalled in the UK.",
        "The FDA requires a boxed warning on the label.",
        "The FTC took action against the company in 2020.",
        "The MHRA has not approved the device.",
        "The Medicines and Healthcare products Regulatory Agency licensed it last year.",
        "Heart disease remains the leading cause of death for people over 75.",
        "Migraine is the second biggest cause of disability worldwide.",
        "Prostate cancer is the most common cancer in men.",
        "Hearing loss is the largest changeable risk factor for dementia.",
    ],
)
def test_numeric_and_regulatory_claims_by_structure(text):
    assert uncited_marker(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Take one tablet 2 times a day.",
        "Mix 1 in 10 with water before use.",
        "The means of testing are simple.",
        "Ask whether the product has been withdrawn.",
        "Your doctor will advise you.",
        "Muscle aches are the most common complaint.",
        "Upset stomach was the most common reason for stopping.",
        "The most common side effects are headache and nausea.",
        "She works for the biggest cancer charity.",
        # a comparison with other brands is promotion, reported as such, not a statistic
        "Our formula is 5 times more absorbable than other collagen brands.",
    ],
)
def test_plain_sentences_are_not_claims(text):
    assert uncited_marker(text) is None


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("ProBioMax is the #1 doctor-recommended probiotic.", "#1"),
        (
            "It is the number one gut health supplement in the UK.",
            "number one gut health supplement",
        ),
        ("Try the pharmacist-recommended cream.", "pharmacist-recommended"),
        ("The ultimate goal of treatment is remission.", None),
        ("Collagen is the ultimate anti-ageing secret.", "ultimate anti-ageing secret"),
        ("Dermatologists' best-kept secret is here.", "best-kept secret"),
        ("The results clinics don't want you to know.", "don't want you to know"),
        ("GlowBoost is the fastest-acting collagen on the market.", "fastest-acting"),
        ("It is the most effective serum on the market.", "most effective serum on the market"),
        ("It works 3 times faster than other collagen brands.", "than other collagen brands"),
        ("It absorbs better than any other brand.", "than any other brand"),
        ("Our pads outsell the competition.", None),
        ("It is the only device that cures sleep apnoea overnight.", "only device that cures"),
        ("Surgery is the only treatment that cures this cancer.", None),
    ],
)
def test_promotion_by_rank_secret_superlative_and_brand_comparison(text, term):
    terms = hype_terms(text)
    if term is None:
        assert terms == []
    else:
        assert any(term.casefold() in t.casefold() for t in terms), terms


@pytest.mark.parametrize(
    "text",
    [
        "Heart disease is the number one cause of death.",
        "Smoking is the number one risk factor for lung cancer.",
        "The best treatment depends on your symptoms.",
        "Keep the leaflet somewhere secret from children? No: keep it with the medicine.",
    ],
)
def test_ranks_and_superlatives_that_are_not_promotion(text):
    assert_not_promotion(text)


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Sellers call them a miracle cleanse, but the dark colour comes from sweat.\n", False),
        (
            "Teas are sold as a miracle for weight loss, but the weight lost is mostly water.\n",
            False,
        ),
        ("Our patients call it a miracle, and they come back every year.\n", True),
    ],
)
def test_hype_explained_away_is_not_promotion(body, flagged):
    assert bool(codes(run(body), "promotional-language")) == flagged


@pytest.mark.parametrize(
    "text",
    [
        "A cheap drug cuts deaths from bleeding, researchers say.",
        "Scientists estimated that the number will double.",
        "Ginger calms nausea in animal studies.",
        "Green tea slows tumour growth in laboratory studies.",
        "Stroke is the country's biggest killer.",
        "Eczema is the most common type of skin disease in children.",
        "Lung cancer is the most commonly diagnosed cancer in the world.",
        "Prescriptions have grown fourfold in a decade.",
        "Children catch six to eight colds a year.",
        "Adults have up to 3 migraines a month.",
        "The cream was approved for the condition in 2024.",
        "It has been licensed for children since 2019.",
        "The Food Standards Agency advises adults to take no more than 10 mg a day.",
        "The National Dental Association recommends brushing for two minutes.",
    ],
)
def test_reported_findings_rankings_rates_approvals_and_a_bodys_advice(text):
    assert uncited_marker(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Experts said the finding was a game-changer for emergency care.",
        "Some experts think the placebo made the drug look better.",
        "Take 2 to 4 tablets a day with food.",
        "Aim for 150 minutes a week of brisk walking.",
        "Ask whether it is approved.",
        "A 2020 guideline from the American College of Rheumatology recommends a low dose.",
        # "kills 100% of mites" is a product's promise (promotional-language), not a share
        "Our kit kills 100% of mites in one application.",
    ],
)
def test_opinions_doses_and_a_named_guideline_are_not_claims_to_cite(text):
    assert uncited_marker(text) is None


def test_a_pages_masthead_is_site_furniture_not_a_claim():
    body = (
        "Online Pharmacy Start consultation Trusted by over 2 million customers\n\n"
        "An enlarged prostate is common in older men.\n"
    )
    assert codes(run(body), "claim-uncited") == []
    # The same words in the article's prose are a claim.
    prose = "An enlarged prostate is common. It is trusted by over 2 million customers.\n"
    assert codes(run(prose), "claim-uncited")


@pytest.mark.parametrize(
    "text",
    [
        "It works 10 times faster than ordinary curcumin capsules.",
        "Our lozenges act twice as fast as regular zinc tablets.",
        "Our Relief Kit kills 100% of mites in one application.",
        "The spray eliminates all germs on contact.",
    ],
)
def test_promotion_against_the_ordinary_product_and_absolute_kills(text):
    assert hype_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Permethrin kills most mites but not all of their eggs.",
        "The drug worked better than standard treatment in the trial.",
    ],
)
def test_partial_kills_and_comparisons_with_treatment_are_not_promotion(text):
    assert_not_promotion(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Our physiotherapists are the finest in the whole of Scotland.", "finest in the whole of Scotland"),
        ("The NovaPatch is the most accurate thermometer ever sold.", "ever sold"),
        ("BrightSmile is the nation's most trusted dental practice.", "nation's most trusted"),
        ("HealthFirst is Britain's leading online pharmacy.", "Britain's leading"),
        ("QuickGP is the number one women's health app.", "number one women's health app"),
        ("Our unparalleled care team answers within the hour.", "unparalleled"),
    ],
)
def test_praise_that_ranks_the_page_s_own_in_a_place_or_of_all_time(text, term):
    assert any(term.casefold() in t.casefold() for t in hype_terms(text)), hype_terms(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lung cancer is the most common cause of cancer death in the UK.",
        "Dementia is the UK's leading cause of death.",
        "Scotland has the highest rate of heart disease in Europe.",
        "However, fever in a baby under 3 months always needs a doctor.",
        "Have you ever made an appointment and forgotten it?",
    ],
)
def test_facts_of_a_place_and_other_uses_of_ever_are_not_promotion(text):
    assert_not_promotion(text)
