"""Promotion in more shapes: a comfort ranked first in a place ("the lightest rollator in the
UK"), a rank printed "No. 1", the page's own best ever, a superlative over anything available,
a product that gives the most of anything, a problem gone "for good" or that will "never … again",
many times more than the ordinary kind of a product, and the only programme that works. And hype
that is not the page's own: a concession ("Even the best kit in the world won't …"), a share of
people with no side effects, hearsay put to the reader and then turned, a family's praise of
their son, and the caution word "promise" when it is part of a product's name."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes, promotion_excerpts


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("The StrideLite is the lightest rollator in the UK.", "the lightest rollator in the UK"),
        ("Our surgeons perform the safest BBL in the world.", "the safest BBL in the world"),
        ("Voted the UK's No. 1 mobility shop three years running.", "UK's No. 1"),
        ("Wild Culture is the UK's best-tasting kombucha.", "UK's best-tasting"),
        ("Our retreat is the UK's most successful PTSD programme.", "UK's most successful"),
        ("Our plan is the most complete funeral plan in the UK.", "most complete funeral plan in the UK"),
        ("It's our most advanced recipe ever.", "our most advanced recipe ever"),
        ("It is the most accurate algorithm available on any consumer wearable.",
         "most accurate algorithm available on any"),
        ("SkyComfort seats give you the most legroom of any airline.", "give you the most legroom of any"),
        ("Wear them for a month and your back pain will be gone for good.", "gone for good"),
        ("One bottle a day will melt away bloating for good.", "melt away bloating for good"),
        ("Our treatment stops it coming back for good.", "stops it coming back for good"),
        ("Silence your tinnitus for good with a free trial.", "Silence your tinnitus for good"),
        ("With our app you'll never be caught off guard by a migraine again.",
         "you'll never be caught off guard by a migraine again"),
        ("With MyoStop, your child will never need stronger glasses again.",
         "your child will never need stronger glasses again"),
        ("HydraCell drinks are the number one hydration drink for runners.", "number one hydration drink"),
        ("Barefoot walking fixes flat feet at the root.", "fixes flat feet at the root"),
        ("It's the only sleep programme that works for every baby.", "the only sleep programme that works"),
        ("Our brew is 10 times more potent than ordinary supermarket kombucha.",
         "10 times more potent than ordinary supermarket"),
        ("Our spray kills 100% of mould on contact.", "kills 100% of mould"),
    ],
)
def test_ranks_promises_for_good_and_against_the_ordinary_are_promotion(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "Even the best kit in the world won't keep you warm if it's sitting in the car.",
        "Most people have few or no side effects.",
        "The contrast has been used in millions of scans, and most people have no side effects at all.",
        '"Jack was the best lad you could ever meet," said Claire.',
    ],
)
def test_concessions_shares_of_people_and_a_familys_praise_are_not_promotion(text):
    assert_not_promotion(text)


def test_hearsay_put_to_the_reader_and_turned_is_not_the_pages_promotion():
    for sentence in (
        "You may have heard that hibiscus tea is a miracle cure for high blood pressure, but the "
        "studies are small.",
        "You may hear people on the wing say the tablets are a miracle cure that works overnight, "
        "but you need to take every tablet.",
    ):
        assert promotion_excerpts(sentence) == []


def test_promise_in_a_products_name_does_not_read_as_a_caution():
    assert_promotes(
        "Our Golden Promise funeral plan is the most comprehensive plan in the UK.",
        "most comprehensive plan in the UK",
    )
