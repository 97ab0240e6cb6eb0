"""Tables a captured page prints without their outer bars: a list of works copied as
"# | Source | Year" over "1 | Smith J. … | 2021", one row to a line."""

from __future__ import annotations

import re

# A body row that opens with its number cell: "3 | Singh S, Keller PR, … | 2023".
_NUMBERED_ROW = re.compile(r"^\d{1,3}\s*\|\s")


def bare_row(lines: list[str], i: int) -> bool:
    """Is line ``i`` a row of such a table? A numbered row beside another with as many bars,
    or the header printed straight over two of them."""
    line = lines[i].strip()
    if "|" not in line or line.startswith("|"):
        return False

    def numbered(j: int) -> bool:
        row = lines[j].strip() if 0 <= j < len(lines) else ""
        return _NUMBERED_ROW.match(row) is not None and row.count("|") == line.count("|")

    if _NUMBERED_ROW.match(line):
        return numbered(i - 1) or numbered(i + 1)
    return numbered(i + 1) and numbered(i + 2)


def barred(line: str) -> str:
    """The row with its outer bars, as the page's other tables print theirs."""
    return "| " + line.strip() + " |"
