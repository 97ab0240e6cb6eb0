"""The list of works a Markdown body prints as one of its sections, read as a captured
page's list is."""

from __future__ import annotations

import re
from functools import partial

from workstation.importers.page_capture import _MARKDOWN_HEADING, _blocks
from workstation.importers.page_works_section import (
    MAIN_SECTIONS,
    NOTES_HEADINGS,
    heading_key,
    references_under,
)
from workstation.importers.works_lists import (
    AUTHOR_ENTRY,
    BODY_ENTRY,
    NUMBERED_ENTRY,
    numbered_work,
    table_entries,
    work_entry,
)
from workstation.model import ReferenceData


def split_reference_section(body: str) -> tuple[str, tuple[ReferenceData, ...]]:
    """A Markdown body that prints its list of works under a heading (a page saved as
    Markdown with no references in front matter to hold the list): the body without that
    section, and the list read as a captured page's would be. A heading that names the list
    ("References", "Bibliography") wins over one that may only hold it ("Notes", "Read the
    paper"), which counts only when works open its section."""
    lines = body.split("\n")
    sections = []
    for start, line in enumerate(lines):
        heading = _heading(line.strip())
        if heading is None:
            continue
        end = next((i for i in range(start + 1, len(lines)) if _heading(lines[i].strip())), len(lines))
        key = heading_key(heading)
        if MAIN_SECTIONS.get(key) == "References":
            sections.insert(0, (start, end))
        elif key in NOTES_HEADINGS and _opens_with_a_work(lines[start + 1 : end]):
            sections.append((start, end))
        elif _opens_with_works(lines[start + 1 : end]):
            # any heading ("## Endnotes", "**Key sources**") over works, numbered or not
            sections.append((start, end))
    footnotes = _unheaded_footnotes(lines)
    if not sections and footnotes is not None:
        sections.append(footnotes)
    for start, end in sections:
        # Markdown's own footnotes ("[^1]: Smith JA …") are its numbered entries
        # and a journal's name in emphasis ("*Br J Sports Med*.") is read without its stars
        blocks = _blocks([_plain_entry(line) for line in lines[start + 1 : end]])
        if (start, end) == footnotes:
            blocks = _blocks([_plain_entry(line) for line in lines[start:end]])
        if blocks[:1] == [("heading", "References")]:
            blocks = blocks[1:]  # the heading footnotes are given: this section's own holds them
        references = references_under(blocks)[1]
        if references:
            rest = "\n".join(lines[:start] + lines[end:]).rstrip() + "\n"
            numbers = frozenset(ref.number for ref in references)
            return _FOOTNOTE_MARK.sub(partial(_citation, listed=numbers), rest), tuple(references)
    return body, ()


def _unheaded_footnotes(lines: list[str]) -> tuple[int, int] | None:
    """Where a body's footnote definitions stand together under no heading of their own
    ("[^1]: NHS. Snoring. nhs.uk, 2023." to "[^3]: …" at its foot, after its last section's
    text): when they hold works, they are the works its marks cite, wherever they are printed."""
    found = [i for i, line in enumerate(lines) if _FOOTNOTE_DEFINITION.match(line)]
    if not found:
        return None
    start, end = found[0], found[-1] + 1
    if any(line.strip() and not _FOOTNOTE_DEFINITION.match(line) for line in lines[start:end]):
        return None  # definitions set among the text: no list to read as one
    # notes ("[^1]: Ask your pharmacist …") are not works: they stay in the body
    return (start, end) if _opens_with_a_work(lines[start:end]) else None


def _plain_entry(line: str) -> str:
    line = _LABELLED_ENTRY.sub(r"\1. ", line)
    return _EMPHASIS.sub(r"\1", _FOOTNOTE_DEFINITION.sub(r"\1. ", line))


_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,2}([^*_\n]+?)[*_]{1,2}(?![\w*_])")
_FOOTNOTE_DEFINITION = re.compile(r"^[ \t]*\[\^(\d{1,3})\]:[ \t]*")
# an entry that labels its number ("Ref. 1 — Laukkanen T, …", "Reference 2: NHS …"), one to a
# line, as the text cites it ("(ref. 3)"): its number, as a numbered list's entries print it
_LABELLED_ENTRY = re.compile(r"^[ \t]*(?:Ref\.?|Reference)[ \t]+(\d{1,3})[ \t]*[\u2014\u2013:.-][ \t]*")
# a footnote's mark in the text ("… is not inflamed[^2].") cites the entry it defines
_FOOTNOTE_MARK = re.compile(r"(?P<space>[ \t]?)\[\^(\d{1,3})\](?!:)")


def _citation(mark: re.Match[str], listed: frozenset[int]) -> str:
    """A footnote's mark as a citation: " [2]" after a word, and straight after a closing quote
    or bracket ('… plausible."[4]'), where a space would leave it a sentence of its own. A mark
    whose footnote the page does not define stays as printed ("[^4]")."""
    if int(mark.group(2)) not in listed:
        return mark.group(0)
    before = mark.string[mark.start() - 1 : mark.start()] if mark.start() else ""
    space = "" if not mark.group("space") and before in "\"'\u201d\u2019)" and before else " "
    return f"{space}[{mark.group(2)}]"


def _opens_with_works(lines: list[str]) -> bool:
    """Do a section's first two entries open works, numbered, footnotes or bullets ("1. Smith
    JA, Lee K. … 2019;…", "[^2]: National Institute … 2011.", "- Smith JA (2016). …")?"""
    entries = [_BULLET.sub("", line.strip()) for line in lines if line.strip()][:2]
    return len(entries) == 2 and all(
        numbered_work(_plain_entry(entry)) or work_entry(_plain_entry(entry)) for entry in entries
    )


_BULLET = re.compile(r"^[-*+][ \t]+")
# A line of bold text alone, a page's heading: "**Key sources**".
_BOLD_LINE = re.compile(r"^\*\*([^*\n]{2,80})\*\*$")


def _heading(line: str) -> str | None:
    """The text of a Markdown heading or of a bold line standing as one."""
    found = _MARKDOWN_HEADING.match(line) or _BOLD_LINE.match(line)
    return found.group(1).rstrip(" \t#") if found else None


def _opens_with_a_work(lines: list[str]) -> bool:
    """Does a section's first line open a work, numbered, a footnote or by its authors ("1. Smith
    JA …", "[^1]: Smith JA …")?"""
    first = next((line.strip() for line in lines if line.strip()), "")
    if first.startswith("|"):
        # a table of works ("| # | Source |" over "| 1 | Reason JT, Brand JJ (1975). … |"): its
        # first row as an entry
        rows = table_entries([line.strip() for line in lines if line.strip().startswith("|")])
        first = rows[0].strip() if rows else ""
    first = re.sub(r"^[-*+][ \t]+", "", first)
    footnote = _FOOTNOTE_DEFINITION.match(first)
    if footnote is not None:  # a footnote that holds a work: "[^1]: Smith JA …", not a note
        work = _EMPHASIS.sub(r"\1", first[footnote.end() :])
        return AUTHOR_ENTRY.match(work) is not None or BODY_ENTRY.match(work) is not None
    return NUMBERED_ENTRY.match(first) is not None or AUTHOR_ENTRY.match(first) is not None
