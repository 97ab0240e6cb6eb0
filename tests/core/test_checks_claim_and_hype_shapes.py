"""Shapes of uncited claims and of promotion read by their structure, not by a word list.

Numeric claims ("N times more likely", "N in M" of any group, a median), regulators acting
with auxiliaries or negation before the verb, products taken off the market, and promotion
by rank, endorsement, secrets, product superlatives and comparisons with other brands.
"""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
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
    assert hype_terms(text) == []


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
