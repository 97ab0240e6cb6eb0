"""Citation marks a captured page prints as letters ("… between the fingers.[a]", "[a][d]")
over a list of works lettered the same way ("[a] National Institute for …", "[b] Ibler KS, …").

The entries are numbered by their place (a is 1, b is 2 …) and the marks become the numbers
of the entries they name, so that the page reads as one numbered throughout. A letter in
brackets elsewhere ("(a)", "[sic]") is not touched, nor are lettered marks on a page whose list
is not lettered from "[a]" in turn."""

from __future__ import annotations

import re

from workstation.importers.labelled_lists import ListEntry, number_labelled_list

# An entry of a lettered list at a line's start: "[a] National Institute for … 2023."
_ENTRY_RE = re.compile(r"^([ \t]*)\[([a-z])\][ \t]+(?=\S)")
# A mark after a word, a stop or another mark: "… fingers.[a]", "… dirty.[a][d]".
_MARK_RE = re.compile(r"(?<=[^\s\[])\[([a-z])\]")


def number_lettered_marks(lines: list[str]) -> list[str]:
    """The page's lines with a lettered list of works and its lettered marks numbered."""
    if not any("[a]" in line for line in lines):
        return lines
    letters = _list_letters(lines)
    if len(letters) < 2:
        return lines
    entries: dict[int, ListEntry] = {}
    for index, line in enumerate(lines):
        entry = _ENTRY_RE.match(line)
        if entry and entry.group(2) in letters:
            entries[index] = ListEntry(entry.group(1), entry.group(2), line[entry.end() :])
    return number_labelled_list(lines, letters, entries, _MARK_RE)


def _list_letters(lines: list[str]) -> list[str]:
    """The letters of the page's lettered list, "a", "b", "c" … in turn, one entry to a line."""
    letters: list[str] = []
    for line in lines:
        entry = _ENTRY_RE.match(line)
        if entry is None:
            continue
        letter = entry.group(2)
        if letter == "a" and not letters or letters and ord(letter) == ord(letters[-1]) + 1:
            letters.append(letter)
    return letters
