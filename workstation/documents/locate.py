"""Finding a quoted passage in a document's text, and where it stands (page, W3C selectors).

A quote typed or pasted by a reviewer rarely matches a PDF's text character for
character: line breaks fall mid-sentence, quotes and dashes differ. The search
compares both sides normalised (whitespace runs as one space, typographic quotes
and dashes as plain ones, case ignored) and maps the match back to the exact
span of the document's own text.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from workstation.structure import ANCHOR_CONTEXT

_FOLD = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
MIN_QUOTE = 8  # characters: shorter quotes would match anywhere


@dataclass(frozen=True)
class Located:
    start: int
    end: int
    quote: str  # the document's text at [start, end)
    prefix: str
    suffix: str
    page: int  # 1-based


def normalise(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset it came from."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for at, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(at)
            space = True
            continue
        space = False
        low = ch.lower()
        out.append(low if len(low) == 1 else ch)
        where.append(at)
    if out and out[-1] == " ":
        out.pop()
        where.pop()
    return "".join(out), where


def find_passage(text: str, quote: str, *, hint: int | None = None) -> tuple[int, int] | None:
    """The span of ``text`` that ``quote`` stands for (exact first, then normalised), or None.

    Among several occurrences the one nearest ``hint`` wins (else the first).
    """
    quote = quote.strip()
    if len(quote) < MIN_QUOTE:
        return None
    hits = _occurrences(text, quote)
    if hits:
        start = min(hits, key=lambda s: abs(s - hint)) if hint is not None else hits[0]
        return start, start + len(quote)
    folded, where = normalise(text)
    needle, _ = normalise(quote)
    if not needle:
        return None
    found = _occurrences(folded, needle)
    if not found:
        return None
    spans = [(where[s], where[s + len(needle) - 1] + 1) for s in found]
    return min(spans, key=lambda span: abs(span[0] - hint)) if hint is not None else spans[0]


def _occurrences(haystack: str, needle: str, limit: int = 200) -> list[int]:
    hits = []
    at = haystack.find(needle)
    while at >= 0 and len(hits) < limit:
        hits.append(at)
        at = haystack.find(needle, at + 1)
    return hits


def page_of(pages: Sequence[tuple[int, int]], offset: int) -> int:
    """The 1-based page that holds ``offset`` (the page before a break between pages)."""
    if not pages:
        return 1
    starts = [s for s, _ in pages]
    return max(1, bisect.bisect_right(starts, offset))


def located(text: str, pages: Sequence[tuple[int, int]], start: int, end: int) -> Located:
    """The W3C text quote and position of ``text[start:end]``, with its page."""
    return Located(
        start=start, end=end, quote=text[start:end],
        prefix=text[max(0, start - ANCHOR_CONTEXT):start], suffix=text[end:end + ANCHOR_CONTEXT],
        page=page_of(pages, start),
    )
