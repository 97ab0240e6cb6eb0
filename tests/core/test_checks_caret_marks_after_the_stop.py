"""Caret marks printed after a sentence's full stop in Markdown ("… runs in families.^2 Next
…", "… blurred vision.^6"): each is the sentence's own citation, read as the import leaves it,
so the sentence is cited, the reference is cited, and a number the list lacks is unresolved."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData
from workstation.structure import analyze

REFS = (
    ReferenceData(1, "research", "Hyperhidrosis: an update on prevalence and severity in the United States",
                  "Archives of Dermatological Research", 2016),
    ReferenceData(2, "guideline", "Hyperhidrosis: Clinical Knowledge Summary",
                  "National Institute for Health and Care Excellence", 2023),
)

BODY = """## How common is it?

A 2016 survey of 8,160 people in the US estimated that about 4.8% have hyperhidrosis.^1 Primary hyperhidrosis usually starts in childhood and often runs in families.^2 If sweating starts suddenly, see a GP.

- **Tablets** such as oxybutynin or propantheline reduce sweating all over but can cause dry mouth.^6
"""


def test_the_caret_mark_ends_its_sentence() -> None:
    quotes = [s.quote for s in analyze(BODY).sentences]
    assert quotes[0].endswith("hyperhidrosis.^1")
    assert quotes[1].startswith("Primary hyperhidrosis")


def test_caret_marks_cite() -> None:
    findings = run(BODY, REFS, audience="patient")
    assert codes(findings, "claim-uncited") == []
    assert codes(findings, "reference-uncited") == []
    unresolved = codes(findings, "citation-unresolved")
    assert [(f.reference, f.excerpt[:24]) for f in unresolved] == [(6, "Tablets such as oxybutyn")]


def test_a_power_is_no_mark() -> None:
    findings = run("A 2016 survey of 8,160 people found that 10^6 cells is about 4.8% of the total.", REFS)
    assert codes(findings, "citation-unresolved") == []
