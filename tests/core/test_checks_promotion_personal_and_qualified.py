"""Hype a writer puts as their own experience and qualifies for others in the same sentence
("For me the brace was a lifesaver, but everyone is different and it won't suit everyone") is
a patient's account, not promotion. A business's boast, hype with no qualification, and a
product page's "results may vary" are still promotion."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def _promotion(sentence: str) -> list:
    return codes(run(sentence + "\n", ()), "promotional-language")


def test_a_personal_game_changer_qualified_for_others_is_no_promotion() -> None:
    assert _promotion("For me the knee brace has been a game changer, but everyone's different and it isn't for everyone.") == []
    assert _promotion("In my experience the new tablets were a miracle, but they may not work for you.") == []


def test_unqualified_or_a_business_boast_is_still_promotion() -> None:
    assert _promotion("For me the knee brace has been a game changer for my walking.") != []
    assert _promotion("Our knee brace is a game changer, but everyone's different.") != []
    assert _promotion("This miracle brace will transform your knees. Results may vary for everyone.") != []
