"""Citation marks a captured page prints as letters ("… between the fingers.[a]", "[a][d]")
over a list of works lettered the same way ("[a] National Institute for …", "[b] Ibler KS, …").

The entries are numbered by their place (a is 1, b is 2 …) and the marks become the numbers
of the entries they name, so that the page reads as one numbered throughout. A letter in
brackets elsewhere ("(a)", "[sic]") is not touched, nor are lettered marks on a page whose list
is not lettered from "[a]" in turn."""

from __future__ import annotations

import re

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
    place = {letter: str(index) for index, letter in enumerate(letters, 1)}

    def mark(match: re.Match[str]) -> str:
        number = place.get(match.group(1))
        return f"[{number}]" if number else match.group(0)

    result = []
    for line in lines:
        entry = _ENTRY_RE.match(line)
        if entry and entry.group(2) in place:
            line = f"{entry.group(1)}[{place[entry.group(2)]}] " + line[entry.end() :]
        elif "[" in line:
            line = _MARK_RE.sub(mark, line)
        result.append(line)
    return result


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
