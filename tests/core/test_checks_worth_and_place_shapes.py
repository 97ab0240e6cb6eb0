"""Promotion in more shapes: a need to do something gone for ever, a superlative against
anything the reader can buy or that exists, the only one worth the money, first or safest
in a place, sizes dropped, a fountain of youth, a trouble forgotten for good, and toxins
flushed after a few words. And the facts in the same words that are not promotion."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("With our insoles you will never need to see a podiatrist again.", "you will never need to see a podiatrist again"),
        ("It is the gentlest shampoo you can buy.", "gentlest shampoo you can buy"),
        ("Acupuncture is the most natural remedy for migraine there is.", "most natural remedy for migraine there is"),
        ("We think our balm is the only one worth trying.", "the only one worth trying"),
        ("These are the number one sleep drops in Scotland.", "number one sleep drops in Scotland"),
        ("Take two a day and you will lose a dress size.", "you will lose a dress size"),
        ("Our infusion is an elixir of youth for tired skin.", "elixir of youth"),
        ("One course and you can say goodbye to eczema forever.", "say goodbye to eczema forever"),
        ("These are the world's purest omega-3 capsules.", "world's purest"),
        ("Ours is the most relaxing spa in Yorkshire.", "most relaxing spa in Yorkshire"),
        ("Our foot soak draws out months of toxins.", "draws out months of toxins"),
    ],
)
def test_more_promises_are_promotion(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "Lung cancer is the number one cause of cancer death in the UK.",
        "It is the most common fracture there is in older women.",
        "The world's largest trial of the vaccine reported in 2021.",
        "Most people never need to see a specialist again after the first visit.",
        "You can buy the cream from a pharmacy.",
        "Is there a cream worth trying for this rash?",
    ],
)
def test_facts_in_the_same_words_are_not_promotion(text):
    assert_not_promotion(text)
