"""Captured health pages (the text a browser copies from a published article).

The page is converted to the Markdown body every later feature works on:
site furniture is stripped, headings and bullets recovered, citation numbers
written after a sentence ("… published in 2025 1.", "… options 2, 3, 4") become
``[1]`` and ``[2, 3, 4]``, and the References list becomes structured data.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from workstation.errors import ImportFailed
from workstation.importers.bare_tables import bare_row, barred
from workstation.importers.glued_citations import join_adjacent_marks, link_glued_citations
from workstation.importers.page_lines import BULLET, DASH_BULLET, dash_bullet_here, is_heading
from workstation.importers.parenthesised_citations import link_parenthesised_citations
from workstation.importers.superscript_citations import (
    link_superscript_citations,
)
from workstation.importers.trailing_citations import label_uses, link_trailing_citations
from workstation.importers.unheaded_works import (
    LIST_LABEL,
    bulleted_works,
    head_bulleted_works,
    head_footnotes,
)
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
from workstation.messages import message
from workstation.model import ArticleDraft, ReferenceData

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
_APOS = "['\u2019]"
# Lines that belong to the site, not to the article.
_FURNITURE = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
        r"^Medical Advisory Board\s*All articles are reviewed.*$",
        r"^Educational purpose only\b.*$",
        r"^View editorial policy$",
        r"^Personali[sz]e$",
        r"^Help us tailor your experience$",
        r"^Which best describes you\?.*$",
        r"^Get updates directly to your inbox\.?$",
        r"^Sign up( now)?( for free)?[.!]?$",
        r"^Subscribe( to our newsletter)?[.!]?$",
        r"^Become a member\b.*$",
        rf"^We{_APOS}d love to hear from you!.*$",
        rf"^You{_APOS}ll also get the latest articles\b.*$",
        r"^On \S+, the social network for\b.*$",
        r"^.*\b(share your experiences in a comment below|start a conversation on your)\b.*$",
        r"^Advertisement$",
        r"^Share( this article)?$",
        )
    ),
    re.IGNORECASE,
)
# Everything from here on is the site's, not the article's.
_END_MARKERS = re.compile(r"^(?:Have a follow-up question\?|Related articles?)$", re.IGNORECASE)
_BANNER = re.compile(r"^Article Review Status$", re.IGNORECASE)
_BANNER_STEPS = {"submitted", "under review", "approved"}
_LAST_UPDATED = re.compile(r"^(?:Last updated|Updated|Last reviewed)\s*:?\s*(.+?)\s*(?:View editorial policy)?$", re.I)
# Headings whose section is the reference list when it opens with a numbered entry (a press
# release's "Notes to editors" may hold the study's references, or only "About us"; a page's
# "Further reading" or "Studies" may number the works its text cites, or list links).
_NOTES_HEADINGS = {
    "notes to editors", "notes for editors", "notes", "further reading", "reading list",
    "background reading", "reading", "evidence base", "studies",
    "research", "evidence", "literature", "citations", "works cited", "cited studies",
    "key studies", "read more", "more information", "read the paper", "read the study",
}

_MAX_TITLE = 160
_FOR_PROFESSIONALS = re.compile(r"intended for (?:healthcare|health care|medical) professionals", re.IGNORECASE)


def looks_like_page(text: str) -> bool:
    return not text.lstrip().startswith("---")


def parse_page(text: str) -> ArticleDraft:
    """Convert a captured page to an :class:`ArticleDraft` with a Markdown body."""
    if text.lstrip()[:15].lower().startswith(("<!doctype", "<html")):
        raise ImportFailed(message("import.html"))
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _cut_at_end_marker(lines)
    last_updated, lines = _strip_furniture(lines)
    title, lines = _take_title(lines)
    if not title:
        raise ImportFailed(message("import.only-furniture"))
    blocks = _blocks(lines)
    # The reference list is read first: whether a number after a sentence cites
    # depends on which numbers it lists.
    references = _find_references(blocks)
    listed = frozenset(ref.number for ref in references)
    # How the page itself uses a word with a number ("type 2 diabetes") tells a label
    # from a citation where the sentence's structure leaves it open.
    labels = label_uses("\n".join(lines))
    body_parts: list[str] = []
    in_main = False
    # wherever the page says so, in its text or in its footer after the list of works
    audience = "clinician" if _FOR_PROFESSIONALS.search("\n".join(lines)) else "patient"
    index = 0
    while index < len(blocks):
        kind, content = blocks[index]
        index += 1
        if kind == "heading":
            key = _heading_key(content)
            if _heads_references(blocks, index - 1):
                taken = _references(blocks[index:])[0]
                if _MENTIONED_WORKS.fullmatch(str(content).strip().rstrip(":").lower()) or not (
                    key in MAIN_SECTIONS or key in _NOTES_HEADINGS
                ):
                    # a heading over the works a page mentions ("Research mentioned in this
                    # episode", "Research the clinic shared with us:"): what follows its entries
                    # ("Dr Lee's three tips:") is the page's text again (a press release's notes
                    # run on to its site's text)
                    taken = min(taken, _entry_blocks(blocks[index:]))
                index += taken
                continue
            if key in MAIN_SECTIONS:
                in_main = True
                body_parts.append("## " + MAIN_SECTIONS[key])
                if "disclaimer" in key:
                    in_main = False
            else:
                body_parts.append(("### " if in_main else "## ") + content.strip())
        elif kind == "table":
            body_parts.append(_markdown_table(content))  # type: ignore[arg-type]
        elif kind == "bullets":
            body_parts.append(
                "\n".join("- " + _link_citations(item, listed, labels) for item in content)
            )
        else:
            body_parts.append(_escape_block_start(_link_citations(content, listed, labels)))
    body = "\n\n".join(part for part in body_parts if part.strip()) + "\n"
    if not any(kind != "heading" for kind, _ in blocks):
        raise ImportFailed(message("import.no-paragraphs"))
    return ArticleDraft(
        title=title,
        body=body,
        audience=audience,
        last_updated=last_updated,
        references=tuple(references),
        source_format="page",
    )


def _link_citations(text: str, listed: frozenset[int], labels: frozenset[tuple[str, int]]) -> str:
    linked = link_parenthesised_citations(link_superscript_citations(join_adjacent_marks(text), listed), listed)
    linked = link_glued_citations(linked, listed)
    return link_trailing_citations(linked, listed, labels)


def _cut_at_end_marker(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _END_MARKERS.match(line.strip()):
            return lines[:i]
    return lines


def _parse_date(text: str) -> date | None:
    text = text.strip().rstrip(".")
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%Y-%m-%d", "%d %B %Y", "%B %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _strip_furniture(lines: list[str]) -> tuple[date | None, list[str]]:
    kept: list[str] = []
    last_updated: date | None = None
    in_banner = False
    for line in lines:
        stripped = line.strip()
        if in_banner:
            if stripped.lower() in _BANNER_STEPS:
                continue
            in_banner = False
        if _BANNER.match(stripped):
            in_banner = True
            continue
        updated = _LAST_UPDATED.match(stripped)
        if updated and last_updated is None:
            parsed = _parse_date(updated.group(1))
            if parsed is not None:
                last_updated = parsed
                continue
        if _FURNITURE.match(stripped):
            continue
        kept.append(line)
    return last_updated, kept


def _take_title(lines: list[str]) -> tuple[str, list[str]]:
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        first_sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", stripped, maxsplit=1)
        if len(stripped) <= _MAX_TITLE and len(first_sentence) == 1:
            return stripped.lstrip("#").strip(), lines[i + 1:]
        # The page opens with a paragraph: its first sentence names the article.
        title = first_sentence[0].rstrip(".")
        if len(title) > _MAX_TITLE:
            title = title[: _MAX_TITLE - 1].rsplit(" ", 1)[0] + "\u2026"
        return title, lines[i:]
    return "", []


# A row of a table printed with bars: "| Plan | Price |".
_TABLE_ROW = re.compile(r"^\|.*\|$")
_TABLE_RULE = re.compile(r"^\|(?:\s*:?-{3,}:?\s*\|)+$")


def _markdown_table(rows: list[str]) -> str:
    """Rows printed with bars as a Markdown table: the rule under the first row is added when
    the page left it out, so the rows stay a table (a fee table is not a paragraph of figures)."""
    if len(rows) > 1 and _TABLE_RULE.match(rows[1]):
        return "\n".join(rows)
    columns = max(rows[0].count("|") - 1, 1)
    return "\n".join([rows[0], "|" + "---|" * columns, *rows[1:]])


def _blocks(lines: list[str]) -> list[tuple[str, object]]:
    """('heading', text) | ('bullets', [items]) | ('table', [rows]) | ('paragraph', text), in
    order."""
    # A page whose paragraphs are not separated by blank lines has no headings to find.
    spaced = sum(1 for line in lines if not line.strip()) >= 2
    blocks: list[tuple[str, object]] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(("paragraph", " ".join(p.strip() for p in paragraph)))
            paragraph.clear()

    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        if "\t" in stripped and _tab_row(lines, i):
            stripped = "| " + " | ".join(cell.strip() for cell in stripped.split("\t")) + " |"
        elif bare_row(lines, i):
            stripped = barred(stripped)
        if _TABLE_ROW.match(stripped) and (
            (blocks and blocks[-1][0] == "table" and not paragraph)
            or (i + 1 < len(lines) and (
                _TABLE_ROW.match(lines[i + 1].strip()) or _tab_row(lines, i + 1) or bare_row(lines, i + 1)
            ))
        ):
            if len(paragraph) == 1 and (
                _names_a_list_of_works(paragraph[0])
                or (_WORKS_LABEL.match(paragraph[0]) and _REFERENCE_COLUMN.search(stripped))
            ):
                # "Research we refer to" over its table; "Clinical evidence" over "No. | Reference"
                blocks.append(("heading", paragraph.pop()))
            flush()
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(stripped)  # type: ignore[union-attr]
            else:
                blocks.append(("table", [stripped]))
            continue
        bullet = BULLET.match(line) or (DASH_BULLET.match(line) if dash_bullet_here(lines, i) else None)
        if bullet:
            flush()
            item = bullet.group(1).strip()
            if item:
                if blocks and blocks[-1][0] == "bullets":
                    blocks[-1][1].append(item)  # type: ignore[union-attr]
                else:
                    blocks.append(("bullets", [item]))
            continue
        if is_heading(lines, i, spaced, MAIN_SECTIONS):
            flush()
            blocks.append(("heading", stripped))
            continue
        if paragraph and _starts_next_entry(paragraph, stripped):
            if len(paragraph) == 1 and (
                _names_a_list_of_works(paragraph[0])
                or _labels_works(paragraph[0], stripped)
            ):
                # "Notes to editors" printed straight over its "1. …", "Endnotes" over "[1]
                # Smith JA, …": the list's heading
                blocks.append(("heading", paragraph.pop()))
            flush()
        paragraph.append(stripped)
        if not spaced:
            flush()
    flush()
    return head_footnotes(head_bulleted_works(blocks, _names_a_list_of_works), _heads_references)


def _tab_row(lines: list[str], i: int) -> bool:
    """A row of a table copied with tabs between its cells ("1\tSmith JA. …\t2021"): a line
    with a tab, by another such line."""
    def tabbed(j: int) -> bool:
        return 0 <= j < len(lines) and "\t" in lines[j].strip()

    return tabbed(i) and (tabbed(i - 1) or tabbed(i + 1))


def _names_a_list_of_works(line: str) -> bool:
    key = _heading_key(line)
    return MAIN_SECTIONS.get(key) == "References" or key in _NOTES_HEADINGS


# A longer one, taken as a heading only over the first of a list's numbered works: "Papers and
# sources cited in the summary" printed straight over "[1] Smith JA, Lee K. … 2019;…", "Nerdy
# bit: what we read" over "1. Lieberman DE, …" (a colon after one of its words).
_WORKS_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*:?(?: (?:[\w'\u2019-]+:?|&)){0,9}$")


# A table's header naming its column of works: "| No. | Reference |", "| Ref | Study | Year |".
_REFERENCE_COLUMN = re.compile(r"\|\s*(?:references?|sources?|citations?|study|studies|works?)\s*\|", re.IGNORECASE)


def _labels_works(label: str, line: str) -> bool:
    """Is a label printed straight over a line its list's first numbered work?"""
    if LIST_LABEL.match(label):
        # "Contents" over "1. Introduction" is no list of works; "Links" over "[1] https://…" is
        return numbered_work(line) or (numbered_link(line) and entry_number(line) == 1)
    return _WORKS_LABEL.match(label) is not None and (
        numbered_work(line) or numbered_link(line)  # "Where this information comes from:" over "[1] https://…"
    ) and entry_number(line) == 1



