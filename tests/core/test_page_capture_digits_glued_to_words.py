"""Superscript citation numbers a captured page copies as digits glued to the word before
the full stop or comma ("… than white bread2,3.") are read as citation marks when the
page's list has every number; links, codes and words that take a number of their own
("omega3") are left alone."""

from __future__ import annotations

import pytest

from workstation.importers.glued_citations import link_glued_citations

LISTED = frozenset(range(1, 8))


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Rye crackers kept bloating down better than plain toast2,3. Most people",
         "Rye crackers kept bloating down better than plain toast[2, 3]. Most people"),
        ("Oat bran had no effect on cholesterol in a small trial4.",
         "Oat bran had no effect on cholesterol in a small trial[4]."),
        ("Some find relief from peppermint oil (for cramps and wind)6, which is cheap.",
         "Some find relief from peppermint oil (for cramps and wind)[6], which is cheap."),
    ],
)
def test_digits_glued_to_a_word_are_citation_marks(text: str, linked: str) -> None:
    assert link_glued_citations(text, LISTED) == linked


@pytest.mark.parametrize(
    "text",
    [
        "Fish oil is a good source of omega3, as are walnuts.",
        "The leaflet is at www.example.org/leaflet2. Ask your nurse for a copy.",
        "Her plan went up to level12.",  # a number the list lacks
    ],
)
def test_other_digits_after_a_word_stay_as_written(text: str) -> None:
    assert link_glued_citations(text, LISTED) == text


def test_without_a_list_of_works_nothing_is_linked() -> None:
    assert link_glued_citations("It helped in a small trial4.", ()) == "It helped in a small trial4."
