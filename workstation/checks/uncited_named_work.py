"""A work a sentence names as a reader would look it up, by the journal that published it and
the year ("A Scottish trial published in the New England Journal of Medicine in 2007 found …",
"a 2019 study in the BMJ"): the sentence gives its source in words, as a newspaper column
does, and the sentences after it in its paragraph go on with that work."""

from __future__ import annotations

import re

from workstation.checks.named_sources import named_sources
from workstation.checks.vocabulary import JOURNAL

_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def names_work_by_journal_and_year(text: str) -> bool:
    """Does the sentence name a journal and a year (the work it reports, in words)?"""
    if _YEAR_RE.search(text) is None:
        return False
    return any(named.kind == JOURNAL for named in named_sources(text))
