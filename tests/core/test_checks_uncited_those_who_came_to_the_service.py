"""A count of those who came to the service itself ("Over 20,000 volunteers have travelled with
us since 2009") is its own record, as "We have treated over 2,000 patients" is, not a count of
people at large to cite. Before, only a sentence that opened on "Our" or "We" was read so."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def _uncited(text: str) -> list:
    return codes(run(text + "\n", ()), "claim-uncited")


def test_a_count_of_those_who_came_with_us_is_the_services_own() -> None:
    assert _uncited("Over 20,000 volunteers have travelled with us since 2009.") == []
    assert _uncited("More than 5,000 walkers have trained through us for the challenge.") == []


def test_a_share_of_those_who_came_or_a_count_at_large_is_still_a_claim() -> None:
    assert len(_uncited("About 1 in 5 people who come to our clinic have diabetes.")) == 1
    assert len(_uncited("Over 20,000 volunteers travel abroad each year.")) == 1
