"""A figure of people ("1 in 4 adults", "half of children") is found by two searches, not by one
pattern that ran to the end of the words again from every digit: on long words without people
at their end that took time growing with the square of their length."""

from __future__ import annotations

import pytest

from workstation.checks.uncited import _people_figure


@pytest.mark.parametrize(("words", "expected"), [
    ("1 in 4 adults", True),
    ("half of children", True),
    ("Around 2 million workers", True),
    ("twelve of the pupils", True),
    ("one in three people\n", True),  # a line's end
    ("most adults", False),  # no figure
    ("1 in 4 of the doses", False),  # not people
    ("4 adults are", False),  # the people do not end the words
    ("1 in 4\nadults", False),  # the figure on another line
    ("halfadults", False),
])
def test_a_figure_of_people(words, expected):
    assert _people_figure(words) is expected


def test_long_words_without_people_at_their_end_are_read_at_once(within_seconds):
    hostile = "1 in 4 x " * 50_000
    assert not _people_figure(hostile)
    assert _people_figure(hostile + "adults")
