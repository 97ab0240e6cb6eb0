"""A sentence that says when its work appeared by the decade ("A study of Swedish army
conscripts, first published in the 1980s, found …", "a 1990s trial") makes a promise about the
cited reference as a year does: a paper of 2002 is not that work. Before, only years were read."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

REFS = (
    ReferenceData(1, "research", "Zammit S, Allebeck P, Andreasson S, Lewis G. Self reported cannabis use as a risk factor for schizophrenia in Swedish conscripts of 1969: historical cohort study. BMJ. 2002;325(7374):1199.", "", None),
    ReferenceData(2, "research", "Andreasson S, Allebeck P, Engstrom A, Rydberg U. Cannabis and schizophrenia: a longitudinal study of Swedish conscripts. Lancet. 1987;2(8574):1483-6.", "", None),
    ReferenceData(3, "guideline", "NHS. Psychosis. nhs.uk.", "", None),
)


def _mismatched(sentence: str) -> list:
    return [(f.reference, "1980s" in f.message) for f in codes(run(sentence + "\n", REFS), "attribution-mismatch")]


def test_a_work_of_another_decade_is_a_mismatch() -> None:
    sentence = "A study of Swedish army conscripts, first published in the 1980s, found that heavy users were more likely to be diagnosed with schizophrenia [1]."
    assert _mismatched(sentence) == [(1, True)]


def test_a_work_of_that_decade_or_with_no_year_holds() -> None:
    assert _mismatched("A study of Swedish conscripts, first published in the 1980s, found a link [2].") == []
    assert _mismatched("A study from the 1980s found a link [3].") == []
