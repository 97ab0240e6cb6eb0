"""A superscript citation printed after a space, before the sentence's full stop ("… glucose
tolerance ¹.", "… in humans ¹."), cites as it does printed straight after the word; a power
after a number or a unit ("10 ²", "25 m ²") and a mark the list does not hold stay as printed."""

from __future__ import annotations

from tests.core.checks_support import codes, page_findings
from workstation.importers.page_capture import parse_page
from workstation.importers.superscript_citations import link_superscript_citations

PAGE = """Prediabetes: a turning point

The lifestyle programme cut the number of new cases of type 2 diabetes by 58%, and metformin by 31% \u00b9.

People who completed the NHS programme lost weight and had lower HbA1c levels on average \u00b2.

References
\u00b9 Diabetes Prevention Program Research Group. Reduction in the incidence of type 2 diabetes with lifestyle intervention or metformin. New England Journal of Medicine, 2002;346:393\u2013403.
\u00b2 Valabhji J, Barron E, Bradley D, et al. Early outcomes from the English National Health Service Diabetes Prevention Programme. Diabetes Care, 2020;43(1):152\u2013160.
"""

ASPARTAME = (
    "Is aspartame safe?\n\n"
    "The cancer agency put aspartame in Group 2B, citing limited evidence in humans \u00b9. "
    "The acceptable daily intake stayed at 40mg per kilogram of body weight \u00b2.\n\n"
    "The European Food Safety Authority concluded in 2013 that aspartame is safe \u00b3.\n\n"
    "Sources\n"
    "\u00b9 Riboli E, Beland FA, Lachenmeier DW, et al. Carcinogenicity of aspartame. Lancet Oncol. 2023;24(8):848-850.\n"
    "\u00b2 World Health Organization. Aspartame hazard and risk assessment results released. 2023.\n"
    "\u00b3 Cancer Research UK. Does aspartame cause cancer? cancerresearchuk.org, 2023.\n"
)


def test_a_superscript_after_a_space_is_a_citation() -> None:
    assert link_superscript_citations("reduced the risk in adults with impaired glucose tolerance \u00b9.", frozenset({1})) == (
        "reduced the risk in adults with impaired glucose tolerance [1]."
    )
    assert link_superscript_citations("by 58%, and metformin by 31% \u00b9,\u00b2.") == "by 58%, and metformin by 31% [1, 2]."
    assert link_superscript_citations('is "safe" \u00b9.') == 'is "safe" [1].'
    assert link_superscript_citations("the role of vitamin D\t\u00b2.") == "the role of vitamin D\t[2]."


def test_a_power_after_a_space_stays() -> None:
    for text in ("a count of 10 \u00b2.", "an area of 5 m \u00b2."):
        assert link_superscript_citations(text) == text
    assert link_superscript_citations("about 10 \u2076.", frozenset({6})) == "about 10 \u2076."
    assert link_superscript_citations("an area of 25 m \u00b2.", frozenset({2})) == "an area of 25 m \u00b2."


def test_a_mark_the_list_lacks_or_within_the_sentence_stays() -> None:
    assert link_superscript_citations("in humans \u2077.", frozenset({1, 2})) == "in humans \u2077."
    assert link_superscript_citations("in humans \u00b9 and more.", frozenset({1})) == "in humans \u00b9 and more."


def test_the_page_cites_its_works() -> None:
    findings = page_findings(PAGE)
    assert codes(findings, "reference-uncited") == []
    assert codes(findings, "claim-uncited") == []


def test_a_mark_after_a_space_before_the_stop_cites() -> None:
    body = parse_page(ASPARTAME).body
    assert "in humans [1]." in body and "body weight [2]." in body


def test_every_entry_is_cited_and_the_body_named_is_compared() -> None:
    found = page_findings(ASPARTAME)
    assert codes(found, "reference-uncited") == []
    assert [f.reference for f in codes(found, "attribution-mismatch")] == [3]
