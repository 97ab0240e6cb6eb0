"""A trial given its name after it is described ("A large Dutch trial of more than 84,000 adults
aged 65 and over, called CAPiTA, found …") is named as a trial is before "trial": cited only to a
review of vaccines whose title names no trial, a mismatch. Before, only a name standing before
"trial" or "study" was read as a trial's, so the citation went unreported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.checks.named_sources import named_sources
from workstation.model import ReferenceData

REVIEW = ReferenceData(
    number=1,
    title="Vaccines for preventing pneumococcal infection in adults",
    source="Cochrane Database of Systematic Reviews",
    year=2013,
)
SENTENCE = (
    "A large Dutch trial of more than 84,000 adults aged 65 and over, called CAPiTA, found that a "
    "conjugate vaccine prevented nearly half of first episodes of vaccine-type pneumonia [1]."
)


def test_a_trial_called_by_its_name_is_named() -> None:
    assert [n.name for n in named_sources(SENTENCE)] == ["CAPiTA"]
    assert [n.name for n in named_sources("The study, known as HALT-MS, followed 24 adults.")] == ["HALT-MS"]
    # a person or a place called by a name is no trial
    assert named_sources("A trial nurse called Sarah Jones will ring you.") == []


def test_a_trial_called_by_its_name_and_cited_to_a_review_is_a_mismatch() -> None:
    found = codes(run(SENTENCE + "\n", (REVIEW,)), "attribution-mismatch")
    assert [f.reference for f in found] == [1]
