"""What a line of a captured page is: a heading, a bullet, or a line of a paragraph."""

from __future__ import annotations

import re
from collections.abc import Collection

from workstation.importers.superscript_citations import SUPERSCRIPT_DIGITS
from workstation.importers.works_lists import SITE_LINE, numbered_link, numbered_work

BULLET = re.compile(r"^\s*[\u2022\u25cf\u25aa\u2023\u2043\u00b7]\s*(.*)$")
DASH_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
# A citation mark at a line's end: "… for all men.[3]", "… every day.²",
# or in parentheses after the full stop and a space: "… for all men. (3)".
_TRAILING_MARK = re.compile(
    rf"\s*(?:\[\d{{1,3}}(?:[,\u2013-]\s*\d{{1,3}})*\]|[{SUPERSCRIPT_DIGITS}]+|(?<=[.!?])\s\(\d{{1,3}}(?:[,\u2013-]\s*\d{{1,3}})*\))$"
)

# The last character of every match of _TRAILING_MARK.
_MARK_ENDS = frozenset("])" + SUPERSCRIPT_DIGITS)


def is_heading(lines: list[str], i: int, spaced: bool, sections: Collection[str]) -> bool:
    """A line of its own, short and with no sentence's end, between blank lines (or over a
    paragraph given whole on one line); or a main section's name (``sections``)."""
    stripped = lines[i].strip()
    if stripped.rstrip(":").lower() in sections:
        return True
    if not spaced or len(stripped) > 100 or BULLET.match(lines[i]):
        return False
    if stripped[-1] in ".:,;" or stripped.startswith(("**", "<")):
        return False
    if not stripped[0].isalpha() and (numbered_work(stripped) or numbered_link(stripped)):
        return False  # a list's entry ending with its address: "1. NHS. Head lice. nhs.uk/head-lice"
    # (the pattern, which may open with blanks, tried only on a line ending as a mark does)
    unmarked = _TRAILING_MARK.sub("", stripped) if stripped[-1] in _MARK_ENDS else stripped
    if unmarked != stripped and unmarked[-1:] in (".", "!", "?"):
        return False  # a sentence with its citation mark: "… for all men.[3]"
    before_blank = i == 0 or not lines[i - 1].strip()
    after_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
    if before_blank and not after_blank:
        return _over_its_paragraph(stripped, lines, i)
    return before_blank and after_blank and len(stripped.split()) <= 14


def _over_its_paragraph(stripped: str, lines: list[str], i: int) -> bool:
    """A short line printed straight over a paragraph given whole on one line ("The numbers"
    over "Men account for …."): the paragraph's heading, not its first words. (A paragraph
    wrapped over short lines is not one: its next line is as short, or does not end it.)"""
    following = lines[i + 1].strip()
    words = len(stripped.split())
    if words > 10 or (stripped.endswith("?") and words > 8) or not following[:1].isupper():
        return False
    if len(following) < 2 * len(stripped) or BULLET.match(lines[i + 1]) or DASH_BULLET.match(lines[i + 1]):
        return False
    if SITE_LINE.search(following):
        return False  # the site's name over its line of items: "Trust | Leaflet 7 | Version 5"
    ends = i + 2 >= len(lines) or not lines[i + 2].strip()
    return len(following) > 100 or (ends and following[-1:] in (".", "!", "?"))


def dash_bullet_here(lines: list[str], i: int) -> bool:
    """Is a line starting "- " a bullet? Indented, always; at the line's start, where a list
    can begin or go on: after a blank line, after a lead-in ending in ":", or after another
    such item (not a dash that wrapped onto the start of a line inside a paragraph)."""
    line = lines[i]
    if line.startswith((" ", "\t")):
        return True
    before = lines[i - 1].strip() if i else ""
    return not before or ends_a_lead_in(before) or DASH_BULLET.match(lines[i - 1]) is not None


# A lead-in's end: its colon, perhaps with the mark that cites it after it ("… the guideline
# advises:²", "… recommends for toddlers: (3)").
_LEAD_IN_END = re.compile(
    rf":[ \t]*(?:\[\d{{1,3}}(?:[,\u2013-]\s*\d{{1,3}})*\]|\(\d{{1,3}}\)|[{SUPERSCRIPT_DIGITS}]{{1,3}})?$"
)


def ends_a_lead_in(line: str) -> bool:
    """Does the line end as a lead-in does, with a colon (and perhaps its mark)?"""
    return _LEAD_IN_END.search(line) is not None


# A numbered step at a line's start: "1. Find the tooth …", "2) Rinse it …".
STEP = re.compile(r"^(\d{1,2})[.)][ \t]+(?=[A-Z\"\u201c'])(.+)$")
# ... and one in lower case, read as a step only after a lead-in or another step: "At your first
# appointment you will meet:" over "1) a consultant in pain medicine" and "2) a physiotherapist".
LOWER_STEP = re.compile(r"^(\d{1,2})[.)][ \t]+(?=[a-z])(.+)$")


# A rule a page prints between its sections: "-----", "_____", "=====", "* * *", "───".
_RULE = re.compile(r"^([-_=*\u2013\u2014\u2500\u2501\u2550])(?:[ \t]*\1){2,}$")
# A citation mark printed with a caret, as plain text copies a superscript: "… children^4.",
# "… in adults^1,3", and an entry of the list numbered so ("^4 NHS. Lazy eye. …"). After a
# digit it is a power ("10^6") and stays as printed.
_CARET_MARK = re.compile(r"(?:(?<=[^\s\d^])|^)\^(\d{1,3}(?:[,\u2013-]\d{1,3})*)(?![\d^])")
_TO_SUPERSCRIPT = str.maketrans("0123456789", SUPERSCRIPT_DIGITS)


# A wiki's link after a section's heading: "Treatment [edit]", "See also [edit source]".
_EDIT_LINK = re.compile(r"^(\S.{0,80}?)[ \t]*\[edit(?: source)?\]$", re.IGNORECASE)
# A wiki's back-link caret opening an entry of its list of works, perhaps with a letter for each
# place the work is cited: "1. ^ Okafor N …", "2. ^ a b Marsh T …" (the entry is what follows).
_BACK_LINK = re.compile(r"^(\s*(?:\d{1,3}[.)]|\[\d{1,3}\])[ \t]*)\^[ \t]+(?:[a-z][ \t]+)*(?=\S)")


def plain_lines(lines: list[str]) -> list[str]:
    """A page's lines with its rules as blank lines (a rule ends the block before it, and is
    no text of its own), its caret marks as the superscripts they stand for, and a wiki's
    edit links and back-link carets (no text of the article) left out. A line with an edit link
    is a section's heading, however short the paragraph under it: it is set apart by blank
    lines."""
    result = []
    for line in lines:
        if _RULE.match(line.strip()):
            result.append("")
            continue
        edited = _EDIT_LINK.match(line) if line.endswith("]") else None
        if edited:
            result.extend(("", edited.group(1), ""))
            continue
        if "^" in line:
            line = _BACK_LINK.sub(r"\1", line)
        result.append(carets_as_superscripts(line))
    return result


def carets_as_superscripts(text: str) -> str:
    """The text with its caret marks ("… children^4.", "… families.^2") as the superscripts they
    stand for."""
    if "^" not in text:
        return text
    return _CARET_MARK.sub(lambda m: m.group(1).translate(_TO_SUPERSCRIPT), text)
