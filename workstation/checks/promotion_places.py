"""Where a promotion finding stands: a clause's place in the body it was read from, a heading
whose hype the sentence under it says again (the sentence is the finding, not both), and a
guarantee that promises only a refund or runs for a period (a shop's or a platform's terms,
not a claim)."""

from __future__ import annotations

import re

# "… Guarantee: if something isn't right, we'll refund your donation."
# (not a refund as the price of a promise broken: "wake up a new person, guaranteed, or we will
# refund every penny")
_REFUND_RE = re.compile(
    r"\bif\s+[^.,;]{3,60},\s*(?:we(?:'|\u2019)ll|we\s+will)\s+(?:give\s+you\s+a\s+)?(?:full\s+)?refund\b",
    re.IGNORECASE,
)


# A shop's guarantee for a period: "a 7-day health guarantee", "a 30-day money-back guarantee".
_PERIOD_GUARANTEE_RE = re.compile(
    r"\b(?:\d{1,3}|one|two|three|seven|fourteen|thirty)[- ](?:day|week|month|year)s?\s+"
    r"(?:[\w-]+\s+){0,2}?guarantee\b",
    re.IGNORECASE,
)


def only_a_refund(text: str, terms: list[str]) -> bool:
    """Is the sentence's only hype a guarantee whose promise is a refund, or a shop's guarantee
    for a period ("All our reptiles come with … a 7-day health guarantee"), its terms of sale?"""
    if not all(term.lower().startswith("guarantee") for term in terms):
        return False
    return _REFUND_RE.search(text) is not None or (
        len(_PERIOD_GUARANTEE_RE.findall(text)) == text.lower().count("guarantee")
    )


def places_in_quote(quote: str, text: str) -> list[int]:
    """For each character of ``text`` (a sentence's display text) its place in ``quote`` (the body
    text it was read from), and one more for its end: display text only drops citation marks,
    emphasis and link targets and folds spaces, so it is read off the quote in order."""
    places, at = [], 0
    for char in text:
        while at < len(quote) and not (quote[at] == char or (char == " " and quote[at].isspace())):
            at += 1
        places.append(min(at, len(quote)))
        at += 1
    return [*places, min(at, len(quote))]


def said_again_below(heading_terms: list[str], sentence_terms: list[str]) -> bool:
    """Does the sentence under a heading promise in the heading's words ("Our Baby Guarantee"
    over "…, you are guaranteed to take home a baby")? Then the sentence holds the promise and
    the heading only names it. A word is the same word in another form ("guarantee",
    "guaranteed") when one begins with the other's first six letters."""
    below = [term.lower() for term in sentence_terms]
    return bool(below) and all(
        any(term.lower()[:6] == other[:6] for other in below) for term in heading_terms
    )
