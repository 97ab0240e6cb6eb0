"""Author-year citations: "(Smith et al., 2021)", "(Smith and Jones 2020; Lee 2019)",
"Smith et al. (2021) found …", "(Office of Dietary Supplements, 2022)".

Pages written in this style cite by the first author's surname (or a body's name) and
the year, with "a", "b" … for two works of one author in one year. Each citation is
resolved against the reference list: an entry whose text begins with that name (APA,
Vancouver and most styles print the first author first) and that has that year. A
resolved citation counts as the reference's number does: the reference is cited, the
sentence is cited, and attribution compares the sentence with that reference.

A citation no entry bears out is unresolved, but only on a page that cites in this style
(at least one of its author-year citations resolves) and only where the sentence cites
no number: "(ESC, 2021) [3]" names its source, and a page whose list prints no authors
cannot be read this way at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from workstation.checks.context import word_set
from workstation.checks.source_match import full_names
from workstation.model import ReferenceData
from workstation.references.normalise import fold
from workstation.structure import Sentence

_YEAR = r"(?:19|20)\d\d"
# a joint name is one author: "BHIVA/BASHH"
# (a surname may begin with an accented capital: "Østerås et al. 2017")
_NAME_WORD = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]*(?:/[A-Z][\w'\u2019-]*)*"
_JOINING = r"(?:of|for|on|and|the|de|van|von|der|den|la|le|du|da|dos|del|di|&)"
# A name: a surname ("Hemilä", "O'Brien", "van der Berg") or a body's name ("Office of
# Dietary Supplements", "Committee on Toxicity"), then perhaps more authors, "et al." or
# "and colleagues".
_AUTHORS = (
    rf"(?P<first>(?:(?:van|von|de|der|den|da|du|la|le|del|di)\s+)*{_NAME_WORD}"
    # a number between two words of a body's name: "IARC Monographs Vol 124 Group"
    rf"(?:\s+{_JOINING}\s+{_NAME_WORD}|\s+{_NAME_WORD}|\s+\d{{1,4}}(?=\s+[A-Z])){{0,5}}?)"
    # "Tipton, Eglin & Golden": authors listed with commas before the last
    # ... or "and colleagues" for "et al.": "(Hajek and colleagues, 2019)"
    rf"(?:\s+et\s+al\.?|\s+and\s+(?:colleagues|co-?workers|co-?authors)|(?:,\s+{_NAME_WORD}){{0,5}},?\s+(?:and|&)\s+(?:(?:van|von|de|der|da|du)\s+)*{_NAME_WORD})?"
)
# One citation inside brackets: "Smith et al., 2021a", "Smith and Jones 2020".
_CITATION_RE = re.compile(
    rf"^\s*(?:(?:e\.g\.|see|cf\.|also)\s*,?\s*)?{_AUTHORS},?\s+(?P<year>{_YEAR})(?P<suffix>[a-z])?"
    r"(?:\s*,\s*(?:p|pp)\.\s*[\d\u2013-]+)?\s*$"
)
# "(Smith et al., 2021)", or in square brackets: "[Low 2012]"
_BRACKETS_RE = re.compile(
    rf"\(([^()]{{3,300}}?{_YEAR}[a-z]?[^()]{{0,40}})\)|\[([^\[\]()]{{3,300}}?{_YEAR}[a-z]?[^\[\]()]{{0,40}})\]"
)
_NARRATIVE_RE = re.compile(rf"(?<![\w-]){_AUTHORS}\s+\((?P<year>{_YEAR})(?P<suffix>[a-z])?\)")
_QUICK_RE = re.compile(rf"{_YEAR}[a-z]?[)\]]")
# Words that start a bracket's text but name no author: "(March 2021)", "(Phase 3, 2020)", and
# a degree with the year it was taken: "Dr Amina Shah (MBBS 2009)".
_NOT_AUTHORS = word_set(
    """mbchb mbbs bmbs mbbch bmbch md phd dphil msc bsc mphil mpharm bds bdss frcp mrcp frcs
    mrcgp frcgp frcpath frcr rgn january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter in since
    from between before after until by during published updated accessed phase the a an
    this that week year figure table"""
)


class Citation(NamedTuple):
    """One author-year citation as written, and what it cites."""

    text: str
    name: str
    year: int
    suffix: str
    start: int
    end: int


class Resolved(NamedTuple):
    """What a sentence cites by author and year: the numbers found, and what was not."""

    numbers: tuple[int, ...]
    unresolved: tuple[Citation, ...]


def _fold(text: str) -> str:
    """Lower case without accents: "Retterstøl" and "Retterstol", "Hemilä" and "Hemila"
    (ø has no accent to take off)."""
    return fold(text.replace("\u00f8", "o").replace("\u00d8", "O"))


def _citation(match: re.Match[str], offset: int, text: str) -> Citation | None:
    first = match.group("first").strip()
    if _fold(first.split()[0]) in _NOT_AUTHORS:
        return None
    return Citation(
        text.strip(), first, int(match.group("year")), match.group("suffix") or "", offset,
        offset + len(text),
    )


def citations_in(text: str) -> list[Citation]:
    """The author-year citations of a sentence, in order."""
    if not _QUICK_RE.search(text):
        return []
    found: list[Citation] = []
    for brackets in _BRACKETS_RE.finditer(text):
        inner = 1 if brackets.group(1) is not None else 2
        inner_start = brackets.start(inner)
        pieces = brackets.group(inner).split(";")
        offset = inner_start
        for piece in pieces:
            match = _CITATION_RE.match(piece)
            if match is not None:
                cited = _citation(match, offset, piece)
                if cited is not None:
                    found.append(cited)
            offset += len(piece) + 1
    for match in _NARRATIVE_RE.finditer(text):
        cited = _citation(match, match.start(), match.group(0))
        if cited is not None and not any(c.start <= cited.start < c.end for c in found):
            found.append(cited)
    found.sort(key=lambda c: c.start)
    return found


def without_bracketed(text: str) -> str:
    """The sentence without its bracketed author-year citations, as its display text is
    without bracketed numbers: "… in winter (SACN, 2016)." -> "… in winter."."""

    def drop(brackets: re.Match[str]) -> str:
        pieces = (brackets.group(1) or brackets.group(2)).split(";")
        cites = all(
            (match := _CITATION_RE.match(piece)) is not None
            and _fold(match.group("first").split()[0]) not in _NOT_AUTHORS
            for piece in pieces
        )
        return "" if cites else brackets.group(0)

    return re.sub(r"\s+([.,;:!?])", r"\1", _BRACKETS_RE.sub(drop, text)).strip()


class _Entry(NamedTuple):
    number: int
    head: str  # the folded words the entry begins with
    author_head: str  # after a group's name and a colon: "The X Collaborative Group: Herrington, W."
    source: str
    years: frozenset[int]


_WORDS_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
# A group that signs a paper before its first author: "The RECOVERY Collaborative Group:",
# "SPRINT Research Group:", "ASPREE Investigators:".
_GROUP_RE = re.compile(
    r"^[^:.()]{0,80}?\b(?:Group|Groups|Investigators|Collaborators|Collaboration|Consortium|"
    r"Committee|Writing\s+Committee|Trialists)\s*:\s*"
)
_ENTRY_YEAR_RE = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


def _entries(references: Sequence[ReferenceData]) -> list[_Entry]:
    entries = []
    for ref in references:
        years = {int(y) for y in _ENTRY_YEAR_RE.findall(f"{ref.title} {ref.source}")}
        if ref.year:
            years.add(ref.year)
        head = " ".join(_WORDS_RE.findall(_fold(ref.title[:200])))
        group = _GROUP_RE.match(ref.title)
        author_head = " ".join(_WORDS_RE.findall(_fold(ref.title[group.end() : 200]))) if group else ""
        source = " ".join(_WORDS_RE.findall(_fold(ref.source[:200])))
        entries.append(_Entry(ref.number, head, author_head, source, frozenset(years)))
    return entries


def _begins_with(words: str, name: str) -> bool:
    return bool(name) and (words == name or words.startswith(name + " "))


_STOP = word_set("of for and the on in")


def _initials_begin(words: str, acronym: str) -> bool:
    """ "WHO" for an entry by the "World Health Organization", "UKHSA" for one by the "UK
    Health Security Agency": the entry's first words spell the acronym, each giving one to
    three leading letters (a stop word may give none)."""
    if len(acronym) < 2:
        return False
    reachable = {0}
    for word in words.split()[: len(acronym) + 3]:
        following = {p for p in reachable if word in _STOP}
        for position in reachable:
            following.update(
                position + size for size in (1, 2, 3)
                if acronym[position : position + size] == word[:size] and position + size <= len(acronym)
            )
        if len(acronym) in following:
            return True
        if not following:
            return False
        reachable = following
    return False


def _folded_names(acronym: str) -> tuple[str, ...]:
    """A body's full names for its acronym, folded as entries are ("NICE" is not the
    initials of the National Institute for Health and Care Excellence)."""
    return tuple(" ".join(_WORDS_RE.findall(_fold(n))) for n in full_names(acronym)) if acronym else ()


def resolve(citation: Citation, entries: Sequence[_Entry], *, any_year: bool = False) -> tuple[int, ...]:
    """The numbers of the entries by this name and year (the suffix picks one of several);
    ``any_year``: by this name, whatever their year."""
    name = " ".join(_WORDS_RE.findall(_fold(citation.name)))
    acronym = name if citation.name.isupper() and " " not in name else ""
    names = (name, *_folded_names(citation.name if acronym else ""))
    matching = [
        e.number
        for e in entries
        if (any_year or citation.year in e.years)
        and (
            any(_begins_with(e.head, n) or _begins_with(e.source, n) for n in names)
            or _begins_with(e.author_head, name)
            or (acronym and (_initials_begin(e.head, acronym) or _initials_begin(e.source, acronym)))
        )
    ]
    if citation.suffix and len(matching) > 1 and not any_year:
        index = ord(citation.suffix) - ord("a")
        return (matching[index],) if 0 <= index < len(matching) else ()
    return tuple(dict.fromkeys(matching))


def by_their_authors(citations: Sequence[Citation], references: Sequence[ReferenceData]) -> set[int]:
    """The entries by the authors of citations that name another year ("(Lee & Park, 2022)" for
    Lee and Park's entry of 2021): the works they were meant for, though they do not resolve."""
    entries = _entries(references)
    return {number for citation in citations for number in resolve(citation, entries, any_year=True)}


def read(
    sentences: Sequence[Sentence], references: Sequence[ReferenceData], body: str = ""
) -> dict[int, Resolved]:
    """For each sentence (by its start) that cites by author and year, what it cites.
    ``body``, the text the sentences come from, lets a page without "2021)" be passed over
    in one search."""
    if not references or (body and not _QUICK_RE.search(body)):
        return {}
    cited = [(s, citations_in(s.text)) for s in sentences]
    cited = [(s, c) for s, c in cited if c]
    if not cited:
        return {}
    entries = _entries(references)
    result: dict[int, Resolved] = {}
    any_resolved = False
    for sentence, citations in cited:
        numbers: list[int] = []
        unresolved: list[Citation] = []
        for citation in citations:
            found = resolve(citation, entries)
            numbers.extend(n for n in found if n not in numbers)
            if not found:
                unresolved.append(citation)
        any_resolved = any_resolved or bool(numbers)
        if numbers or unresolved:
            # "(ESC, 2021) [3]": a sentence that cites by number names its source
            result[sentence.start] = Resolved(tuple(numbers), () if sentence.citations else tuple(unresolved))
    # Nothing resolved: the page does not cite in this style, or its list prints no authors.
    return result if any_resolved else {}
