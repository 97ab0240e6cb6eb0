"""Citation numbers a Markdown page prints in HTML superscript tags ("… lovers.<sup>7</sup>").

Where the digits would be read as a citation had the page printed them as superscript
digits ("… lovers.⁷"), the tag becomes the same citation ("… lovers [7]."); a tag after a
number or a unit ("10<sup>6</sup>", "m<sup>2</sup>") is an exponent and stays as printed.
"""

from __future__ import annotations

import re

from workstation.importers.superscript_citations import (
    SUPERSCRIPT_DIGITS,
    link_superscript_citations,
)

_SUP_TAG_RE = re.compile(
    r"<sup>[ \t]*\[?(?P<nums>\d{1,3}(?:[ \t]*[,\u2013-][ \t]*\d{1,3})*)\]?[ \t]*</sup>", re.IGNORECASE
)
_TO_SUPERSCRIPT = str.maketrans("0123456789-", SUPERSCRIPT_DIGITS + "\u207b")
# How much of the text before a tag decides whether it cites (the word or unit before it).
_CONTEXT = 24


def link_html_superscripts(text: str, listed: frozenset[int] = frozenset()) -> str:
    """'… rise.<sup>1</sup> The …' -> '… rise [1]. The …'; '10<sup>6</sup>' stays."""
    if "<sup" not in text and "<SUP" not in text:
        return text
    result: list[str] = []
    last = 0
    for match in _SUP_TAG_RE.finditer(text):
        head = text[last : match.start()]
        cut = max(len(head) - _CONTEXT, 0)
        context = head[cut:] + match.group("nums").translate(_TO_SUPERSCRIPT)
        linked = link_superscript_citations(context, listed)
        result.append(head + match.group(0) if linked == context else head[:cut] + linked)
        last = match.end()
    result.append(text[last:])
    return "".join(result)
