""""One of the most common reasons people …" names a reason among others, which a reviewer
does not ask a source for; "the most common reason why …" ranks it first, which they do."""

from __future__ import annotations

import pytest

from tests.core.checks_support import uncited_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "Knee pain is one of the most common reasons people see a physiotherapist.",
        "Ingrown toenails are one of the commonest reasons children visit our foot clinic.",
    ],
)
def test_a_reason_among_others_needs_no_source(sentence: str) -> None:
    assert uncited_excerpts(sentence) == []


def test_the_first_reason_still_needs_a_source() -> None:
    sentence = "Knee pain is the most common reason why older people stop walking for exercise."
    assert uncited_excerpts(sentence) == [sentence]
