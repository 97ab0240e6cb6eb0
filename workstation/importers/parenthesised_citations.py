"""Citation numbers a captured page prints in parentheses at a sentence's end ("… it (1).").

"… know it (1)." and "… in adults (2, 3)." become "[1]" and "[2, 3]": a bare number of one
to three digits in parentheses, after a word, closing the sentence. A year ("(2019)") has
four digits; an enumeration inside a sentence ("(1) rest, (2) ice") does not close it.
Printed after the full stop ("… in adults.(2)", "… in adults. (2)"), the number is kept
there, as "[2]" (but steps numbered after full stops, "Rest it. (2) Ice it.", are no
citations). A
number named as a reference ("(ref. 6)", "(refs 2, 3)") reads the same. A page's count of its
own items ("answered questions (61)", "Updates (2)") is not a citation.
"""

from __future__ import annotations

import re

from workstation.citations import format_citations, parse_citation_list
from workstation.importers.superscript_citations import keeps

# After a word, a closing quote or "%", a year ("… by 2030 (3)."), or an age or a bound
# ("… in those over 65 (3).", "… aged 40 to 74 (2)."); closing the sentence, or
# its clause before a conjunction ("… of tattoos (1), and …", "… two years (5), but …"), or a
# lead-in before its colon at the line's end ("… any of these (2):").
_PARENTHESISED_RE = re.compile(
    r"(?:(?<=[^\W\d]|[%\u201d\"'\u2019])|(?<=\b(?:19|20)\d\d)|"
    # ... an age or a bound after its word ("over 65 (3)", "under 5 (2)", "aged 40 to 74 (1)"; not
    # a change and its spread: "It rose by 4 (2).")
    r"(?<=(?:over|aged) \d)|(?<=(?:over|aged) \d\d)|(?<=(?:under|above|below) \d)|(?<=(?:under|above|below) \d\d)|"
    r"(?<=\bto \d\d))"
    r"[ \t]*\((?:refs?\.?[ \t]*|references?[ \t]+)?(?P<nums>\d{1,3}(?:[ \t]*[,\u2013-][ \t]*\d{1,3})*)\)"
    r"(?=[.;:!?]?[ \t]*$|[.;!?][ \t]+|,[ \t]+(?:and|but|or|so|yet|while|whereas|although|though|which)\b)"
)


# A mark in parentheses: "(2)", "(2, 3)", "(2–4)".
_MARK = r"\(\d{1,3}(?:[ \t]*[,\u2013-][ \t]*\d{1,3})*\)"
# After the full stop: "… in older adults.(2) The …" (a press release's style), after a figure
# that ends the sentence ("… between 2000 and 2011.(3)", "… about 99%.(3)"), and several marks
# run together ("… headaches.(1)(2) There …").
_AFTER_STOP_RE = re.compile(
    r"(?:(?<=[^\W\d][.!?])|(?<=\d\d[.!?])|(?<=%[.!?]))"
    rf"(?P<nums>{_MARK}(?:{_MARK})*)"
    r"(?=[ \t]*$|[ \t]+[\"\u201cA-Z])"
)
# Straight after a closing bracket at the end of a line: "… (every three years from age 60)(2)"
# (a bracket holding words, not a clause's letter "(b)(4)").
_AFTER_BRACKET_RE = re.compile(rf"(?<=\w\w\))(?P<nums>{_MARK})(?=\.?[ \t]*$)")


# After the full stop and a space: "… in older adults. (2) The …", "… a day. (1) (3)" (a page
# that prints its marks apart from its sentences), after a figure too ("… for children under
# 18. (4)", "… about 99%. (3)").
_AFTER_STOP_SPACED_RE = re.compile(
    rf"(?:(?<=[^\W\d])|(?<=\d\d)|(?<=%))(?P<stop>[.!?])[ \t](?P<nums>{_MARK}(?:[ \t]{_MARK})*)(?=[ \t]*$|[ \t]+[\"\u201cA-Z])"
)


def _marked_numbers(marks: str) -> list[int]:
    """The numbers of one or more marks run together or a space apart: "(1)(2)", "(1) (3)"."""
    return parse_citation_list(re.sub(r"\)[ \t]*\(", ", ", marks.strip("()")))


def _numbered_steps(text: str) -> bool:
    """Are the numbers printed after full stops a sentence's steps, not citations? "Three steps
    help. (1) Rest it. (2) Ice it. (3) Raise it.": 1, 2, 3 … in turn, each opening the next
    sentence and none closing the text (a page's citations do not count its sentences)."""
    marks = list(_AFTER_STOP_SPACED_RE.finditer(text))
    if len(marks) < 2:
        return False
    numbers = [m.group("nums").strip("()") for m in marks]
    opening = all(n.isdigit() and text[m.end() :].strip()[:1].isalpha() for n, m in zip(numbers, marks, strict=True))
    return opening and [int(n) for n in numbers] == list(range(1, len(marks) + 1))


