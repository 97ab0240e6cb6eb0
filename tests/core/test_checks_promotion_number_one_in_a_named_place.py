""""The number one tanning studio in the North West": first in a place the page names, as "the
best clinic in Manchester" is read. Before, a business ranked number one only in a place
from the short list ("in the UK", "in the region") was promotion; a named one was not."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def _promotion(sentence: str) -> list:
    return codes(run(sentence + "\n", ()), "promotional-language")


def test_number_one_in_a_named_place_is_promotion() -> None:
    assert len(_promotion("We're the number one tanning studio in the North West, with trained staff.")) == 1
    assert len(_promotion("Smile Bright is the number one cosmetic dentist in Leeds.")) == 1


def test_number_one_cause_or_killer_in_a_named_place_is_a_fact() -> None:
    assert _promotion("Stroke is the number one cause of disability in Scotland.") == []
    assert _promotion("Falls are the number one reason older people go to hospital in Wales.") == []
