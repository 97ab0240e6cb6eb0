"""A share of people in words, or a range of shares, stated on its own ("Between a quarter and a
half of first-time users feel some symptoms in their first session") before a citing sentence
of its paragraph about something else: a claim without a source. Before, only a share in
figures ("more than 90% of") or a figure with its people ("1 in 4 adults") was read as stated
on its own; a share in words was taken as covered by the citation that followed it."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (ReferenceData(number=1, title="Cybersickness in immersive technology", source="Int J Hum Comput Interact", year=2020),)


def _uncited(paragraph: str) -> list[str]:
    return [f.excerpt[:30] for f in codes(run(paragraph + "\n", REFS), "claim-uncited")]


def test_a_share_of_people_in_words_before_a_citing_sentence_is_uncited() -> None:
    assert _uncited(
        "Between a quarter and a half of first-time users feel some symptoms in their first session. "
        "Women and people who get car sick are more likely to be affected [1]."
    ) == ["Between a quarter and a half o"]
    assert _uncited(
        "About a third of older patients become confused in hospital. "
        "Quiet wards help them sleep [1]."
    ) == ["About a third of older patient"]


def test_a_share_in_a_studys_account_or_of_things_is_covered() -> None:
    assert _uncited(
        "In the trial, half of the participants were given the headset. "
        "Symptoms were milder with repeated use [1]."
    ) == []
    assert _uncited(
        "Half of the headset's weight sits at the front. Symptoms are milder with repeated use [1]."
    ) == []
