"""Decades a sentence gives as when its cited work appeared ("A study of Swedish army
conscripts, first published in the 1980s, found …", "a 1990s trial"), and whether a reference
bears that out: a work of 2002 was not published in the 1980s."""

from __future__ import annotations

import re

from workstation.model import ReferenceData

_DECADE = r"((?:19|20)\d0)s"
_DECADE_RE = re.compile(
    # "first published in the 1980s", "reported in the 1990s"
    rf"\b(?:published|reported|carried\s+out|conducted)\s+(?:(?:first|originally)\s+)?in\s+the\s+{_DECADE}\b|"
    # "a study from the 1980s", "a 1990s trial"
    rf"\b(?:study|trial|review|paper|survey)\s+from\s+the\s+{_DECADE}\b|"
    rf"\b(?:a|the)\s+{_DECADE}\s+(?:study|trial|review|paper|survey)\b",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def attributed_decades(text: str) -> list[int]:
    """The first years of the decades the sentence says its work appeared in."""
    if "0s" not in text:
        return []
    found = (next(group for group in m.groups() if group) for m in _DECADE_RE.finditer(text))
    return list(dict.fromkeys(int(decade) for decade in found))


def reference_bears_decade(ref: ReferenceData, decade: int) -> bool | None:
    """True when the reference's year (or a year it prints) falls in the decade; False when it
    gives years and none does; None when it gives no year."""
    years = {int(y) for y in _YEAR_RE.findall(f"{ref.title} {ref.source}")}
    if ref.year:
        years.add(ref.year)
    if not years:
        return None
    return any(decade <= year < decade + 10 for year in years)
