"""A sentence that ends on a word of digits and a letter ("… for the over-60s.", "… in the
1990s.") ends there: the letter is no initial ("J. Smith"), so the next sentence is one of
its own and is read on its own."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation import structure


def _sentences(text: str) -> list[str]:
    return [s.text for s in structure.analyze(text + "\n").sentences]


def test_a_word_of_digits_and_a_letter_ends_its_sentence() -> None:
    assert _sentences("It's made for the over-60s. Just one shake a day is enough.") == [
        "It's made for the over-60s.", "Just one shake a day is enough.",
    ]
    assert _sentences("Rates fell in the 1990s. Then they rose again.") == [
        "Rates fell in the 1990s.", "Then they rose again.",
    ]


def test_initials_still_do_not_end_one() -> None:
    assert _sentences("The trial was led by J. Smith in London.") == ["The trial was led by J. Smith in London."]


def test_two_promises_in_two_sentences_are_two_findings() -> None:
    body = (
        "Our shake\n\nIt's the most powerful muscle-building formula ever created for the over-60s. "
        "It's the only supplement you will ever need.\n"
    )
    assert len(codes(run(body, audience="patient"), "promotional-language")) == 2
