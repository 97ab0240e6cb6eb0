"""The list of works a captured page prints under a heading: which headings name or may hold
it ("References", "Sources", "Notes to editors", "Evidence"), where its entries start and end
when printed one to a line, and the entries read from the blocks under it."""

from __future__ import annotations

import re

from workstation.importers.unheaded_works import LIST_LABEL, bulleted_works, numbered_works_open
from workstation.importers.works_lists import (
    AUTHOR_ENTRY,
    NUMBERED_ENTRY,
    entry_number,
    numbered_link,
    numbered_work,
    read_entries,
    table_entries,
    work_entry,
)
from workstation.model import ReferenceData

MAIN_SECTIONS = {
    "from the guidelines": "From the Guidelines",
    "from the research": "From the Research",
    "references": "References",
    "sources": "References",
    "bibliography": "References",
    "professional medical disclaimer": "Professional Medical Disclaimer",
    "medical disclaimer": "Medical Disclaimer",
    "disclaimer": "Disclaimer",
}

# Headings whose section is the reference list when it opens with a numbered entry (a press
# release's "Notes to editors" may hold the study's references, or only "About us"; a page's
# "Further reading" or "Studies" may number the works its text cites, or list links).
NOTES_HEADINGS = {
    "notes to editors", "notes for editors", "notes", "further reading", "reading list",
    "background reading", "reading", "evidence base", "studies",
    "research", "evidence", "literature", "citations", "works cited", "cited studies",
    "key studies", "read more", "more information", "read the paper", "read the study",
}


def names_a_list_of_works(line: str) -> bool:
    key = heading_key(line)
    return MAIN_SECTIONS.get(key) == "References" or key in NOTES_HEADINGS


