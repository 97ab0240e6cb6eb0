"""Attributions in more shapes: a body's dated report ("The Stroke Association's 2019 report")
and a journal before the work it printed ("A landmark Nature study") are compared with the cited
reference; of two cited references, the one of the year a sentence names is the one its finding
is about; a citation by author and year that resolves to nothing names no year of the others
the sentence cites; and a guideline revised in its body's journal bears out that body."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

KIM = ReferenceData(
    1, "research", "Kim S, Novak P. Stroke care in rural hospitals: a cohort.", "BMJ Open", 2019
)
DRAKE = ReferenceData(
    2, "research", "Drake A, Ferris L. Hand splints after stroke: a trial.", "Clin Rehabil", 2021
)


def _found(body: str, refs: tuple[ReferenceData, ...]) -> list:
    return codes(run(f"A page\n\n{body}\n", refs), "attribution-mismatch")


def test_a_bodys_dated_report_is_compared_with_the_cited_paper() -> None:
    found = _found("The Stroke Association's 2019 report estimated that a third of survivors need help [1].", (KIM,))
    assert len(found) == 1 and "Stroke Association" in found[0].message


def test_a_journal_before_the_work_it_printed_is_compared_with_the_cited_paper() -> None:
    found = _found("A landmark Nature study showed that early scans halve disability [1].", (KIM,))
    assert len(found) == 1 and "Nature" in found[0].message


def test_of_two_cited_references_the_one_of_the_named_year_is_the_findings() -> None:
    found = _found("A 2021 Yale study showed that splints restore grip [1, 2].", (KIM, DRAKE))
    assert [f.reference for f in found] == [2]


def test_an_unresolved_author_year_citation_names_no_year_of_the_other_work() -> None:
    refs = (
        ReferenceData(1, "research", "Kim S, Novak P. Stroke care in rural hospitals: a cohort. BMJ Open. 2019;9:e1.", "", None),
    )
    body = "Splints do not restore grip (Osei et al., 2014), and care in rural hospitals is slower (Kim & Novak, 2019)."
    findings = run(f"A page\n\n{body}\n", refs)
    assert codes(findings, "attribution-mismatch") == []
    assert len(codes(findings, "citation-unresolved")) == 1


def test_a_guideline_revised_in_its_bodys_journal_bears_out_the_body() -> None:
    ref = ReferenceData(
        1, "guideline", "Neck Pain: Revision 2017.", "The Journal of orthopaedic and sports physical therapy", 2017
    )
    body = "The American Physical Therapy Association's guideline recommends exercise [1]."
    assert _found(body, (ref,)) == []
