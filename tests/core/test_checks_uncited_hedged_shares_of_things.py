"""A share of things counted, hedged as an estimate ("Up to a third of hamstring strains
recur", "Nearly half of all sharps injuries … are never reported", "well over half of
gonococcal isolates are resistant"), is a statistic as a share of people is; an amount of
something ("about half of the dose") is not."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_hedged_shares_of_things_are_statistics() -> None:
    for sentence in (
        "Up to a third of hamstring strains recur, most of them within two weeks of returning to sport.",
        "Nearly half of all sharps injuries to healthcare workers are never reported.",
        "In England, well over half of gonococcal isolates are already resistant to tetracyclines.",
    ):
        assert len(uncited_excerpts(sentence)) == 1, sentence


def test_an_amount_of_something_is_not() -> None:
    assert uncited_excerpts("Take about half of the dose if you weigh less than 50kg.") == []
    assert uncited_excerpts("Fill up to a third of the bottle with cooled boiled water.") == []
