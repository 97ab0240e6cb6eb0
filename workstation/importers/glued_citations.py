"""Citation numbers a captured page prints straight after the full stop ("… in their life.1 And …").

A superscript copied as plain digits lands between the full stop and the next sentence:
"… in their life.1 And they …", "… from forming.4" at a line's end, "… players.2,3 Most …".
After a lower-case word, a full stop and digits cannot be a decimal ("2.5") or a version
("v1.2"); on a page with a list of works they are a citation (one the list lacks is an
unresolved citation, which the checks report). The number is kept after the full stop, as "[1]", like the parenthesised "… adults.(2)".

Digits glued to the end of a lower-case word or a closing bracket, before the full stop or
comma ("… than white bread2,3.", "… and bloating)1."), are a superscript copied the same way:
no English word ends in digits. As such a word might still be a name with a number ("omega3",
"covid19"), they cite only where the list has every number, or, at a sentence's end and at
most two past the list, where the text cites so elsewhere with a number the list has.

Marks printed one against the next ("… in older mice.[2][3]") are one citation of them all,
"[2, 3]": as they stand, Markdown would read the first as the text of a link to the second.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from workstation.citations import format_citations, parse_citation_list

_GLUED_RE = re.compile(
    r"(?<=[a-z%\)\u201d\"'\u2019]\.)(?P<nums>\d{1,3}(?:[,\u2013-]\d{1,3})*)"
    r"(?=[ \t]*$|[ \t]+[\"\u201cA-Z])"
)


# A full stop and a digit: what every match of _GLUED_RE holds.
_STOP_DIGIT_RE = re.compile(r"\.\d")
_GLUED_TO_WORD_RE = re.compile(
    r"(?<=[a-z]{3}|[a-z]{2}\))(?P<nums>\d{1,3}(?:,\d{1,3})*)(?=[.,;:]?(?:[ \t]|$))",
    re.MULTILINE,
)
# A digit after what _GLUED_TO_WORD_RE's look-behind asks for: found first, as a search for a digit
# skips the letters between them, where that pattern tries its look-behind at every position.
_DIGIT_AFTER_WORD_RE = re.compile(r"\d(?<=[a-z]{3}\d|[a-z]{2}\)\d)")
# The word the digits are glued to: letters only (not a link, a code or a file name).
_WORD_RE = re.compile(r"(?:^|\s)[(\"'\u201c\u2018]*([A-Za-z][a-z'\u2019-]*[a-z]\)?)$")
# Words that take a number of their own, glued ("omega3", "covid19").
_NUMBERED_WORDS = frozenset({"omega", "covid", "type", "phase", "stage", "grade", "level", "step"})


_MARK = r"\[\d{1,3}(?:[,\u2013-][ \t]?\d{1,3})*\]"
_ADJACENT_MARKS_RE = re.compile(rf"(?:{_MARK}){{2,}}(?![(:])")


def join_adjacent_marks(text: str) -> str:
    """'… in older mice.[2][3]' -> '… in older mice.[2, 3]'."""
    if "][" not in text:
        return text

    def join(match: re.Match[str]) -> str:
        numbers: list[int] = []
        for group in re.findall(r"\[([^\]]*)\]", match.group(0)):
            numbers.extend(n for n in parse_citation_list(group) if n not in numbers)
        return format_citations(numbers) if numbers else match.group(0)

    return _ADJACENT_MARKS_RE.sub(join, text)


def link_glued_citations(text: str, listed: Collection[int]) -> str:
    """'… in their life.1 And …' -> '… in their life.[1] And …' on a page with a list of works."""

    def replace(match: re.Match[str]) -> str:
        numbers = parse_citation_list(match.group("nums"))
        if not numbers or not listed or 0 in numbers:
            return match.group(0)
        return format_citations(numbers)

    def glued_numbers(match: re.Match[str]) -> list[int]:
        word = _WORD_RE.search(match.string, max(0, match.start() - 40), match.start())
        if word is None or word.group(1).rstrip(")").lower() in _NUMBERED_WORDS:
            return []
        return parse_citation_list(match.group("nums"))

    if _STOP_DIGIT_RE.search(text) is not None:  # (_GLUED_RE opens with a look-behind: tried everywhere)
        text = _GLUED_RE.sub(replace, text)
    if not listed or _DIGIT_AFTER_WORD_RE.search(text) is None or _GLUED_TO_WORD_RE.search(text) is None:
        return text
    # The text's own way of citing: another mark glued to a word that the list has ("…
    # preventing measles2."). Then one past the list at a sentence's end ("… after their first
    # birthday5.") is a citation too, of a number the list lacks.
    glues = sum(
        1 for m in _GLUED_TO_WORD_RE.finditer(text) if (n := glued_numbers(m)) and set(n) <= set(listed)
    )

    def replace_after_word(match: re.Match[str]) -> str:
        numbers = glued_numbers(match)
        if not numbers or 0 in numbers:
            return match.group(0)
        if set(numbers) <= set(listed):
            return format_citations(numbers)
        ends = match.string[match.end() : match.end() + 1] == "." and match.string[match.end() + 1 : match.end() + 2] in ("", " ", "\n")
        if glues and ends and max(numbers) <= max(listed) + 2:
            return format_citations(numbers)
        return match.group(0)

    return _GLUED_TO_WORD_RE.sub(replace_after_word, text)