def _starts_next_entry(paragraph: list[str], line: str) -> bool:
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
    if len(paragraph) == 1 and _names_a_list_of_works(paragraph[0]) and (
        AUTHOR_ENTRY.match(line) or numbered_work(line)
    ):
        return True  # "Bibliography" printed straight over "Smith JA, Lee K. …" or "[1] …": its heading
    if len(paragraph) == 1 and _labels_works(paragraph[0], line):
        return True  # "Evidence base" over "Ref 1. Public Health England. … 2023.": its heading
    return (
        work_entry(paragraph[0])
        and (paragraph[-1].endswith(".") or _ENDS_WITH_LINK.search(paragraph[-1]) is not None)
        and work_entry(line)
    )


# An entry that ends with its address: "… 2023. https://www.example.org/stats", "… doi:10.1/x".
_ENDS_WITH_LINK = re.compile(r"(?:https?://|www\.|doi:\s?)\S+$", re.IGNORECASE)


def _find_references(blocks: list[tuple[str, object]]) -> list[ReferenceData]:
    """The structured reference list under the page's References heading, if any. A heading
    that names the list ("References", "Sources") wins over one that may only hold it: a press
    release's numbered "Notes to editors" (funding, interviews) before its References are
    notes, not the works cited."""
    heads = [index for index in range(len(blocks)) if _heads_references(blocks, index)]
    named = [index for index in heads if MAIN_SECTIONS.get(_heading_key(blocks[index][1])) == "References"]
    for index in named or heads:
        return _references(blocks[index + 1 :])[1]
    return []


