"""Hype a page puts in quotes as a short phrase of someone else's ("a month off is no 'detox
miracle'", "We won't pretend a juice is a "superfood miracle"") is the page holding the words
at arm's length, as it does a single quoted word ("a "miracle" drink"): no promotion. Before,
only a word with the quotes straight around it was read so. Hype the page says in its own words
around a quoted name, and a long quoted boast, are still promotion."""

from __future__ import annotations

from tests.core.checks_support import promotion_excerpts


def test_hype_in_a_short_quoted_phrase_is_held_at_arms_length() -> None:
    assert promotion_excerpts('We won\'t pretend a week of juicing is a "detox miracle" though.') == []
    assert promotion_excerpts("Sea swimming is no \u2018miracle cure\u2019 for low mood, but many enjoy it.") == []
    assert promotion_excerpts("Some shops sell it as a \u201cmiracle anti-ageing cream\u201d for the face.") == []


def test_hype_outside_the_quotes_or_in_a_long_quote_is_still_promotion() -> None:
    assert promotion_excerpts('Our "Glow" serum is a miracle for tired skin.') != []
    assert promotion_excerpts('"This serum is a total miracle for my skin and I use it every day," says Jo.') != []
    assert promotion_excerpts("Our clinic's results are miraculous, and it's the best in town.") != []
