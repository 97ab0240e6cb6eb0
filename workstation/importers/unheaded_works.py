"""Lists of works a captured page prints with no heading of their own over them: footnotes
at the page's end ("¹ Smith JA. …"), bullets of works under a short label ("The science"
over "• Smith JA, Lee K. … 2019;…"), and a list run into one line after its label ("Sources:
(1) NHS. … 2023; (2) Smith JA. … 2019;…"). Each is given the heading the page left out."""

from __future__ import annotations

import re
from collections.abc import Callable

from workstation.importers.superscript_citations import SUPERSCRIPT_DIGITS
from workstation.importers.works_lists import (
    AUTHOR_ENTRY,
    SITE_LINE,
    entry_number,
    numbered_link,
    numbered_work,
    work_entry,
)

# A short label with no sentence's end ("Contents", "In this guide").
LIST_LABEL = re.compile(r"^[A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){0,3}:?$")


def _footnote(block: tuple[str, object]) -> bool:
    """A paragraph that opens as a footnote of a work by its authors or by a body: "² Smith JA,
    Lee K. Title. 2019;…", "¹ NHS. Head lice. nhs.uk, 2023."."""
    kind, content = block
    text = str(content)
    return (
        kind == "paragraph"
        and text[:1] in SUPERSCRIPT_DIGITS
        and work_entry(text.lstrip(SUPERSCRIPT_DIGITS).strip())
    )


# A line to the page's readers after its works: "Write to us at …", "Email your questions to …".
_READERS_LINE = re.compile(
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b(?:write|email|e-mail)\s+(?:to\s+)?us\b", re.IGNORECASE
)


def _site_note(text: str) -> bool:
    """The site's line or a note to its readers, not the article's: what may follow its works."""
    return SITE_LINE.search(text) is not None or _READERS_LINE.search(text) is not None


def bulleted_works(block: tuple[str, object]) -> bool:
    """Bullets that are works by their authors, two at least: "• Smith JA, Lee K. … 2019;…"
    (among them, maybe, works by bodies: "• National Institute for Health and Care Excellence.
    2023. …")."""
    kind, content = block
    if kind != "bullets" or len(content) < 2:  # type: ignore[arg-type]
        return False
    items = [str(item) for item in content]  # type: ignore[union-attr]
    return sum(AUTHOR_ENTRY.match(item) is not None for item in items) >= 2 and all(
        work_entry(item) for item in items
    )


def _all_works(block: tuple[str, object]) -> bool:
    """Bullets, two at least, each a work by its authors or by a body ("• NHS. Osteoporosis.
    nhs.uk, 2022.")."""
    kind, content = block
    return kind == "bullets" and len(content) >= 2 and all(work_entry(str(item)) for item in content)  # type: ignore[arg-type]


def head_bulleted_works(
    blocks: list[tuple[str, object]], names_works: Callable[[str], bool]
) -> list[tuple[str, object]]:
    """A short label printed straight over bullets that are works by their authors ("The
    science" over "• Smith JA, …"), or one that names a list of works over bullets that are
    all works, by bodies too ("Evidence" over "• NHS. Osteoporosis. nhs.uk, 2022."): the
    list's heading, not a paragraph of the page."""
    return [
        ("heading", content)
        if kind == "paragraph" and LIST_LABEL.match(str(content)) and index + 1 < len(blocks)
        and (bulleted_works(blocks[index + 1]) or (names_works(str(content)) and _all_works(blocks[index + 1])))
        else (kind, content)
        for index, (kind, content) in enumerate(blocks)
    ]


_DATED = re.compile(r"\b(?:19|20)\d\d\b|https?://|www\.")


def numbered_works_open(first: tuple[str, object], second: tuple[str, object]) -> bool:
    """Two paragraphs that open a numbered list of works: the first numbered 1 and a work by its
    authors or a body, or a link; the second numbered 2 and dated or linked ("[2] NICE Clinical
    Knowledge Summaries: … Last revised 2023.")."""
    if first[0] != "paragraph" or second[0] != "paragraph":
        return False
    one, two = str(first[1]), str(second[1])
    return (
        entry_number(one) == 1 and (numbered_work(one) or numbered_link(one))
        and entry_number(two) == 2 and (numbered_work(two) or _DATED.search(two) is not None)
    )


def head_spaced_numbered_works(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    """A short label with a blank line under it, over the numbered works a post cites ("Links:"
    then "[1] Smith JA, et al. … 2017.", "[2] NICE. … 2023."): the list's heading, as the same
    label printed straight over them is."""
    return [
        ("heading", content)
        if kind == "paragraph" and LIST_LABEL.match(str(content)) and index + 2 < len(blocks)
        and numbered_works_open(blocks[index + 1], blocks[index + 2])
        else (kind, content)
        for index, (kind, content) in enumerate(blocks)
    ]


def head_footnotes(
    blocks: list[tuple[str, object]], heads_references: Callable[[list[tuple[str, object]], int], bool]
) -> list[tuple[str, object]]:
    """Works printed as footnotes with no heading over them ("¹ Smith JA. …" at the page's
    end) are its reference list: they are given the heading the page left out."""
    if any(heads_references(blocks, index) for index in range(len(blocks))):
        return blocks
    for index, block in enumerate(blocks):
        if _footnote(block) and all(
            _footnote(after) or _site_note(str(after[1])) for after in blocks[index:]
        ):
            return [*blocks[:index], ("heading", "References"), *blocks[index:]]
    return blocks


# A list of works run into one line after its label: "Sources: (1) NHS. Poisoning. 2024; (2) …".
_RUN_ON_LIST = re.compile(r"^(?P<label>[A-Z][\w'\u2019 -]{0,40}?):[ \t]+(?P<entries>\(1\)[ \t].+)$")
_RUN_ON_ENTRY = re.compile(r";[ \t]+(?=\(\d{1,3}\)[ \t])")


def _run_on_entries(text: str) -> list[str]:
    """The entries of "(1) NHS. … 2024; (2) Smith JA. … 2019;4(1):8." numbered 1, 2, 3 …
    (a split only before the next number, so a volume's "2019;4(1)" stays whole), each with
    the full stop a list printed one to a line ends it with."""
    entries: list[str] = []
    for part in _RUN_ON_ENTRY.split(text):
        if entries and not part.startswith(f"({len(entries) + 1})"):
            entries[-1] += "; " + part
        else:
            entries.append(part if part.endswith((".", ")")) else part + ".")
    return entries


def split_run_on_works(
    blocks: list[tuple[str, object]], names_works: Callable[[str], bool]
) -> list[tuple[str, object]]:
    """A paragraph that is a list of works run into one line after the label naming it
    ("Sources: (1) NHS. … 2024; (2) …; (3) …"): the label is the list's heading and each
    work an entry of its own, so they are read as a list printed one to a line is."""
    result: list[tuple[str, object]] = []
    for kind, content in blocks:
        run_on = _RUN_ON_LIST.match(str(content)) if kind == "paragraph" else None
        if run_on and names_works(run_on.group("label")):
            entries = _run_on_entries(run_on.group("entries"))
            if len(entries) >= 2 and all(numbered_work(entry) for entry in entries):
                result.append(("heading", run_on.group("label")))
                result.extend(("paragraph", entry) for entry in entries)
                continue
        result.append((kind, content))
    return result
