"""What every check reads: the article, its structure (analysed once) and its references."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from workstation.messages import message
from workstation.model import ReferenceData
from workstation.references.retractions import Notice
from workstation.structure import Block, BodyStructure, Sentence, analyze

if TYPE_CHECKING:
    from workstation.checks.author_year import Resolved
    from workstation.checks.citations import CitingPassage

# Sections whose sentences are not the article's own statements.
NON_CLAIM_SECTIONS = frozenset({"references", "disclaimer"})


@dataclass(frozen=True)
class ArticleContext:
    """An article prepared for the checks; built once per :func:`run_checks` call."""

    title: str
    body: str
    audience: str
    references: tuple[ReferenceData, ...]
    structure: BodyStructure
    by_number: dict[int, ReferenceData] = field(default_factory=dict)
    section_kinds: dict[int, str] = field(default_factory=dict)
    # reference number -> the retraction notice governing the cited work
    retractions: Mapping[int, Notice] = field(default_factory=dict)

    @classmethod
    def build(
        cls, *, title: str, body: str, audience: str, references: Sequence[ReferenceData],
        retractions: Mapping[int, Notice] | None = None,
    ) -> ArticleContext:
        structure = analyze(body)
        refs = tuple(references)
        by_number: dict[int, ReferenceData] = {}
        for ref in refs:
            by_number.setdefault(ref.number, ref)
        kinds = {s.position: s.kind for s in structure.sections}
        return cls(title, body, audience, refs, structure, by_number, kinds, dict(retractions or {}))

    @cached_property
    def author_year(self) -> dict[int, Resolved]:
        """Sentence start -> what the sentence cites by author and year (see author_year);
        the reference list's own entries cite nothing."""
        from workstation.checks import author_year  # (here: that module imports this one)

        cited = [s for s in self.structure.sentences if self.kind_of(s.section) != "references"]
        return author_year.read(cited, self.references, self.body)

    @cached_property
    def printed(self) -> dict[int, tuple[int, ...]]:
        """Sentence start -> the numbers it cites by marks the import left as printed (see
        printed_marks): only on a page with a list, whose numbers these are not."""
        from workstation.checks.printed_marks import printed_citations

        if not self.references:
            return {}
        found = {s.start: printed_citations(s.quote) for s in self.structure.sentences}
        return {start: numbers for start, numbers in found.items() if numbers}

    @cached_property
    def citing(self) -> tuple[CitingPassage, ...]:
        """The passages that cite something (see citations.citing_passages), read once for the
        rules that go through them all."""
        from workstation.checks.citations import citing_passages  # (here: it imports this module)

        return tuple(citing_passages(self))

    def cites(self, sentence: Sentence) -> tuple[int, ...]:
        """The reference numbers a sentence cites, by number, by a mark left as printed, or by
        author and year."""
        extra = self.author_year.get(sentence.start) if self.author_year else None
        printed = self.printed.get(sentence.start) if self.printed else None
        if (extra is None or not extra.numbers) and printed is None:
            return sentence.citations
        more = (*(printed or ()), *(extra.numbers if extra is not None else ()))
        return tuple(dict.fromkeys((*sentence.citations, *more)))

    def cites_anything(self, sentence: Sentence) -> bool:
        """Does the sentence cite, resolved or not, by number or by author and year?"""
        return (
            bool(sentence.citations)
            or (bool(self.printed) and sentence.start in self.printed)
            or (bool(self.author_year) and sentence.start in self.author_year)
        )

    def kind_of(self, section: int) -> str:
        """The kind of a section ("body", "guidelines", "references" …) by its index."""
        return self.section_kinds.get(section, "body")

    def in_article_text(self, sentence: Sentence) -> bool:
        """False for sentences of the reference list and the disclaimer."""
        return self.kind_of(sentence.section) not in NON_CLAIM_SECTIONS

    def block_source(self, block: Block) -> str:
        """The exact body text of a block (a heading's ``text`` drops its '#' marks)."""
        return self.body[block.start : block.end]


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one white-space separated string (for word lists)."""
    return frozenset(words.split())


def describe_reference(ref: ReferenceData) -> str:
    """'"Title" (Source, 2025)' — how messages name a reference."""
    details = [part for part in (ref.source.strip(), str(ref.year) if ref.year else "") if part]
    suffix = f" ({', '.join(details)})" if details else ""
    title = ref.title.strip()
    if not title:  # the one word of ours in it: a sentence of its own, so the window can translate it
        return message("reference.untitled", details=suffix)
    return f"\u201c{title}\u201d{suffix}"
