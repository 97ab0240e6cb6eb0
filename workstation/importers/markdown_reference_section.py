"""The list of works a Markdown body prints as one of its sections, read as a captured
page's list is."""

from __future__ import annotations

import re

from workstation.importers.page_capture import (
    _MARKDOWN_HEADING,
    _NOTES_HEADINGS,
    MAIN_SECTIONS,
    _blocks,
    _heading_key,
    _references,
)
from workstation.importers.works_lists import AUTHOR_ENTRY, BODY_ENTRY, NUMBERED_ENTRY
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
        heading = _MARKDOWN_HEADING.match(line.strip())
        if heading is None:
            continue
        end = next(
            (i for i in range(start + 1, len(lines)) if _MARKDOWN_HEADING.match(lines[i].strip())),
            len(lines),
        )
        key = _heading_key(heading.group(1).rstrip(" \t#"))
        if MAIN_SECTIONS.get(key) == "References":
            sections.insert(0, (start, end))
        elif key in _NOTES_HEADINGS and _opens_with_a_work(lines[start + 1 : end]):
            sections.append((start, end))
    for start, end in sections:
        # Markdown's own footnotes ("[^1]: Smith JA …") are its numbered entries
        # and a journal's name in emphasis ("*Br J Sports Med*.") is read without its stars
        blocks = _blocks([_plain_entry(line) for line in lines[start + 1 : end]])
        if blocks[:1] == [("heading", "References")]:
            blocks = blocks[1:]  # the heading footnotes are given: this section's own holds them
        references = _references(blocks)[1]
        if references:
            rest = "\n".join(lines[:start] + lines[end:]).rstrip() + "\n"
            return _FOOTNOTE_MARK.sub(r" [\1]", rest), tuple(references)
    return body, ()


def _plain_entry(line: str) -> str:
    return _EMPHASIS.sub(r"\1", _FOOTNOTE_DEFINITION.sub(r"\1. ", line))


_EMPHASIS = re.compile(r"(?<![\w*_])[*_]{1,2}([^*_\n]+?)[*_]{1,2}(?![\w*_])")
_FOOTNOTE_DEFINITION = re.compile(r"^[ \t]*\[\^(\d{1,3})\]:[ \t]*")
# a footnote's mark in the text ("… is not inflamed[^2].") cites the entry it defines
_FOOTNOTE_MARK = re.compile(r"[ \t]?\[\^(\d{1,3})\]")


def _opens_with_a_work(lines: list[str]) -> bool:
    """Does a section's first line open a work, numbered, a footnote or by its authors ("1. Smith
    JA …", "[^1]: Smith JA …")?"""
    first = next((line.strip() for line in lines if line.strip()), "")
    first = re.sub(r"^[-*+][ \t]+", "", first)
    footnote = _FOOTNOTE_DEFINITION.match(first)
    if footnote is not None:  # a footnote that holds a work: "[^1]: Smith JA …", not a note
        work = _EMPHASIS.sub(r"\1", first[footnote.end() :])
        return AUTHOR_ENTRY.match(work) is not None or BODY_ENTRY.match(work) is not None
    return NUMBERED_ENTRY.match(first) is not None or AUTHOR_ENTRY.match(first) is not None
