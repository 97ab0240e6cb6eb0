"""A product's own superlatives: the creamiest, purest or most potent of its kind in a place
("the creamiest oat drink in the world", "the purest and most potent cherry concentrate in
Britain"), and the only balm, concentrate or drink that stops a sickness or "makes your gut
feel amazing". Before, only the best, finest, greatest and a short list of "most …" were
read in a place, and "the only …" only for a short list of kinds that cure, stop or work."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def _promotion(sentence: str) -> list:
    return codes(run(sentence + "\n", ()), "promotional-language")


def test_a_products_taste_and_purity_ranked_in_a_place_are_promotion() -> None:
    assert len(_promotion("Oathaus Original is lactose-free and the creamiest oat drink in the world.")) == 1
    assert len(_promotion("Our cherry concentrate is the purest and most potent cherry concentrate in Britain.")) == 1


def test_the_only_balm_or_drink_that_stops_or_makes_you_feel_is_promotion() -> None:
    assert len(_promotion("LipRescue is the only lip balm that stops cold sores before they start.")) == 1
    assert len(_promotion("It's the only oat drink that makes your gut feel amazing, every single time.")) == 1


def test_a_fact_of_a_place_or_the_only_treatment_is_not_promotion() -> None:
    assert _promotion("Mesothelioma is most common in men over 70 in the UK.") == []
    assert _promotion("Surgery is the only treatment that removes the gallbladder stones for good.") == []
    assert _promotion("Vitamin D is the only vitamin that your skin makes in sunlight.") == []
