"""A count per day or week in an instruction to the reader ("Eat three small meals and two
snacks a day", "Offer your toddler five or six drinks a day") is the advice itself, what to
do, not a rate anyone measured. The same count said of people is still a rate to cite."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_a_count_in_an_instruction_is_no_rate() -> None:
    assert uncited_excerpts('Eat "little and often": three small meals and two or three snacks a day.') == []
    assert uncited_excerpts("Offer your toddler five or six drinks of water a day in hot weather.") == []
    assert uncited_excerpts("Aim for two portions of oily fish a week.") == []


def test_a_count_said_of_people_is_still_a_rate() -> None:
    assert uncited_excerpts("Older people living alone eat two or three snacks a day.") != []
    assert uncited_excerpts("Children get six to eight colds a year.") != []
