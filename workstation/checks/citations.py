"""``citation-unresolved`` and ``reference-uncited``: citation markers against the references."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from workstation.checks.author_year import by_their_authors
from workstation.checks.context import ArticleContext, describe_reference
from workstation.checks.finding import ERROR, WARNING, Finding, make_finding, shorten
from workstation.checks.printed_marks import without_printed_marks
from workstation.citations import CITATION_RE
from workstation.messages import message
from workstation.structure import citations_in, display_text

UNRESOLVED = "citation-unresolved"
UNCITED = "reference-uncited"


class CitingPassage(NamedTuple):
    """A sentence, bullet or table row that carries citation markers."""

    start: int
    end: int
    text: str
    citations: tuple[int, ...]
    printed: str  # the text with its citation markers, as the page prints it


def citing_passages(ctx: ArticleContext) -> Iterator[CitingPassage]:
    """Every passage outside the reference list that cites something, in body order."""
    for sentence in ctx.structure.sentences:
        if ctx.kind_of(sentence.section) == "references":
            continue
        cites = ctx.cites(sentence)  # by number, or by author and year
        if cites:
            printed = display_text(sentence.quote, keep_marks=True)
            yield CitingPassage(sentence.start, sentence.end, sentence.text, cites, printed)
    # The structure does not split tables into sentences; read their rows here.
    for block in ctx.structure.blocks:
        if block.kind != "table" or ctx.kind_of(block.section) == "references":
            continue
        offset = block.start
        for line in ctx.block_source(block).split("\n"):
            if CITATION_RE.search(line):
                cites = citations_in(line)
                if cites:
                    start = offset + len(line) - len(line.lstrip())
                    yield CitingPassage(
                        start, offset + len(line.rstrip()), display_text(line), cites,
                        display_text(line, keep_marks=True),
                    )
            offset += len(line) + 1


def describe_listed(numbers: list[int]) -> str:
    """'no references', 'only 3 references', or 'references 1, 2 and 5'."""
    if not numbers:
        return message("finding.listed-none")
    if numbers == list(range(1, len(numbers) + 1)):
        return message("finding.listed-count-one" if len(numbers) == 1 else "finding.listed-count", count=len(numbers))
    shown = [str(n) for n in numbers[:12]] + (["\u2026"] if len(numbers) > 12 else [])
    if len(shown) == 1:
        return message("finding.listed-one", number=numbers[0])
    return message("finding.listed-numbers", numbers=", ".join(shown[:-1]), last=shown[-1])


def check_unresolved(ctx: ArticleContext) -> Iterator[Finding]:
    """One error per (passage, number) where the number is not in the reference list."""
    listed = sorted(ctx.by_number)
    for passage in ctx.citing:
        for number in passage.citations:
            if number in ctx.by_number:
                continue
            yield make_finding(
                UNRESOLVED,
                ERROR,
                message("finding.citation-unresolved", number=number, listed=describe_listed(listed)),
                shorten(passage.printed, 400),
                passage.start,
                passage.end,
                number,
                # the same finding as when its excerpt left the marks out: a dismissal still holds
                about=shorten(without_printed_marks(passage.text), 400),
            )
    # "(Smith et al., 2021)" on a page that cites by author and year, with no such entry.
    for sentence in ctx.structure.sentences:
        cited = ctx.author_year.get(sentence.start) if ctx.author_year else None
        if cited is None or not ctx.in_article_text(sentence):
            continue
        for citation in cited.unresolved:
            yield make_finding(
                UNRESOLVED,
                ERROR,
                message("finding.citation-unresolved-author", citation=citation.text,
                        listed=describe_listed(listed)),
                shorten(sentence.text, 400),
                sentence.start,
                sentence.end,
                None,
            )


def check_uncited(ctx: ArticleContext) -> Iterator[Finding]:
    """One warning per listed reference that no passage cites."""
    cited: set[int] = set()
    for passage in ctx.citing:
        cited.update(passage.citations)
    # an entry cited by its authors with another year: that citation is citation-unresolved's
    unresolved = [c for resolved in (ctx.author_year or {}).values() for c in resolved.unresolved]
    if unresolved:
        cited.update(by_their_authors(unresolved, ctx.references))
    seen: set[int] = set()
    for ref in ctx.references:
        if ref.number in cited or ref.number in seen:
            continue
        seen.add(ref.number)
        text = message("finding.reference-uncited", number=ref.number, reference=describe_reference(ref))
        excerpt = shorten(ref.title, 400) if ref.title.strip() else f"Reference {ref.number}"
        yield make_finding(UNCITED, WARNING, text, excerpt, None, None, ref.number)
