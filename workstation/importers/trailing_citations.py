"""Citation numbers written after a sentence's last word, as captured pages print them.

"… elemental iron a day 6." cites reference 6; "… seen at week 52." and "… affects 1 in 4."
do not cite anything. The number is a citation when the sentence reads complete without
it, which is a question about the word before it:

- a function word (a preposition, determiner, conjunction or auxiliary: "to", "than",
  "1 in 4", "was 2"), a symbol ("<", "=") or a clause break (",", "(") leaves a slot the
  number fills: it belongs to the sentence;
- a numbering noun used bare takes the number as its label ("week 52", "phase 3",
  "type 2"); with a determiner or a quantity before it ("a day 6", "a multicentre cohort
  4", "every 4 weeks 2") the noun phrase is complete and the number is not its label;
- a number, a percentage, a unit after a quantity ("5 mg 2"), a closing bracket, or
  any other word that ends a phrase leaves the sentence complete: the number cites;
- an acronym or a verb form in -ed may take a number of its own ("JNC 8", "enrolled
  120"): there the reference list decides — a citation only if every number is listed.

Where the structure says the sentence is complete, a number the list lacks is still a
citation (an unresolved one, which the checks report).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from workstation.citations import format_citations

_TRAILING_NUMBERS_RE = re.compile(
    r"(?<=\S)[ \t]+(?P<nums>\d{1,3}(?:[ \t]*,[ \t]*\d{1,3})*)(?P<end>\.(?=\s|$)|[ \t]*$)"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Closed grammatical classes: a sentence that ends on one of them is unfinished.
_FUNCTION_WORDS = _words(
    """about above across after against along among around at before below beneath beside
    between beyond by during except for from in inside into near of off on onto over past
    per since than through till to toward towards under until up upon versus vs vs. via
    with within without approximately nearly almost roughly around only just least most
    a an the this that these those each every any no some all both either neither its
    their our your his her my whose which what and or nor but plus minus times is are was
    were be been being am has have had do does did will would can could may might must
    shall should aged ages no. nos. #"""
)
# Nouns that take a following numeral as their label ("week 52", "phase 3", "type 2").
_NUMBERING_NOUNS = _words(
    """phase type stage grade class step week day month year visit cycle level part
    chapter table figure fig. section page item question room age version lesson arm
    group cohort dose tier zone wave round category covid covid-19 vitamin omega"""
)
# What makes a noun phrase complete before a numbering noun: "a day", "4 weeks".
_DETERMINERS = _words(
    """a an the this that these those each every per one two three four five six seven
    eight nine ten twelve several many few its their our your his her my whose"""
)
_SYMBOLS = frozenset("<>=\u2264\u2265\u00b1~\u2248+-\u2013\u2014/x\u00d7")
_OPEN_PUNCTUATION = (",", ";", ":", "(", "[", "\u2014", "\u2013", "-", "/")
_NUMBER_RE = re.compile(r"^[~\u2248<>]?\d[\d,.]*(?:%|\u2030)?$")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*$")


def _is_quantity(word: str) -> bool:
    return bool(_NUMBER_RE.match(word)) or word in _DETERMINERS


def _noun_phrase_is_complete(words: list[str]) -> bool:
    """Does a determiner or quantity open the phrase that ends with ``words[-1]``?

    Looks back over at most two modifiers ("a multicentre cohort", "every 4 weeks"),
    stopping at a function word, which would start another phrase.
    """
    for word in reversed(words[-4:-1]):
        low = word.lower().rstrip(",")
        if _is_quantity(low):
            return True
        if low in _FUNCTION_WORDS:
            return False
    return False


def reading(head: str) -> str:
    """How the sentence ending in ``head`` relates to a number written after it:
    "open" (the number belongs), "complete" (the number cites) or "ambiguous"."""
    words = head.split()
    if not words:
        return "open"
    before = words[-1]
    if before.endswith(_OPEN_PUNCTUATION) or before in _SYMBOLS:
        return "open"
    if before.endswith((")", "]")) or _NUMBER_RE.match(before):
        return "complete"
    low = before.lower().strip("\"'\u201c\u201d\u2018\u2019")
    if low in _FUNCTION_WORDS:
        return "open"
    singular = low[:-1] if low.endswith("s") else low
    if low in _NUMBERING_NOUNS or singular in _NUMBERING_NOUNS:
        return "complete" if _noun_phrase_is_complete(words) else "open"
    if _ACRONYM_RE.match(before) or low.endswith("ed"):
        return "ambiguous"
    return "complete"


def is_citation(head: str, numbers: list[int], listed: Collection[int]) -> bool:
    """Is the number group after ``head`` a citation, given the reference numbers listed?"""
    if not numbers or any(n == 0 for n in numbers):
        return False
    how = reading(head)
    if how == "complete":
        return True
    return how == "ambiguous" and bool(listed) and all(n in listed for n in numbers)


def link_trailing_citations(text: str, listed: Collection[int]) -> str:
    """'… published in 2025 1.' -> '… published in 2025 [1].'"""

    def replace(match: re.Match[str]) -> str:
        numbers = [int(n) for n in re.findall(r"\d+", match.group("nums"))]
        if not is_citation(match.string[: match.start()], numbers, listed):
            return match.group(0)
        return f" {format_citations(numbers)}{match.group('end').strip()}"

    return _TRAILING_NUMBERS_RE.sub(replace, text)
