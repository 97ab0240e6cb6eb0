"""A reference whose authors open its title while its year is kept apart (front matter's
"authors", "title", "year", or any entry stored so): "Okafor N, Lind P. Statins after stroke"
with year 2019. The authors a sentence names ("Brandt and colleagues found … [1]") are compared
with them, as with an entry that prints its year: another team's paper contradicts the
sentence, the authors' own bears it out."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

OKAFOR = ReferenceData(1, "research", "Okafor N, Lind P, Hale S. Statins after ischaemic stroke in older adults", "Lancet", 2019)
BRANDT = ReferenceData(2, "research", "Brandt K, Moreau C, et al. Statin use and recurrent stroke: a cohort study", "BMJ", 2021)


def _mismatched(sentence: str) -> list[int | None]:
    return [f.reference for f in codes(run(sentence + "\n", (OKAFOR, BRANDT)), "attribution-mismatch")]


def test_authors_named_against_another_teams_entry_are_a_mismatch() -> None:
    assert _mismatched(
        "Brandt and colleagues, following 40,000 older adults, found fewer second strokes on statins [1]. "
        "Statins are widely used [2]."
    ) == [1]


def test_the_authors_own_entry_bears_them_out() -> None:
    assert _mismatched(
        "Brandt and colleagues, following 40,000 older adults, found fewer second strokes on statins [2]. "
        "Statins are widely used [1]."
    ) == []
