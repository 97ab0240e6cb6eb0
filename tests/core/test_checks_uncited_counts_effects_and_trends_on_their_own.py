"""A count of deaths or cases, an effect by a share and a trend over the last decade, each
stated on its own before a citing sentence of its paragraph that is about something else, are
claims to cite: "there were nearly 3,000 heat-related deaths in England in the summer of 2022",
"boosts collagen production by 31% after just four sessions", "admissions for scurvy have more
than trebled in the last decade". Before, the later citation was taken to cover them."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (ReferenceData(1, "guideline", "NHS. Heat exhaustion and heatstroke. nhs.uk, 2023.", "", 2023),)


def _uncited(text: str) -> list[str]:
    return [f.excerpt[:25] for f in codes(run(text + "\n", REFS), "claim-uncited")]


def test_a_count_of_deaths_before_a_citing_sentence_is_uncited() -> None:
    text = (
        "Hot weather can kill: there were nearly 3,000 heat-related deaths in England in the summer of 2022. "
        "Babies and people over 65 are more likely to become unwell in the heat [1]."
    )
    assert _uncited(text) == ["Hot weather can kill: the"]


def test_an_effect_by_a_share_before_a_citing_sentence_is_uncited() -> None:
    text = (
        "Red light therapy boosts collagen production by 31% after just four sessions. "
        "There is not enough evidence to say that it helps with cellulite [1]."
    )
    assert _uncited(text) == ["Red light therapy boosts "]


def test_a_trend_over_the_last_decade_before_a_citing_sentence_is_uncited() -> None:
    text = (
        "Hospital admissions for scurvy in England have more than trebled in the last decade. "
        "People most at risk include older people living alone [1]."
    )
    assert _uncited(text) == ["Hospital admissions for s"]


def test_a_study_account_of_cases_is_covered_by_its_citation() -> None:
    text = "In the trial, 12 cases of heatstroke were seen in the first week. Most recovered within a day [1]."
    assert _uncited(text) == []
