"""Where a promotion finding stands: a clause's place in the body it was read from, and a
heading whose hype the sentence under it says again (the sentence is the finding, not both)."""

from __future__ import annotations


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
