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
from workstation.importers.keyed_works import number_keyed_works
from workstation.importers.lettered_marks import number_lettered_marks
from workstation.importers.page_lines import (
    BULLET,
    DASH_BULLET,
    LOWER_STEP,
    STEP,
    dash_bullet_here,
    ends_a_lead_in,
    is_heading,
    plain_lines,
)
from workstation.importers.page_works_section import (
    MAIN_SECTIONS,
    MENTIONED_WORKS,
    NOTES_HEADINGS,
    REFERENCE_COLUMN,
    WORKS_LABEL,
    blocks_under,
    entry_blocks,
    find_references,
    heading_key,
    heads_references,
    labels_works,
    names_a_list_of_works,
    numbered_work_or_link,
    starts_next_entry,
)
from workstation.importers.parenthesised_citations import link_parenthesised_citations
from workstation.importers.superscript_citations import (
    link_superscript_citations,
)
from workstation.importers.trailing_citations import label_uses, link_trailing_citations
from workstation.importers.unheaded_works import (
    head_bulleted_works,
    head_footnotes,
    head_spaced_numbered_works,
    split_run_on_works,
)
from workstation.messages import message
from workstation.model import ArticleDraft

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

_MAX_TITLE = 160
_FOR_PROFESSIONALS = re.compile(r"intended for (?:healthcare|health care|medical) professionals", re.IGNORECASE)


# A standfirst that says whom the page is for: "Reminder for prescribers and pharmacists of …",
# "Information for healthcare professionals" (not advice for them "to give to patients").
_ADDRESSED_TO_PROFESSIONALS = re.compile(
    r"^(?:An?\s+)?(?:reminder|information|advice|guidance|update|alert|briefing)s?\s+for\s+"
    r"(?:prescribers|(?:healthcare|health\s+care|health)\s+professionals|clinicians|pharmacists)\b"
    r"(?![^.:]*\bto\s+(?:give|pass\s+on|share)\b)",
    re.IGNORECASE,
)
# the lines under the title (with the site's banner and menus) that may say whom the page is for
_STANDFIRST_LINES = 12


def _addressed_to_professionals(lines: list[str]) -> bool:
    """Does one of the first lines under the title address the page to professionals?"""
    opening = [line.strip() for line in lines if line.strip()][:_STANDFIRST_LINES]
    return any(_ADDRESSED_TO_PROFESSIONALS.match(line) for line in opening)


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
    lines = number_lettered_marks(number_keyed_works(plain_lines(lines)))
    blocks = _blocks(lines)
    # The reference list is read first: whether a number after a sentence cites
    # depends on which numbers it lists.
    references = find_references(blocks)
    listed = frozenset(ref.number for ref in references)
    # How the page itself uses a word with a number ("type 2 diabetes") tells a label
    # from a citation where the sentence's structure leaves it open.
    labels = label_uses("\n".join(lines))
    body_parts: list[str] = []
    in_main = False
    # wherever the page says so, in its text or in its footer after the list of works
    # (or a line under its title addresses it to them)
    professional = _FOR_PROFESSIONALS.search("\n".join(lines)) or _addressed_to_professionals(lines)
    audience = "clinician" if professional else "patient"
    index = 0
    while index < len(blocks):
        kind, content = blocks[index]
        index += 1
        if kind == "heading":
            key = heading_key(content)
            if heads_references(blocks, index - 1):
                taken = blocks_under(blocks[index:])  # (how far it runs: find_references read it)
                if MENTIONED_WORKS.fullmatch(str(content).strip().rstrip(":").lower()) or not (
                    key in MAIN_SECTIONS or key in NOTES_HEADINGS
                ):
                    # a heading over the works a page mentions ("Research mentioned in this
                    # episode", "Research the clinic shared with us:"): what follows its entries
                    # ("Dr Lee's three tips:") is the page's text again (a press release's notes
                    # run on to its site's text)
                    taken = min(taken, entry_blocks(blocks[index:]))
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
        elif kind == "steps":
            body_parts.append(
                "\n".join(f"{n}. " + _link_citations(item, listed, labels) for n, item in enumerate(content, 1))
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
        if not stripped:
            kept.append(line)  # (a blank line is no furniture: none of the patterns below is tried)
            continue
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
                names_a_list_of_works(paragraph[0])
                or (WORKS_LABEL.match(paragraph[0]) and REFERENCE_COLUMN.search(stripped))
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
        step = STEP.match(stripped)
        if step is None and stripped[:1].isdigit() and (
            (paragraph and ends_a_lead_in(paragraph[-1])) or (not paragraph and blocks and blocks[-1][0] == "steps")
        ):
            step = LOWER_STEP.match(stripped)  # "… you will meet:" over "1) a consultant …"
        if step and not paragraph and blocks and blocks[-1][0] == "steps" and (
            int(step.group(1)) == len(blocks[-1][1]) + 1  # type: ignore[arg-type]
        ):
            blocks[-1][1].append(step.group(2))  # type: ignore[union-attr]
            continue
        if step and step.group(1) == "1" and paragraph and _leads_into_steps(paragraph[-1], stripped):
            flush()
            blocks.append(("steps", [step.group(2)]))
            continue
        if is_heading(lines, i, spaced, MAIN_SECTIONS):
            flush()
            blocks.append(("heading", stripped))
            continue
        if paragraph and starts_next_entry(paragraph, stripped):
            if len(paragraph) == 1 and (
                names_a_list_of_works(paragraph[0])
                or labels_works(paragraph[0], stripped)
            ):
                # "Notes to editors" printed straight over its "1. …", "Endnotes" over "[1]
                # Smith JA, …": the list's heading
                blocks.append(("heading", paragraph.pop()))
            flush()
        paragraph.append(stripped)
        if not spaced:
            flush()
    flush()
    blocks = split_run_on_works(blocks, names_a_list_of_works)
    blocks = head_spaced_numbered_works(head_bulleted_works(blocks, names_a_list_of_works))
    return head_footnotes(blocks, heads_references)


def _leads_into_steps(lead: str, line: str) -> bool:
    """Does a lead-in ("If you've just been injured:", "… the guideline advises:²") lead into
    the numbered steps that open on the next line ("1. Find the tooth …")? Then they are its
    list, not more of its paragraph whose numbers would read as marks. (A label over numbered
    works, "Sources:" over "1. NHS. …", leads into a list of works.)"""
    return ends_a_lead_in(lead) and not names_a_list_of_works(lead) and not numbered_work_or_link(line)


def _tab_row(lines: list[str], i: int) -> bool:
    """A row of a table copied with tabs between its cells ("1\tSmith JA. …\t2021"): a line
    with a tab, by another such line."""
    def tabbed(j: int) -> bool:
        return 0 <= j < len(lines) and "\t" in lines[j].strip()

    return tabbed(i) and (tabbed(i - 1) or tabbed(i + 1))




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
