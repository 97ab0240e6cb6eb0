"""A page may first give a reference to the wrong trial ("In the ASCEND trial, rivoxamide … [2]",
where entry 2 is a paper on bemitinib) and then to its own ("In the two QUERNA trials,
bemitinib … [2]"). The first sentence is the mismatch; it does not make entry 2 the first
trial's paper, so the second, which the entry's medicine bears out, is not reported. Once a
sentence has rightly given the entry to one trial, another trial given the same entry still
is."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

RIVOX = ReferenceData(
    1, "research", "A phase 3 trial of rivoxamide in patients with chronic lung scarring", "N Engl J Med", 2014
)
BEMIT = ReferenceData(
    2, "research", "Efficacy and safety of bemitinib in chronic lung scarring", "N Engl J Med", 2014
)


def _mismatched(paragraph: str) -> list[int | None]:
    found = codes(run(paragraph + "\n", (RIVOX, BEMIT)), "attribution-mismatch")
    return [f.reference for f in found]


def test_a_trial_given_wrongly_first_does_not_claim_the_entry() -> None:
    paragraph = (
        "In the ASCEND trial, rivoxamide cut the fall in lung function by almost half compared with placebo [2]. "
        "In the two QUERNA trials, bemitinib slowed the yearly fall in lung function by roughly half [2]. "
        "Both medicines are taken every day [1]."
    )
    assert _mismatched(paragraph) == [2]


def test_an_entry_rightly_given_to_one_trial_is_not_another_trials() -> None:
    paragraph = (
        "In the two QUERNA trials, bemitinib slowed the yearly fall in lung function by roughly half [2]. "
        "In the TALLOWA trial, bemitinib was also safe in older people [2]. "
        "Both medicines are taken every day [1]."
    )
    assert _mismatched(paragraph) == [2]