def _entry_blocks(blocks: list[tuple[str, object]]) -> int:
    """How many blocks at the start hold entries of a list of works."""
    count = 0
    for kind, content in blocks:
        first = _first_line((kind, content))
        if kind == "heading" or not (NUMBERED_ENTRY.match(first) or work_entry(first)):
            break
        count += 1
    return count


def _first_line(block: tuple[str, object]) -> str:
    """A block's first line as an entry of a list would print it: a table's first body row
    ("1. Guest NS, … 2018" under "Ref / Study / Year"), a list's first item."""
    kind, content = block
    if kind == "table":
        rows = table_entries([str(row) for row in content])  # type: ignore[union-attr]
        return rows[0].strip() if rows else ""
    return str(content[0] if kind == "bullets" else content).strip()  # type: ignore[index]


def _heading_key(content: object) -> str:
    # "Sources (numbers in the post above)": the list's name, with a note to the reader after it
    key = _HEADING_ASIDE.sub("", str(content).strip().rstrip(":")).lower()
    # "Scientific references", "Useful sources", "Sources and further reading": the list under a
    # qualified name
    if _QUALIFIED_REFERENCES.fullmatch(key):
        return "references"
    # "Research mentioned in this episode", "Studies cited": a list that may hold works
    return "research" if _MENTIONED_WORKS.fullmatch(key) else key


