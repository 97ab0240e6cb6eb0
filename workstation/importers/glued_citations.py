"""Citation numbers a captured page prints straight after the full stop ("… in their life.1 And …").

A superscript copied as plain digits lands between the full stop and the next sentence:
"… in their life.1 And they …", "… from forming.4" at a line's end, "… players.2,3 Most …".
After a lower-case word, a full stop and digits cannot be a decimal ("2.5") or a version
("v1.2"); on a page with a list of works they are a citation (one the list lacks is an
unresolved citation, which the checks report). The number is kept after the full stop, as "[1]", like the parenthesised "… adults.(2)".
"""

from __future__ import annotations

import re
from collections.abc import Collection

from workstation.citations import format_citations, parse_citation_list

_GLUED_RE = re.compile(
    r"(?<=[a-z%\)\u201d\"'\u2019]\.)(?P<nums>\d{1,3}(?:[,\u2013-]\d{1,3})*)"
    r"(?=[ \t]*$|[ \t]+[\"\u201cA-Z])"
)


def link_glued_citations(text: str, listed: Collection[int]) -> str:
    """'… in their life.1 And …' -> '… in their life.[1] And …' on a page with a list of works."""

    def replace(match: re.Match[str]) -> str:
        numbers = parse_citation_list(match.group("nums"))
        if not numbers or not listed or 0 in numbers:
            return match.group(0)
        return format_citations(numbers)

    return _GLUED_RE.sub(replace, text)
