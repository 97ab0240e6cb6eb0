"""A count of the people who have agreed to take part in the page's own work ("Since 2015, 1,240
patients from nine specialist centres have agreed to share their clinical information with the
registry") is its record, not a figure anyone measured; a share of them is still a statistic."""

from __future__ import annotations

from tests.core.checks_support import codes, run

FOLLOWS = " This page explains the condition we study and how registries like ours help improve care.\n"


def _uncited(sentence: str) -> list[str]:
    return [f.excerpt for f in codes(run(sentence + FOLLOWS, audience="patient"), "claim-uncited")]


def test_those_who_agreed_to_take_part_are_its_record() -> None:
    assert _uncited(
        "Thank you for being part of PH-LINK. Since 2015, 1,240 patients from nine specialist centres have "
        "agreed to share their clinical information with the registry."
    ) == []
    assert _uncited("More than 3,000 families have volunteered to take part in our study.") == []


def test_a_share_of_them_is_still_a_statistic() -> None:
    sentence = "About 40% of patients have agreed to share their clinical information with researchers."
    assert _uncited(sentence) == [sentence]