# A longer one, taken as a heading only over the first of a list's numbered works: "Papers and
# sources cited in the summary" printed straight over "[1] Smith JA, Lee K. … 2019;…", "Nerdy
# bit: what we read" over "1. Lieberman DE, …" (a colon after one of its words).
WORKS_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*:?(?: (?:[\w'\u2019-]+:?|&)){0,9}$")


# A table's header naming its column of works: "| No. | Reference |", "| Ref | Study | Year |".
REFERENCE_COLUMN = re.compile(r"\|\s*(?:references?|sources?|citations?|study|studies|works?)\s*\|", re.IGNORECASE)


def labels_works(label: str, line: str) -> bool:
    """Is a label printed straight over a line its list's first numbered work?"""
    if LIST_LABEL.match(label):
        # "Contents" over "1. Introduction" is no list of works; "Links" over "[1] https://…" is
        return numbered_work(line) or (numbered_link(line) and entry_number(line) == 1)
    if MENTIONED_WORKS.fullmatch(label.strip().rstrip(":").lower()) and re.match(r"^\[1\]\s", line):
        return True  # "Sources I've used above:" over "[1] NICE guideline NG9. …": whatever the entry
    return WORKS_LABEL.match(label) is not None and (
        numbered_work(line) or numbered_link(line)  # "Where this information comes from:" over "[1] https://…"
    ) and entry_number(line) == 1



def numbered_work_or_link(line: str) -> bool:
    """Is the line a numbered work or a numbered link ("1. NHS. … 2023.", "[1] https://…")?"""
    return numbered_work(line) or numbered_link(line)


def starts_next_entry(paragraph: list[str], line: str) -> bool:
    """Does a line open the next entry of a list printed one entry to a line, with no blank
    line between? A numbered one when the lines so far opened with the number before it; an
    author's one when they opened as an author's entry and the last of them ended it."""
    opened = entry_number(paragraph[0])
    if opened is not None:
        number = entry_number(line)
        if number is not None and number > opened and AUTHOR_ENTRY.match(NUMBERED_ENTRY.sub(r"\1", line)):
            return True  # a list of works may skip a number: "[3] Smith JA …", "[5] Lee K …"
        if number is not None and number > opened and line[:1] in "[(" and line[:1] == paragraph[0][:1]:
            return True  # ... whoever the entry is by: "[4] … 2021." then "[6] NHS. … 2023."
        return number == opened + 1
    if len(paragraph) == 1 and LIST_LABEL.match(paragraph[0]) and re.match(r"^(?:1[.)]|\[1\]|\(1\))\s", line):
        return True  # "Contents" over "1. …": a label over its list, not one paragraph with it
    if len(paragraph) == 1 and _STEPS_LABEL.match(paragraph[0]) and re.match(r"^1[.)]\s+[A-Z]", line):
        return True  # "Golden rules on the trail" over "1. Never …": a label over its steps
    if len(paragraph) == 1 and names_a_list_of_works(paragraph[0]) and (
        work_entry(line) or numbered_work(line)
    ):
        # "Bibliography" printed straight over "Smith JA, Lee K. …", "[1] …" or a body's "MHRA
        # (2009). …": its heading
        return True
    if len(paragraph) == 1 and labels_works(paragraph[0], line):
        return True  # "Evidence base" over "Ref 1. Public Health England. … 2023.": its heading
    return (
        work_entry(paragraph[0])
        and (paragraph[-1].endswith(".") or _ENDS_WITH_LINK.search(paragraph[-1]) is not None)
        and work_entry(line)
    )


# A short label a page prints straight over its numbered steps: "Five rules for the hill walk"
# (a capital, up to eight words, no full stop; a lead-in ending in a colon, "How to find it:",
# stays with the steps it leads into).
_STEPS_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019&-]+){0,7}$")


# An entry that ends with its address: "… 2023. https://www.example.org/stats", "… doi:10.1/x",
# or its site's bare domain: "… Sun safety. sunsmart.example.nz", "… nhs.uk/conditions/asthma".
_ENDS_WITH_LINK = re.compile(
    r"(?:https?://|www\.|doi:\s?)\S+$|(?<=\s)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE
)


def find_references(blocks: list[tuple[str, object]]) -> list[ReferenceData]:
    """The structured reference list under the page's References heading, if any. A heading
    that names the list ("References", "Sources") wins over one that may only hold it: a press
    release's numbered "Notes to editors" (funding, interviews) before its References are
    notes, not the works cited."""
    heads = [index for index in range(len(blocks)) if heads_references(blocks, index)]
    named = [index for index in heads if MAIN_SECTIONS.get(heading_key(blocks[index][1])) == "References"]
    for index in named or heads:
        return references_under(blocks[index + 1 :])[1]
    return []


def entry_blocks(blocks: list[tuple[str, object]]) -> int:
    """How many blocks at the start hold entries of a list of works."""
    count = 0
    for kind, content in blocks:
        first = first_line((kind, content))
        if kind == "heading" or not (NUMBERED_ENTRY.match(first) or work_entry(first)):
            break
        count += 1
    return count


def first_line(block: tuple[str, object]) -> str:
    """A block's first line as an entry of a list would print it: a table's first body row
    ("1. Guest NS, … 2018" under "Ref / Study / Year"), a list's first item."""
    kind, content = block
    if kind == "table":
        rows = table_entries([str(row) for row in content])  # type: ignore[union-attr]
        return rows[0].strip() if rows else ""
    return str(content[0] if kind in ("bullets", "steps") else content).strip()  # type: ignore[index]


def heading_key(content: object) -> str:
    # "Sources (numbers in the post above)": the list's name, with a note to the reader after it
    # "📌 Sources shared in this thread": the list's name after a pin or other pictogram
    key = str(content).strip().rstrip(":")
    # (each pattern tried only where it can match: most headings open with a letter and have no
    # bracket; a heading is read several times over as the list of works is looked for)
    if key[:1] and not key[0].isalnum():
        key = _LEADING_SYMBOLS.sub("", key)
    if ")" in key:
        key = _HEADING_ASIDE.sub("", key)
    key = key.lower()
    # "Scientific references", "Useful sources", "Sources and further reading": the list under a
    # qualified name
    if _QUALIFIED_REFERENCES.fullmatch(key):
        return "references"
    # "Research mentioned in this episode", "Studies cited", "Where the information comes from":
    # a list that may hold works
    return "research" if MENTIONED_WORKS.fullmatch(key) or _INFORMATION_FROM.fullmatch(key) else key


_LEADING_SYMBOLS = re.compile(r"^[^\w\s\[(\"'\u2018\u201c#]+\s*")
_HEADING_ASIDE = re.compile(r"(?<=\w)\s+\([^()]{1,60}\)$")
_QUALIFIED_REFERENCES = re.compile(
    r"(?:[a-z]+ ){1,2}(?:references|sources)|(?:references|sources) and (?:further )?(?:reading|resources|links)"
)
_INFORMATION_FROM = re.compile(r"where (?:the|this|our) information (?:comes|came) from")
MENTIONED_WORKS = re.compile(
    r"(?:the )?(?:research|studies|papers|evidence|works|sources)(?: we| i| we['\u2019]ve| i['\u2019]ve| we have| i have)? "
    r"(?:mentioned|cited|discussed|quoted|referred to|refer to|draw on|drew on|rely on|relied on|used|looked at|shared)"
    r"(?: (?:in|on|for) (?:this|the) [a-z]+| above| here)?"
)


def heads_references(blocks: list[tuple[str, object]], index: int) -> bool:
    kind, content = blocks[index]
    if kind != "heading":
        return False
    key = heading_key(content)
    if MAIN_SECTIONS.get(key) == "References":
        return True
    if index + 1 >= len(blocks):
        return False
    if key not in NOTES_HEADINGS:
        # Any heading ("Endnotes", "Further information", "Resources") over numbered works by
        # their authors or by bodies, two of them at least: "[1] Smith JA, Lee K. … 2019;…"; or
        # over bullets that are all works by their authors ("• Smith JA, Lee K. … 2019;…").
        if bulleted_works(blocks[index + 1]):
            return True
        if blocks[index + 1][0] == "table" and numbered_work(first_line(blocks[index + 1])):
            return True  # over a table of numbered works: "1 | Holden BA, Fricke TR, … 2016"
        return len(blocks) > index + 2 and (
            all(
                kind == "paragraph" and (numbered_work(str(text)) or numbered_link(str(text)))
                for kind, text in blocks[index + 1 : index + 3]
            )
            or numbered_works_open(blocks[index + 1], blocks[index + 2])
            # ... or over two works by their authors, one to a paragraph ("Clinical evidence"
            # over "Kapural L, Yu C, et al. (2015). …" and "Kumar K, … (2007). …")
            or all(
                kind == "paragraph" and AUTHOR_ENTRY.match(str(text)) is not None
                for kind, text in blocks[index + 1 : index + 3]
            )
        )
    first = first_line(blocks[index + 1])
    # Numbered entries, or works by their authors ("Smith, J. (2019). …") or by bodies ("NHS.
    # Osteoporosis. nhs.uk, 2022.") with no number. A numbered entry that names no work, with no
    # year and no address ("1. The vaccine used is MVA-BN."), opens a press release's notes.
    return blocks[index + 1][0] != "heading" and (
        (NUMBERED_ENTRY.match(first) is not None and _MAY_BE_A_WORK.search(first) is not None)
        or work_entry(first)
    )


# What a numbered entry of a list of works gives: a year, or an address ("nhs.uk/…", "https://…").
_MAY_BE_A_WORK = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|https?://|www\.|\b[a-z0-9-]+\.(?:[a-z]{2,6})(?:/|\b)(?![.\w])", re.IGNORECASE)


def blocks_under(blocks: list[tuple[str, object]]) -> int:
    """How many blocks a list of works takes: those before the next main heading."""
    for taken, (kind, content) in enumerate(blocks):
        if kind == "heading" and heading_key(content) in MAIN_SECTIONS:
            return taken
    return len(blocks)


def references_under(blocks: list[tuple[str, object]]) -> tuple[int, list[ReferenceData]]:
    """Read 'type / title / source, year' triples until the next main heading."""
    lines: list[str] = []
    taken = blocks_under(blocks)
    for kind, content in blocks[:taken]:
        if kind == "table":
            lines.extend(table_entries([str(c) for c in content]))  # type: ignore[union-attr]
        elif kind in ("bullets", "steps"):
            lines.extend(str(c) for c in content)  # type: ignore[union-attr]
        else:
            lines.append(str(content))
    return taken, read_entries(lines)
