"""A share of people stated without its noun ("around 1 in 10 still have pain a year later")
and a sharp trend over a stated time ("Reports of dog deaths … have risen sharply across England
in the past five summers") are figures to cite; a dilution ("1 in 10 bleach") and a trend with
no size or no time ("cases have risen") are not read so."""

from __future__ import annotations

from tests.core.checks_support import codes, run

CITED = "Pelvic girdle pain affects about 1 in 5 pregnant women [1].\n\n"


def _uncited(sentence: str) -> list[str]:
    return [f.excerpt for f in codes(run(CITED + sentence + "\n", audience="patient"), "claim-uncited")]


def test_a_share_without_its_noun() -> None:
    sentence = "Most women's symptoms settle within three months of giving birth, but around 1 in 10 still have pain a year later."
    assert _uncited(sentence) == [sentence]


def test_a_sharp_trend_over_a_stated_time() -> None:
    sentence = ("Reports of dog deaths linked to blue-green algae have risen sharply across England in the "
                "past five summers.")
    assert _uncited(sentence) == [sentence]


def test_a_dilution_and_a_vague_trend_are_not_figures() -> None:
    assert _uncited("Mix the cleaner at around 1 in 10 with water and wipe the surfaces down each evening.") == []
    assert _uncited("Cases of the infection in dogs have risen, so keep your dog away from the water.") == []
