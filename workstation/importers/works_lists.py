"""Lists of works as captured pages print them: numbered entries ("1. …", "[1] …", "¹ …"),
works by their authors one to a line, and "type / title / source, year" triples."""

from __future__ import annotations

import re

from workstation.importers.superscript_citations import SUPERSCRIPT_DIGITS, TO_ASCII
from workstation.model import ReferenceData

_REFERENCE_TYPES = {"guideline": "guideline", "guidelines": "guideline", "research": "research"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A year as a work's entry prints it: "(2019)", "2019;", "2019.", "(2015, updated 2020)".
_ENTRY_YEAR = re.compile(r"\((?:19|20)\d\d[a-z]?(?:\)|,\s[a-z]+\s(?:19|20)\d\d\))|\b(?:19|20)\d\d[a-z]?[;:.]")
_SOURCE_YEAR = re.compile(r"^(.*?),\s*((?:19|20)\d\d)\.?$")

# "1. …", "[1] …", "1) …", "(1) …", "¹ …", "1 Author …", "ref. 1 - …", "ref. 1 — …", "Source 1: …",
# "1 – NHS. …", "1 · Smith JA. …": an entry of a numbered reference list.
NUMBERED_ENTRY = re.compile(
    r"^(?:(?:[Rr]ef(?:erence)?\.?|[Ss]ource)[ \t]*\d{1,3}[ \t]*[-\u2013\u2014:.)]|\d{1,3}[.)]|\[\d{1,3}\]|\(\d{1,3}\)|"
    r"\d{1,3}[ \t]+[-\u2013\u2014\u00b7](?=[ \t])|"
    rf"[{SUPERSCRIPT_DIGITS}]{{1,3}}|"
    r"\d{1,3}(?=\s+[A-Z]))\s*(.+)$"
)
# The number an entry opens with, after "ref." or "Source" where it names it ("ref. 3 - …").
_ENTRY_DIGITS = re.compile(rf"^(?:(?:[Rr]ef(?:erence)?\.?|[Ss]ource)[ \t]*)?[\[(]?([\d{SUPERSCRIPT_DIGITS}]{{1,3}})")
# "Title: subtitle. Source, 2016." on one line.
_TITLE_SOURCE_YEAR = re.compile(r"^(.+?[.?!])\s+([^.?!]+?),\s*((?:19|20)\d\d)\.?$")

# A particle before a surname, in lower case: "von Vopelius-Feldt J", "de Villiers JE".
_PARTICLE = r"(?:von|van|de|da|del|della|der|den|di|du|le|la|ten|ter)"
# A body's name in capitalised words, with "of", "for", "and", "the" between them:
# "American Psychiatric Association", "Royal College of Nursing"; it may open with dotted
# initials: "U.S. Food and Drug Administration".
_BODY_NAME = r"(?:[A-Z]\.){2,3}(?=\s[A-Z])(?:\s(?:[A-Z][\w'\u2019&-]*|of|for|and|the|on|&)){1,9}|" \
    r"[A-Z][\w'\u2019&-]*(?:\s(?:[A-Z][\w'\u2019&-]*|of|for|and|the|on|&)){1,9}"
# ... with "in" between them too, where its year follows it: "Physiotherapists in Respiratory Care"
_BODY_NAME_WITH_IN = r"(?:[A-Z]\.){2,3}(?=\s[A-Z])(?:\s(?:[A-Z][\w'\u2019&-]*|of|for|and|the|on|in|&)){1,9}|" \
    r"[A-Z][\w'\u2019&-]*(?:\s(?:[A-Z][\w'\u2019&-]*|of|for|and|the|on|in|&)){1,9}"

# One line of a list of works: "Smith, J. A., & Lee, K. (2019). …" (APA, Harvard) or
# "Smith JA, Lee K. Title. Journal. 2019;12(3):45-67." (Vancouver).
AUTHOR_ENTRY = re.compile(
    # a surname may have two words: "Abu Dayyeh BK", "Van Dyke, J."; or a particle before it in
    # lower case: "von Vopelius-Feldt J", "de Villiers JE"
    # a surname may begin with an accented capital: "Østerås N", "Åkesson A", "Özdemir S"
    # two authors may be joined by "and" before their year: "de Vries R and Mattson MP (2019)"
    r"^(?:" + _PARTICLE + r"\s)?[A-Z\u00c0-\u00d6\u00d8-\u00de][\w'\u2019-]+(?:\s[A-Z][a-z][\w'\u2019-]*)?(?:,\s+(?:[A-Z]\.\s?){1,3}|\s+[A-Z]{1,4}[,.]"
    r"|\s+[A-Z]{1,4}\s(?:and|&)\s(?:" + _PARTICLE + r"\s)?[A-Z][\w'\u2019-]+\s[A-Z]{1,4}\s(?=\((?:19|20)\d\d)).*?"
    r"(?:\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[;:.,])"
)
# A work by a body, one to a line: "American Psychiatric Association. Title. …; 2013." (its
# name in capitalised words, with "of", "for", "and", "the" between them, then its title).
# A body known by its initials is one word: "NHS. Gum disease. nhs.uk, reviewed 2022."; its
# initials may follow its name in parentheses: "Royal College of Nursing (RCN). Title. 2022.".
BODY_ENTRY = re.compile(
    r"^(?:" + _BODY_NAME +
    r"(?:\s\([A-Z][A-Za-z]{1,9}(?:\s[A-Z]{2,6})?\))?|[A-Z]{2,6})\.\s+[A-Z].*?"
    r"\b(?:19|20)\d\d[a-z]?[;:.,)]"
)
# The page's note of who reviewed or wrote it, after its works: "Reviewed by the dietetic team,
# March 2024.", "Page last reviewed: 2 May 2023".
_REVIEW_NOTE = re.compile(
    r"^\s*(?:Page\s+|Content\s+)?(?:last\s+)?(?:reviewed|written|updated|checked|approved|edited|"
    r"produced|compiled)\b",
    re.IGNORECASE,
)
# A site's line after its list of works: "Registered office: … | © 2025 …", "Leaflet number:
# SCH-047 · Version 3 · Review date: April 2027" (items set apart by bars or middle dots).
SITE_LINE = re.compile(r"\s[|\u00b7]\s|\u00a9")


# A numbered work whose parts are set apart by commas, its year last: "1 NHS England, Health
# Survey for England, 2022 Part 1, 2024", "3 Wilding JPH, Batterham RL, et al., Once-weekly
# semaglutide …, New England Journal of Medicine, 2021".
_COMMA_WORK = re.compile(r"^[A-Z][^,]{1,80},\s.*,\s*(?:19|20)\d\d[a-z]?\.?$")


# A work by a body that gives its page's address where a year would be: "U.S. Environmental
# Protection Agency. Private wells. epa.gov/privatewells", "NHS. Head lice. nhs.uk/head-lice".
_BODY_LINKED = re.compile(
    r"^(?:" + _BODY_NAME + r"|[A-Z]{2,6})\.\s+[A-Z][^.]*(?:\.[^.\s][^.]*)*\.\s+"
    r"(?:(?:https?://|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?)$"
)


# A work given by its address alone: "[2] https://www.cochranelibrary.com/cdsr/doi/…".
_BARE_LINK = re.compile(r"^(?:https?://|www\.)\S+$")


def numbered_link(line: str) -> bool:
    """A numbered entry that is a link and nothing else: "[1] https://www.nhs.uk/conditions/fluoride/"."""
    numbered = NUMBERED_ENTRY.match(line)
    return numbered is not None and _BARE_LINK.match(numbered.group(1).strip()) is not None


def numbered_work(line: str) -> bool:
    """A numbered entry that is a work by its authors or by a body: "[2] Smith JA, Lee K. …"."""
    numbered = NUMBERED_ENTRY.match(line)
    return numbered is not None and (
        work_entry(numbered.group(1)) or _COMMA_WORK.match(numbered.group(1)) is not None
        or _BODY_LINKED.match(numbered.group(1).rstrip(".")) is not None
    )


# A work by a body with its year straight after its name, as author-year lists print it:
# "Mountain Rescue England and Wales. 2024. Annual incident report 2023.", "Cancer Research UK
# (2023) Sun, UV and cancer.", "National Institute for Health and Care Excellence (2007, updated
# 2023) Atopic eczema in under 12s.", "NHS (2023) Earwax build-up." (a body known by its initials),
# "Royal College of Nursing (RCN) (2022) Cold weather." (its initials after its name), "MHRA
# (2009). Title." and "NICE NG120 (2019). Title." (a stop after its year), "NICE. (2005). Title."
# (a stop after its name, as APA prints it); a body's name may hold "in": "Association of
# Physiotherapists in Respiratory Care (ACPRC) (2021) Title."
BODY_YEAR_FIRST = re.compile(
    r"^(?:" + _BODY_NAME_WITH_IN +
    r"(?:\s\([A-Z][A-Za-z]{1,9}\))?|[A-Z]{2,6})"
    r"(?:\.\s+(?:19|20)\d\d[a-z]?\.|\.?\s+\((?:19|20)\d\d[a-z]?(?:,\s[a-z]+\s(?:19|20)\d\d)?\)\.?)\s+[A-Z]"
)


# A work opened by the key the text cites it by, then a dash: "AREDS 2001 – Age-Related Eye
# Disease Study Research Group. … 2001;119(10):1417-36.", "NICE 2018 – National Institute for
# Health and Care Excellence. … 2018.", "Evans 2017 – Evans JR, Lawrenson JG. …".
_KEYED_ENTRY = re.compile(
    r"^[A-Z][\w'\u2019-]*(?:\s(?:[A-Z][\w'\u2019-]*|et\s+al\.?|and|&)){0,3}\s(?:19|20)\d\d[a-z]?"
    r"\s+[\u2013\u2014-]\s+[A-Z].*?\b(?:19|20)\d\d\b"
)


def work_entry(line: str) -> bool:
    """A line that opens a work by its authors ("Smith JA, Lee K. …"), by a body ("National
    Institute for Health and Care Excellence. … 2011.", "NHS England. 2023. …") or by its key
    ("NICE 2018 – National Institute …")."""
    return AUTHOR_ENTRY.match(line) is not None or BODY_ENTRY.match(line) is not None or (
        BODY_YEAR_FIRST.match(line) is not None
    ) or (line[:1].isupper() and _KEYED_ENTRY.match(line) is not None)


def entry_number(line: str) -> int | None:
    """The number a line opens with as an entry of a numbered list ("3.", "[3]", "(3)", "³"), if any."""
    if NUMBERED_ENTRY.match(line) is None:
        return None
    return _entry_digits(line)


def _entry_digits(line: str) -> int | None:
    """The number printed at the start of an entry, superscripts read as digits."""
    digits = _ENTRY_DIGITS.match(line)
    return int(digits.group(1).translate(TO_ASCII)) if digits else None


def read_entries(lines: list[str]) -> list[ReferenceData]:
    """The entries of a list of works, read from its lines until the list ends (at the site's
    line after it, or at the first unnumbered line after numbered entries)."""
    refs: list[ReferenceData] = []
    i = 0
    while i < len(lines):
        numbered = NUMBERED_ENTRY.match(lines[i].strip())
        paired = (
            i + 1 < len(lines)
            and _SOURCE_YEAR.match(lines[i + 1].strip()) is not None
            and not NUMBERED_ENTRY.match(lines[i + 1].strip())
        )
        if numbered and not paired:
            # A numbered line is one entry on its own, unless a "source, year" line follows it
            # (then its number belongs to the title it was paired with).
            refs.append(_numbered_reference(_printed_number(lines[i].strip(), refs), numbered.group(1)))
            i += 1
            continue
        if refs and _numbered_list(lines[:i]):
            # A numbered list ends at its first unnumbered line: what follows it (a charity
            # number, a disclaimer) is the site's, not one more entry.
            break
        if refs and (
            _ends_dated_list(lines[:i], lines[i : i + 2]) or SITE_LINE.search(lines[i]) or _REVIEW_NOTE.match(lines[i])
        ):
            break
        if not refs and _lead_in(lines[i]):
            i += 1  # "Studies mentioned:" (and what the line says first) over the list
            continue
        ref_type = _REFERENCE_TYPES.get(lines[i].strip().lower())
        if ref_type is not None:
            i += 1
        title = lines[i].strip() if i < len(lines) else ""
        i += 1
        source, year = "", None
        if i < len(lines) and _REFERENCE_TYPES.get(lines[i].strip().lower()) is None:
            match = _SOURCE_YEAR.match(lines[i].strip())
            if match:
                source, year = match.group(1).strip(), int(match.group(2))
                i += 1
            elif ref_type is not None:
                source = lines[i].strip()
                i += 1
        if title:
            refs.append(ReferenceData(len(refs) + 1, ref_type or "other", title, source, year))
    return refs




def _printed_number(line: str, refs: list[ReferenceData]) -> int:
    """The number an entry prints ("4." after "2." when a list skips one), if it goes up from
    the last; otherwise its place in the list."""
    printed = _entry_digits(line)
    following = refs[-1].number + 1 if refs else 1
    return printed if printed is not None and printed >= following else following


def _lead_in(line: str) -> bool:
    """A sentence that leads into the list ("The studies this page mentions:"), not its entry."""
    text = line.strip()
    return text.endswith(":") and AUTHOR_ENTRY.match(text) is None and _YEAR.search(text) is None


def _numbered_list(lines: list[str]) -> bool:
    """Were all the lines read so far numbered entries?"""
    return bool(lines) and all(NUMBERED_ENTRY.match(line.strip()) for line in lines)


def _ends_dated_list(read: list[str], ahead: list[str]) -> bool:
    """A list of one-line entries that each give a year ("Bonnett, L. J. (2010). …") ends at
    a line that gives none and is not a title over its "source, year" line: the site's note
    after the list, not one more entry."""
    line = ahead[0]
    if (
        read and all(work_entry(entry) for entry in read) and not work_entry(line)
        and _ENTRY_YEAR.search(line) is None and _REFERENCE_TYPES.get(line.strip().lower()) is None
        and not any(_SOURCE_YEAR.match(following.strip()) for following in ahead[1:])
    ):
        return True  # after works by their authors, the site's "More from this issue … 1974 to 2019"
    return (
        all(_YEAR.search(entry) for entry in read)
        and _YEAR.search(line) is None
        and _REFERENCE_TYPES.get(line.strip().lower()) is None
        and not any(_SOURCE_YEAR.match(following.strip()) for following in ahead[1:])
    )


def _numbered_reference(number: int, text: str) -> ReferenceData:
    """'Title: subtitle. Journal Name, 2016.' -> title, source and year; any other entry
    (Vancouver, with its authors and volume) stays whole as its title."""
    shape = _TITLE_SOURCE_YEAR.match(text)
    if shape and not re.search(r"\bet al\b|\d[;:(]", text):
        return ReferenceData(number, "other", shape.group(1).strip().rstrip("."), shape.group(2).strip(), int(shape.group(3)))
    return ReferenceData(number, "other", text.strip(), "", None)


_RULE_CELL = re.compile(r":?-{3,}:?")


def table_entries(rows: list[str]) -> list[str]:
    """A list of works printed as a table ("| 1 | Smith J. … |"): one entry per body row, its
    cells joined and a number cell printed as the entry's number; the header and rule rows go."""
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows]
    ruled = [all(_RULE_CELL.fullmatch(c) for c in row if c) for row in cells]
    entries = []
    for index, row in enumerate(cells):
        if ruled[index] or (index + 1 < len(cells) and ruled[index + 1]):  # a rule, or the header above it
            continue
        if index == 0 and len(cells) > 1 and not row[0].isdigit() and cells[1][0].isdigit():
            continue  # a header with no rule under it ("# | Source | Year" over "1 | Smith J. … | 2021")
        number, rest = (row[0], row[1:]) if len(row) > 1 and row[0].isdigit() and len(row[0]) <= 3 else ("", row)
        text = " ".join(c for c in rest if c)
        entries.append(f"{number}. {text}" if number else text)
    return entries
