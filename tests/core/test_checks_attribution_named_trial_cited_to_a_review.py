"""A trial named by its name and cited only to a review of many trials, whose title names no
trial ("The ASPRE trial showed … (Duley et al., 2019)", a Cochrane review of antiplatelet
agents): an attribution mismatch, for the trial's own paper is what bears out what it showed.
Before, a title that names no trial neither confirmed nor contradicted an unknown trial, so the
citation went unreported. A sentence that names the review, or cites the trial's own paper, is
not reported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REVIEW = ReferenceData(
    number=1,
    title="Antiplatelet agents for preventing pre-eclampsia and its complications",
    source="Cochrane Database of Systematic Reviews",
    year=2019,
)
TRIAL_PAPER = ReferenceData(
    number=2,
    title="Aspirin versus placebo in pregnancies at high risk for preterm preeclampsia",
    source="N Engl J Med",
    year=2017,
)


def _mismatches(sentence: str) -> list:
    return codes(run(sentence + "\n", (REVIEW, TRIAL_PAPER)), "attribution-mismatch")


def test_a_named_trial_cited_only_to_a_review_is_a_mismatch() -> None:
    found = _mismatches(
        "The ASPRE trial showed that 150 mg at night cut early pre-eclampsia by more than half [1]. "
        "Aspirin is cheap and widely available [2]."
    )
    assert [f.reference for f in found] == [1]


def test_the_trials_own_paper_or_a_sentence_naming_the_review_is_not_reported() -> None:
    assert _mismatches("The ASPRE trial showed that 150 mg at night cut early pre-eclampsia [2]. Aspirin helps [1].") == []
    assert _mismatches(
        "A Cochrane review that included the ASPRE trial found aspirin lowers the risk [1]. Aspirin helps [2]."
    ) == []
