"""A ranking stated on its own ("Glaucoma is the leading cause of irreversible blindness
worldwide.") before a citing sentence of its paragraph that moves on to something else
("Open-angle glaucoma … develops slowly … [1]") is a claim without a source. Before, a citing
sentence later in the paragraph covered any sentence without a figure. One that refers back to
the subject ("It affects …") or names what it is ranked in ("… of dementia cases [1]") still
covers it."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (ReferenceData(number=1, title="Glaucoma and dementia in adults", source="BMJ", year=2020),)


def _uncited(paragraph: str) -> list[str]:
    return [f.excerpt[:26] for f in codes(run(paragraph + "\n", REFS), "claim-uncited")]


def test_a_ranking_before_a_citing_sentence_about_something_else_is_uncited() -> None:
    assert _uncited(
        "Glaucoma is the leading cause of irreversible blindness worldwide. Open-angle glaucoma, "
        "the most common type, develops slowly and often causes no symptoms at first [1]."
    ) == ["Glaucoma is the leading ca"]


def test_a_ranking_the_citing_sentence_goes_on_about_is_covered() -> None:
    assert _uncited(
        "Iron deficiency is the most common cause of anaemia. It affects about 1 in 4 pregnant "
        "women worldwide [1]."
    ) == []
    assert _uncited(
        "Hearing loss in mid-life is the largest single modifiable risk factor for dementia. "
        "Treating hearing loss could prevent around 7% of dementia cases worldwide [1]."
    ) == []
