"""A superscript citation printed after a space, before the sentence's full stop ("… glucose
tolerance ¹."), cites as it does printed straight after the word; a power after a number or a
unit ("10 ²", "5 m ²") stays as printed."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.superscript_citations import link_superscript_citations

PAGE = """Prediabetes: a turning point

The lifestyle programme cut the number of new cases of type 2 diabetes by 58%, and metformin by 31% \u00b9.

People who completed the NHS programme lost weight and had lower HbA1c levels on average \u00b2.

References
\u00b9 Diabetes Prevention Program Research Group. Reduction in the incidence of type 2 diabetes with lifestyle intervention or metformin. New England Journal of Medicine, 2002;346:393\u2013403.
\u00b2 Valabhji J, Barron E, Bradley D, et al. Early outcomes from the English National Health Service Diabetes Prevention Programme. Diabetes Care, 2020;43(1):152\u2013160.
"""


def test_a_superscript_after_a_space_is_a_citation() -> None:
    assert link_superscript_citations("reduced the risk in adults with impaired glucose tolerance \u00b9.", frozenset({1})) == (
        "reduced the risk in adults with impaired glucose tolerance [1]."
    )
    assert link_superscript_citations("by 58%, and metformin by 31% \u00b9,\u00b2.") == "by 58%, and metformin by 31% [1, 2]."


def test_a_power_after_a_space_stays() -> None:
    for text in ("a count of 10 \u00b2.", "an area of 5 m \u00b2."):
        assert link_superscript_citations(text) == text


def test_the_page_cites_its_works() -> None:
    findings = page_findings(PAGE)
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "claim-uncited") == []