# A number named as a reference anywhere in a sentence: "(Ref. 5)", "(ref 2)", "(Refs. 2, 3)",
# "(note 1)", a charity's "(source 3)", a government page's "[footnote 3]" and a bulletin's
# "[Ref 1]"; each number may be named again ("(ref. 1, ref. 2)").
_NAMED_RE = re.compile(
    r"[ \t]*(?:\((?:[Rr]efs?\.?|[Rr]eferences?|[Nn]otes?|[Ss]ources?)[ \t]*|"
    r"\[(?:[Ff]ootnotes?|[Rr]efs?\.?|[Ss]ources?)[ \t]+)"
    r"(?P<nums>\d{1,3}(?:[ \t]*[,\u2013-][ \t]*(?:[Rr]efs?\.?[ \t]*)?\d{1,3})*)[)\]]"
)
_NAMED_AGAIN = re.compile(r"[Rr]efs?\.?[ \t]*")


def link_named_citations(text: str, listed: frozenset[int] = frozenset()) -> str:
    """'… in adults (Ref. 5).' -> '… in adults [5].', wherever the named number stands (a
    number the page's list does not hold stays as printed)."""

    def replace(match: re.Match[str]) -> str:
        numbers = parse_citation_list(_NAMED_AGAIN.sub("", match.group("nums")))
        return " " + format_citations(numbers) if numbers and keeps(numbers, listed) else match.group(0)

    return _NAMED_RE.sub(replace, text) if _NAMED_OPENING_RE.search(text) else text


# How every match of _NAMED_RE opens after its blanks: searched for first, as the pattern itself,
# which may start with blanks, is tried at every position of the text. A word _NAMED_RE learns
# is added here too: tests/core/test_citation_linker_gates.py holds both over the whole corpus.
_NAMED_OPENING_RE = re.compile(r"\((?:[Rr]ef|[Nn]ote|[Ss]ource)|\[(?:[Ff]ootnote|[Rr]ef|[Ss]ource)")
# A number in parentheses, or a reference named in them: what every match of _PARENTHESISED_RE and
# _AFTER_STOP_RE holds (they open with look-behinds, which a search tries at every position).
_OPENING_RE = re.compile(r"\([\dr]")


# A page's count of its own items, not a citation: "See more answered questions (61)", "Updates (2)".
_COUNTED_RE = re.compile(
    r"\b(?:questions|answers|reviews|ratings|comments|replies|updates|photos|posts|messages|"
    r"donations|supporters|followers)$",
    re.IGNORECASE,
)


def link_parenthesised_citations(text: str, listed: frozenset[int] = frozenset()) -> str:
    """'… many of them do not know it (1).' -> '… many of them do not know it [1].'
    '… in adults.(2) The …' -> '… in adults.[2] The …' (a number the page's list does not
    hold stays as printed)."""

    def replace(match: re.Match[str]) -> str:
        numbers = parse_citation_list(match.group("nums"))
        if _COUNTED_RE.search(match.string[: match.start()].rstrip()):
            return match.group(0)
        if match.string[match.end() : match.end() + 1] == "," and not match.group(0)[:1].isspace():
            return match.group(0)  # a unit's "A(8), and …": a clause's mark stands apart from its word
        return " " + format_citations(numbers) if numbers and keeps(numbers, listed) else match.group(0)

    def replace_after_stop(match: re.Match[str]) -> str:
        numbers = _marked_numbers(match.group("nums"))
        return format_citations(numbers) if numbers and keeps(numbers, listed) else match.group(0)

    def replace_after_bracket(match: re.Match[str]) -> str:
        numbers = _marked_numbers(match.group("nums"))
        return " " + format_citations(numbers) if numbers and keeps(numbers, listed) else match.group(0)

    def replace_spaced(match: re.Match[str]) -> str:
        numbers = _marked_numbers(match.group("nums"))
        if numbers and keeps(numbers, listed):
            return match.group("stop") + format_citations(numbers)
        # one the list lacks stays as printed, before the stop, so that it stays with the
        # sentence it cites (after it, "(6)" would read as a sentence of its own)
        return " " + match.group("nums") + match.group("stop")

    linked = link_named_citations(text, listed)
    if _OPENING_RE.search(linked) is None:
        return linked  # no mark in parentheses: none of the patterns below can match
    linked = _PARENTHESISED_RE.sub(replace, linked)
    if _OPENING_RE.search(linked) is not None:
        linked = _AFTER_STOP_RE.sub(replace_after_stop, linked)
    if ")(" in linked:
        linked = _AFTER_BRACKET_RE.sub(replace_after_bracket, linked)
    if ". (" not in linked and "? (" not in linked and "! (" not in linked:
        return linked
    return linked if _numbered_steps(linked) else _AFTER_STOP_SPACED_RE.sub(replace_spaced, linked)
