"""Re-anchoring claims and comments onto an edited body (W3C text quote + position selectors).

The approach follows the Hypothesis annotation client: look for the exact quote
first and, among several occurrences, take the one whose surrounding text best
matches the stored prefix and suffix, nearest to where the old position maps in
the new body. Only when the quote no longer occurs is a fuzzy match tried; it is
accepted when the text it lands on is similar enough to the quote (normalised
Levenshtein similarity at least :data:`THRESHOLD`). Anything else is reported as
an orphan: an anchor is never silently dropped nor moved onto unrelated text.

Pure functions: no database, no Qt.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from workstation.structure import ANCHOR_CONTEXT

THRESHOLD = 0.75
_REFINE_LIMIT = 48


@dataclass(frozen=True)
class Anchor:
    """What is stored of an anchor: its quote, the text around it and its old span."""

    key: Hashable
    quote: str
    prefix: str = ""
    suffix: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class AnchorResult:
    key: Hashable
    start: int | None
    end: int | None
    score: float  # similarity of the text landed on to the quote (1.0: exact)
    orphaned: bool
    exact: bool = False
    quote: str = ""  # the new body's text at start:end ("" for an orphan)
    prefix: str = ""
    suffix: str = ""


def similarity(a: str, b: str) -> float:
    """Normalised Levenshtein similarity in 0..1 (1.0: equal)."""
    if not a and not b:
        return 1.0
    return fuzz.ratio(a, b) / 100.0


class PositionMap:
    """Maps offsets of the old body to the new one through the lines both share."""

    def __init__(self, old: str, new: str) -> None:
        old_lines = old.splitlines(keepends=True)
        new_lines = new.splitlines(keepends=True)
        old_starts = _line_starts(old_lines)
        new_starts = _line_starts(new_lines)
        self._blocks: list[tuple[int, int, int]] = []  # (old offset, new offset, length)
        matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for a, b, size in matcher.get_matching_blocks():
            if size:
                length = old_starts[a + size] - old_starts[a]
                self._blocks.append((old_starts[a], new_starts[b], length))
        self._shift = len(new) - len(old)

    def __call__(self, offset: int) -> int:
        best: tuple[int, int] | None = None
        for old_at, new_at, length in self._blocks:
            if old_at <= offset <= old_at + length:
                return new_at + offset - old_at
            distance = min(abs(offset - old_at), abs(offset - old_at - length))
            if best is None or distance < best[0]:
                best = (distance, new_at + offset - old_at)
        return max(0, best[1] if best else offset)


def _line_starts(lines: list[str]) -> list[int]:
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    return starts


def reanchor(
    old_body: str,
    new_body: str,
    anchors: Sequence[Anchor],
    *,
    threshold: float = THRESHOLD,
    snap_spans: Sequence[tuple[int, int]] = (),
) -> list[AnchorResult]:
    """Where each anchor lands in ``new_body`` (in the order given), or that it is orphaned.

    ``snap_spans`` (e.g. the new body's sentences) lets a fuzzy match snap onto a
    whole sentence when that sentence is at least as similar to the quote.
    """
    mapping = PositionMap(old_body, new_body) if old_body != new_body else None
    results = []
    for anchor in anchors:
        hint = mapping(anchor.start) if mapping else anchor.start
        results.append(_anchor_one(new_body, anchor, hint, threshold, snap_spans))
    return results


def _context_score(body: str, anchor: Anchor, start: int, end: int) -> float:
    score = 0.0
    if anchor.prefix:
        score += similarity(anchor.prefix, body[max(0, start - len(anchor.prefix)):start])
    if anchor.suffix:
        score += similarity(anchor.suffix, body[end:end + len(anchor.suffix)])
    return score


def _result(body: str, anchor: Anchor, start: int, end: int, score: float, exact: bool) -> AnchorResult:
    return AnchorResult(
        key=anchor.key, start=start, end=end, score=score, orphaned=False, exact=exact,
        quote=body[start:end],
        prefix=body[max(0, start - ANCHOR_CONTEXT):start],
        suffix=body[end:end + ANCHOR_CONTEXT],
    )


def _orphan(anchor: Anchor, score: float) -> AnchorResult:
    return AnchorResult(key=anchor.key, start=None, end=None, score=round(score, 4), orphaned=True)


def _anchor_one(
    body: str, anchor: Anchor, hint: int, threshold: float, snap_spans: Sequence[tuple[int, int]]
) -> AnchorResult:
    quote = anchor.quote
    if not quote.strip():
        return _orphan(anchor, 0.0)
    occurrences = []
    at = body.find(quote)
    while at >= 0:
        occurrences.append(at)
        at = body.find(quote, at + 1)
    if occurrences:
        def rank(start: int) -> tuple[float, int]:
            return (-_context_score(body, anchor, start, start + len(quote)), abs(start - hint))

        start = min(occurrences, key=rank)
        return _result(body, anchor, start, start + len(quote), 1.0, True)
    return _fuzzy(body, anchor, hint, threshold, snap_spans)


def _fuzzy(
    body: str, anchor: Anchor, hint: int, threshold: float, snap_spans: Sequence[tuple[int, int]]
) -> AnchorResult:
    quote = anchor.quote
    if not body:
        return _orphan(anchor, 0.0)
    alignment = fuzz.partial_ratio_alignment(quote, body)
    if alignment is None or alignment.score / 100.0 < threshold * 0.8:
        return _orphan(anchor, (alignment.score / 100.0) if alignment else 0.0)
    start, end = _refine(body, quote, alignment.dest_start, alignment.dest_end)
    score = similarity(quote, body[start:end])
    for s, e in snap_spans:
        overlap = min(e, end) - max(s, start)
        if overlap > 0 and overlap * 2 > (e - s) and overlap * 2 > (end - start):
            snapped = similarity(quote, body[s:e])
            if snapped >= score:
                start, end, score = s, e, snapped
            break
    if score < threshold:
        return _orphan(anchor, score)
    return _result(body, anchor, start, end, round(score, 4), False)


def _refine(body: str, quote: str, start: int, end: int) -> tuple[int, int]:
    """Move the ends of a fixed-width alignment to where the similarity is highest."""
    reach = min(_REFINE_LIMIT, max(4, len(quote) // 3))
    for _ in range(2):
        end = max(
            range(max(start + 1, end - reach), min(len(body), end + reach) + 1),
            key=lambda e: (similarity(quote, body[start:e]), -abs(e - end)),
        )
        start = max(
            range(max(0, start - reach), min(end - 1, start + reach) + 1),
            key=lambda s: (similarity(quote, body[s:end]), -abs(s - start)),
        )
    # Whitespace at either end is never part of what was quoted.
    while start < end and body[start].isspace() and not quote[:1].isspace():
        start += 1
    while end > start and body[end - 1].isspace() and not quote[-1:].isspace():
        end -= 1
    return start, end