_HEADING_ASIDE = re.compile(r"(?<=\w)\s+\([^()]{1,60}\)$")
_QUALIFIED_REFERENCES = re.compile(
    r"(?:[a-z]+ ){1,2}(?:references|sources)|(?:references|sources) and (?:further )?(?:reading|resources|links)"
)
_MENTIONED_WORKS = re.compile(
    r"(?:the )?(?:research|studies|papers|evidence|works)(?: we| i)? (?:mentioned|cited|discussed|quoted|referred to|refer to|"
    r"draw on|drew on|rely on|relied on|used|looked at)"
    r"(?: (?:in|on) (?:this|the) [a-z]+)?"
)


def _heads_references(blocks: list[tuple[str, object]], index: int) -> bool:
    kind, content = blocks[index]
    if kind != "heading":
        return False
    key = _heading_key(content)
    if MAIN_SECTIONS.get(key) == "References":
        return True
    if index + 1 >= len(blocks):
        return False
    if key not in _NOTES_HEADINGS:
        # Any heading ("Endnotes", "Further information", "Resources") over numbered works by
        # their authors or by bodies, two of them at least: "[1] Smith JA, Lee K. … 2019;…"; or
        # over bullets that are all works by their authors ("• Smith JA, Lee K. … 2019;…").
        if bulleted_works(blocks[index + 1]):
            return True
        if blocks[index + 1][0] == "table" and numbered_work(_first_line(blocks[index + 1])):
            return True  # over a table of numbered works: "1 | Holden BA, Fricke TR, … 2016"
        return len(blocks) > index + 2 and all(
            kind == "paragraph" and (numbered_work(str(text)) or numbered_link(str(text)))
            for kind, text in blocks[index + 1 : index + 3]
        )
    first = _first_line(blocks[index + 1])
    # Numbered entries, or works by their authors ("Smith, J. (2019). …") or by bodies ("NHS.
    # Osteoporosis. nhs.uk, 2022.") with no number.
    return blocks[index + 1][0] != "heading" and (NUMBERED_ENTRY.match(first) is not None or work_entry(first))


def _references(blocks: list[tuple[str, object]]) -> tuple[int, list[ReferenceData]]:
    """Read 'type / title / source, year' triples until the next main heading."""
    lines: list[str] = []
    taken = 0
    for kind, content in blocks:
        if kind == "heading" and _heading_key(content) in MAIN_SECTIONS:
            break
        taken += 1
        if kind == "table":
            lines.extend(table_entries([str(c) for c in content]))  # type: ignore[union-attr]
        elif kind == "bullets":
            lines.extend(str(c) for c in content)  # type: ignore[union-attr]
        else:
            lines.append(str(content))
    return taken, read_entries(lines)


def _escape_block_start(text: str) -> str:
    """Plain page text that would read as Markdown block syntax stays plain text."""
    if text.startswith(("#", ">", "=", "---", "```", "~~~")):
        return "\\" + text
    numbered = re.match(r"^(\d{1,9})([.)]\s)", text)
    if numbered:
        return numbered.group(1) + "\\" + text[len(numbered.group(1)):]
    if re.match(r"^[-*+]\s", text):
        return "\\" + text
    return text


# The closing hashes are stripped in Python: a lazy title before "[ \t#]*$" tried every end of a
# line of hashes and spaces, quadratic in the line's length.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+(.+)$")
