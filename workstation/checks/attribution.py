"""``attribution-mismatch``: a claim names its source, and the cited reference is not that source.

A sentence such as "as stated in the 2023 EULAR recommendations update [1]" makes two
promises about reference 1: it is from 2023 and it is EULAR's. This check finds such
attributions (see :mod:`workstation.checks.sources`) and compares them with the cited
references' year, title and source (see :mod:`workstation.checks.source_match`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workstation.checks.context import ArticleContext, describe_reference
from workstation.checks.finding import ERROR, WARNING, Finding, make_finding, shorten
from workstation.checks.source_match import reference_bears_name, reference_bears_year
from workstation.checks.sources import attributed_names, attributed_years, is_source_acronym
from workstation.model import ReferenceData

CODE = "attribution-mismatch"


def _only_study_names(names: list[str]) -> bool:
    """Are all the unmatched names acronyms of studies or trials ("the SCOT study")?"""
    return all(is_source_acronym(n) for n in names)


def _mismatches(text: str, refs: list[ReferenceData]) -> tuple[list[str], list[str]]:
    """What the sentence names that none of ``refs`` bears out: (years, names)."""
    bad_years: list[str] = []
    bad_names: list[str] = []
    for year in attributed_years(text):
        verdicts = [reference_bears_year(ref, year) for ref in refs]
        if False in verdicts and True not in verdicts:
            bad_years.append(str(year))
    for name in attributed_names(text):
        verdicts = [reference_bears_name(ref, name) for ref in refs]
        if False in verdicts and True not in verdicts:
            bad_names.append(name)
    return bad_years, bad_names


def _join(items: Sequence[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _message(bad_years: list[str], bad_names: list[str], refs: list[ReferenceData]) -> str:
    named = [f"the year {y}" for y in bad_years] + [f"\u201c{n}\u201d" for n in bad_names]
    problems = []
    if bad_years:
        years = sorted({str(r.year) for r in refs if r.year})
        problems.append(
            f"{'it is' if len(refs) == 1 else 'they are'} from {_join(years)}"
            if years
            else f"{'it gives' if len(refs) == 1 else 'they give'} another year"
        )
    if bad_names:
        quoted = _join([f"\u201c{n}\u201d" for n in bad_names])
        problems.append(
            f"{'its' if len(refs) == 1 else 'their'} title and source do not mention {quoted}"
        )
    if len(refs) == 1:
        ref = refs[0]
        cited = (
            f"the cited reference {ref.number}, {describe_reference(ref)}, does not bear that out"
        )
        target = f"reference {ref.number}"
    else:
        listed = "; ".join(f"{r.number}: {describe_reference(r)}" for r in refs)
        cited = f"none of the cited references ({listed}) bears that out"
        target = "the cited references"
    return (
        f"This claim names {_join(named)} as its source, but {cited}: "
        f"{' and '.join(problems)}. Cite the source the sentence names, or reword the sentence "
        f"to match {target}."
    )


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One error per cited claim whose named source its existing references contradict."""
    for sentence in ctx.structure.sentences:
        if not sentence.citations or not ctx.in_article_text(sentence):
            continue
        refs = [ctx.by_number[n] for n in sentence.citations if n in ctx.by_number]
        if not refs:
            continue  # unresolved citations are citation-unresolved's business
        bad_years, bad_names = _mismatches(sentence.text, refs)
        if not bad_years and not bad_names:
            continue
        reference = refs[0].number if len(refs) == 1 else None
        # A trial's own paper often leaves its acronym out of the title: when only such a
        # name fails to match a research reference, ask the reviewer rather than assert.
        severity = (
            WARNING
            if not bad_years
            and _only_study_names(bad_names)
            and all(r.type == "research" for r in refs)
            else ERROR
        )
        yield make_finding(
            CODE,
            severity,
            _message(bad_years, bad_names, refs),
            shorten(sentence.text, 400),
            sentence.start,
            sentence.end,
            reference,
        )
