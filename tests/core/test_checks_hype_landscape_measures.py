"""A superlative that measures the land itself ("some of the highest trails on earth", "the
deepest lake on the planet") is a fact of a place, not a product ranked on the market: a
trekking company saying where its groups walk is not praising itself. Before, any "the
…est … on earth" was read as hype. A superlative of what the page sells stays hype."""

from __future__ import annotations

import pytest

from workstation.checks.promotional import hype_terms


@pytest.mark.parametrize(
    ("place", "sold"),
    [
        (
            "Every season our groups walk some of the highest trails on earth, from the Everest region to Kilimanjaro.",
            "We sell the highest quality collagen on earth.",
        ),
        (
            "Lake Baikal, the deepest lake on the planet, is on our summer itinerary.",
            "Our mats give the deepest relaxation on earth.",
        ),
        (
            "The tallest mountains on earth are in the Himalaya, where oxygen is scarce.",
            "The longest-lasting sunscreen on the market.",
        ),
    ],
)
def test_a_measure_of_the_land_is_not_hype_but_of_what_is_sold_is(place: str, sold: str) -> None:
    assert hype_terms(place) == []
    assert hype_terms(sold) != []
