"""Attribution of two bodies the vocabulary knows only now (ESPGHAN, the Global Task Force on
Cholera Control), and of a body that sets a goal, recognises something or whose roadmap aims
at something ("The World Health Organization has set a goal …", "… recognises homeopathy …",
"The Global Task Force on Cholera Control's roadmap aims …"), each against a paper by others.
Before, none of them was read as naming its source, so the mismatch went unreported."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

OTHERS = (
    ReferenceData(1, "research", "Probiotics for infant colic: a randomised trial", "Pediatrics", 2019),
    ReferenceData(2, "guideline", "Hepatitis C elimination programme: annual update", "NHS England", 2024),
)


def _mismatches(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, OTHERS, audience="patient"), "attribution-mismatch")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Society for Paediatric Gastroenterology, Hepatology and Nutrition says there is no need to change formula [1].",
        "The Global Task Force on Cholera Control's roadmap aims to cut cholera deaths by 90% by 2030 [2].",
        "The World Health Organization has set a goal to eliminate hepatitis C by 2030 [2].",
        "The World Health Organization recognises homeopathy as widely used [1].",
    ],
)
def test_a_body_that_speaks_sets_a_goal_or_recognises_against_a_paper_by_others(sentence: str) -> None:
    assert _mismatches(f"Health notes.\n\n{sentence}\n") != []
