"""Small hand-written articles and helpers shared by the check rule tests."""

from __future__ import annotations

from workstation.checks import Finding, run_checks
from workstation.checks.promotional import hype_terms
from workstation.importers.page_capture import parse_page
from workstation.model import ReferenceData

GUIDE = ReferenceData(
    1,
    "guideline",
    "Guideline Directed Topic Overview",
    "Dr.Oracle Medical Advisory Board & Editors",
    2025,
)


def run(
    body: str,
    refs: tuple[ReferenceData, ...] = (),
    *,
    audience: str = "clinician",
    title: str = "An article",
) -> list[Finding]:
    return run_checks(title=title, body=body, audience=audience, references=refs)


def page_findings(page: str, *, audience: str | None = None) -> list[Finding]:
    """The findings on a captured page read as the import reads it, for the page's own audience
    unless one is given."""
    draft = parse_page(page)
    return run_checks(
        title=draft.title, body=draft.body, audience=audience or draft.audience, references=draft.references
    )


def codes(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def refs(count: int) -> tuple[ReferenceData, ...]:
    return tuple(
        ReferenceData(n, "research", f"Study number {n}", "Neurology", 2020)
        for n in range(1, count + 1)
    )


def assert_promotes(text: str, term: str) -> None:
    """The promotional rule reads ``term`` (any case) among the hype of ``text``."""
    found = hype_terms(text)
    assert term.lower() in [t.lower() for t in found], found


def assert_not_promotion(text: str) -> None:
    assert hype_terms(text) == []


def promotion_excerpts(sentence: str) -> list[str]:
    """The promotional-language findings' excerpts of a patient page holding this sentence."""
    body = f"Our clinic.\n\n{sentence}\n"
    return [f.excerpt for f in codes(run(body, audience="patient"), "promotional-language")]


def uncited_excerpts(paragraph: str) -> list[str]:
    """The claim-uncited findings' excerpts of a patient page holding this paragraph."""
    body = f"A page\n\n{paragraph}\n"
    return [f.excerpt for f in codes(run(body, audience="patient"), "claim-uncited")]
