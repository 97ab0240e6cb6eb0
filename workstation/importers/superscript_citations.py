"""Citation numbers a captured page prints as superscript digits ("… used to it⁵.").

A browser copies a superscript citation as the Unicode superscript digits, straight after
the word or the punctuation it follows ("… an hour¹.", "… the trial.²³", "… in adults¹,³"),
or a space after the word, before the stop ("… in humans ¹.").
They become ``[5]``, ``[1, 3]``. A superscript after a digit ("10⁶") or after a unit of
measure ("m²", "m/s²", "cm³") is an exponent, not a citation, unless the digits are a year
the sentence names ("… in 2023²").
"""

from __future__ import annotations

import re

from workstation.citations import format_citations

# The superscript digits 0 to 9 (¹²³ from Latin-1, the rest from the superscripts block), and
# their plain digits: shared with the readers of lists of works.
SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")
_SUPERSCRIPTS_RE = re.compile(
    rf"(?P<group>[{SUPERSCRIPT_DIGITS}]{{1,3}}(?:\s*[,\u207b\u2013-]\s*[{SUPERSCRIPT_DIGITS}]{{1,3}})*)"
)
# Units a superscript raises to a power: metres, seconds, feet, inches and their compounds.
# A year the sentence names, with its mark: "… sailing to US ports in 2023²." (no power of a year
# is printed in a health page's text).
_YEAR_BEFORE_RE = re.compile(r"(?<![\d.,])\b(?:in|since|by|of|until|from|and|to) (?:19|20)\d\d$")
_UNIT_BEFORE_RE = re.compile(r"(?:(?<![A-Za-z])(?:[kcmµu]?m|s|ft|in|yd|mi)|/[A-Za-z]+)$")


def keeps(numbers: list[int], listed: frozenset[int]) -> bool:
    """Is a printed mark to become a citation? Yes where the page lists nothing to check it
    against, or lists every number it cites."""
    return not listed or set(numbers) <= listed


def _numbers(group: str) -> list[int]:
    """'¹,³' -> [1, 3]; '¹⁻³' -> [1, 2, 3]."""
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", group.translate(TO_ASCII)):
        bounds = re.split(r"\s*[\u207b\u2013-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            numbers.extend(range(low, high + 1) if 0 < high - low < 20 else (low, high))
        else:
            numbers.extend(int(b) for b in bounds if b.isdigit())
    return numbers


# Before a mark printed after a space: a word, a share, a bracket or a closing quote ("tolerance
# ¹", "31% ¹", "in humans ¹"), not a number or a unit (a power: "10 ²", "5 m ²"); after it, the
# sentence's stop, its clause's comma or its end ("… of body weight ² and …" is not one).
_WORD_THEN_SPACE_RE = re.compile(r"(?:[^\W\d_]|[%)\u201d\"'\u2019])[ \t]$")
_STOP_AFTER_RE = re.compile(r"[.,;:!?]|[ \t]*$", re.MULTILINE)


def _spaced_mark(match: re.Match[str]) -> bool:
    text = match.string
    before = text[max(0, match.start() - 12) : match.start()]
    return (
        _WORD_THEN_SPACE_RE.search(before) is not None
        and _UNIT_BEFORE_RE.search(before[:-1]) is None
        and _STOP_AFTER_RE.match(text, match.end()) is not None
    )


def link_superscript_citations(text: str, listed: frozenset[int] = frozenset()) -> str:
    """'… used to it⁵.' -> '… used to it [5].' A mark citing a number the page's list does
    not hold stays as printed, so the finding about it quotes it so (see printed_marks)."""

    def replace(match: re.Match[str]) -> str:
        before = match.string[: match.start()]
        if _spaced_mark(match):
            # "… glucose tolerance ¹.": printed after a space, before the sentence's stop
            numbers = _numbers(match.group("group"))
            if not numbers or 0 in numbers or not keeps(numbers, listed):
                return match.group(0)
            return format_citations(numbers)
        if not before or not (before[-1].isalpha() or before[-1] in "%.,;:)\u201d\"'\u2019" or _YEAR_BEFORE_RE.search(before)):
            return match.group(0)
        if _UNIT_BEFORE_RE.search(before):
            return match.group(0)
        numbers = _numbers(match.group("group"))
        if not numbers or 0 in numbers or not keeps(numbers, listed):
            return match.group(0)
        citation = format_citations(numbers)
        # After a sentence's full stop the citation moves before it, as the bracketed form
        # is written: "… the trial.²" -> "… the trial [2]."
        if before[-1] in ".,;:":
            return citation  # the punctuation is moved below
        return " " + citation

    if text.isascii():
        return text  # (no superscript digit is ASCII)
    result = []
    last = 0
    for match in _SUPERSCRIPTS_RE.finditer(text):
        replaced = replace(match)
        if replaced == match.group(0):
            continue
        head = text[last : match.start()]
        if not replaced.startswith(" ") and not head.endswith((" ", "\t")):
            head, mark = head[:-1], head[-1]
            replaced = f" {replaced}{mark}"
        result.append(head + replaced)
        last = match.end()
    result.append(text[last:])
    return "".join(result)
