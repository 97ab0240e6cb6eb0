"""Promotion that ranks the page's own offer first (nature's strongest, the best cure, the
best treatment "we provide", the greatest advance of an age, "the ultimate" anything), hurries
the reader (a few places left) or promises a feeling, an energy, a detox, an immunity or a
confidence without limit. And the facts and plain advice in the same words."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Sea buckthorn is nature's strongest antioxidant.", "nature's strongest"),
        ("Cupping is the most powerful home cure for back ache.", "most powerful home cure"),
        ("Reflexology is the best treatment we provide for stress.", "best treatment we provide"),
        ("She called it the greatest medical advance of the decade.", "greatest medical advance of the decade"),
        ("Our retreat is the ultimate gut reset.", "the ultimate gut"),
        ("Walk out looking instantly younger.", "looking instantly younger"),
        ("Hurry: only two places remaining for May!", "only two places remaining"),
        ("Unlock limitless energy with our morning shot.", "limitless energy"),
        ("The tea detoxifies your liver overnight.", "detoxifies your liver"),
        ("Our tonic floods your body with nutrients.", "floods your body with"),
        ("This balm makes you invincible against midges.", "makes you invincible"),
        ("Book now and travel with complete confidence.", "with complete confidence"),
        ("Discover the secret to radiant skin at any age.", "the secret to radiant"),
    ],
)
def test_ranking_hurrying_and_limitless_promises_are_promotion(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "The ultimate goal of treatment is to prevent a second stroke.",
        "The ultimate cause of the outbreak was never found.",
        "Only two of the 40 patients were left with a scar.",
        "There is no cure for the common cold, and the best approach is rest.",
        "Statins are the most effective treatment for lowering cholesterol, the review found.",
        "The liver and kidneys remove waste from your body.",
        "People with the condition feel the cold more than others.",
        "It was the most important risk factor in the cohort.",
        "Your immune system makes you less likely to catch it twice.",
    ],
)
def test_facts_and_advice_in_the_same_words_are_not_promotion(text):
    assert_not_promotion(text)
