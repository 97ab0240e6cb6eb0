"""Citation markers in the Markdown body: ``[1]``, ``[1, 3]``, ``[2-4]``."""

from __future__ import annotations

import re

# Not a link ("[text](url)") nor a link definition ("[1]: url"); a mark before a lead-in's colon
# at the line's end ("… any of these [2]:") cites.
CITATION_RE = re.compile(
    r"\[(\d{1,4}(?:[ \t]*[-\u2013][ \t]*\d{1,4})?(?:[ \t]*,[ \t]*\d{1,4}(?:[ \t]*[-\u2013][ \t]*\d{1,4})?)*)\](?![(\[]|:[ \t]*\S)"
)
MAX_RANGE = 200


def parse_citation_list(text: str) -> list[int]:
    """'1, 3' -> [1, 3]; '2-4' -> [2, 3, 4]. A reversed or huge range cites its ends only."""
    numbers: list[int] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        bounds = part.replace("\u2013", "-").split("-")
        if len(bounds) == 2:
            low, high = int(bounds[0]), int(bounds[1])
            if low <= high and high - low <= MAX_RANGE:
                numbers.extend(range(low, high + 1))
            else:
                numbers.extend([low, high])
        else:
            numbers.append(int(bounds[0]))
    return [n for n in numbers if n > 0]


def format_citations(numbers: list[int] | tuple[int, ...]) -> str:
    """[1, 2, 3] -> '[1, 2, 3]' (the form the Markdown writer uses)."""
    return "[" + ", ".join(str(n) for n in numbers) + "]"
