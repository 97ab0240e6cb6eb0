"""Studies a sentence names in capitalised words ("The Global Burden of Disease study
estimated …", "the Million Women Study"), and whether the list prints that study's own paper
under another number than the one cited: "… analysis for the Global Burden of Disease Study"
listed as reference 3 while the sentence cites 2 and 4. Only then is the citation challenged:
a title that names no study neither confirms nor contradicts it. The same holds for any source
a sentence names in three capitalised words or more before what it found ("The National Audit
of Hip Fractures found …"), printed in another entry's title and in none the sentence cites.

A laboratory study ("A laboratory study in Spain found …") cited only to systematic reviews or
meta-analyses whose titles name no laboratory work is not the work the sentence describes."""

from __future__ import annotations

import re
from collections.abc import Sequence

from workstation.model import ReferenceData

_WORD = r"[A-Z][\w'\u2019-]+"
_STUDY_RE = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|and|for|on|in|the)\s+)*{_WORD}){{1,5}})\s+(?i:study|survey)\b"
)
_SPACES_RE = re.compile(r"\s+")


def _folded(text: str) -> str:
    return _SPACES_RE.sub(" ", text).casefold()


def studies_named(text: str) -> list[str]:
    """Names of two capitalised words or more before "study" or "survey" in the sentence."""
    if "tudy" not in text and "urvey" not in text:
        return []
    return [m.group("name") for m in _STUDY_RE.finditer(text)]


def own_paper_elsewhere(name: str, refs: Sequence[ReferenceData], others: Sequence[ReferenceData]) -> bool:
    """Does another listed reference's title name the study, while no cited one does?"""
    key = _folded(name)
    if any(key in _folded(f"{ref.title} {ref.source}") for ref in refs):
        return False
    return any(ref not in refs and f"{key} study" in _folded(ref.title) for ref in others)


# A source named in three capitalised words or more (of, and, for, on, in, the between them)
# before what it found or said: "The National Audit of Hip Fractures found …".
_NAMED_FINDER_RE = re.compile(
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|and|for|on|in|the)\s+)*{_WORD}){{2,7}})\s+"
    r"(?:found|finds|showed|shows|reported|reports|concluded|estimated|advised|advises|"
    r"recommended|recommends|warned|warns|says|said)\b"
)


def named_finders(text: str) -> list[str]:
    """Names of three capitalised words or more standing before a verb of finding or saying."""
    return [m.group("name") for m in _NAMED_FINDER_RE.finditer(text)]


def named_in_another_entry(name: str, refs: Sequence[ReferenceData], others: Sequence[ReferenceData]) -> bool:
    """Does another listed reference's title print the name, while no cited one does?"""
    key = _folded(name.removeprefix("The "))
    if len(key.split()) < 3 or any(key in _folded(f"{ref.title} {ref.source}") for ref in refs):
        return False
    return any(ref not in refs and key in _folded(ref.title) for ref in others)


_LABORATORY_STUDY_RE = re.compile(
    r"\b(?:an?|one)\s+(?:small\s+)?(?:laboratory|lab|test-tube|in\s+vitro)\s+(?:study|experiment|test)\b",
    re.IGNORECASE,
)
_REVIEW_TITLE_RE = re.compile(r"\bsystematic\s+review|\bmeta-analys[ie]s\b|\bcochrane\b", re.IGNORECASE)
_LABORATORY_TITLE_RE = re.compile(r"\bin\s+vitro\b|\blaborator|\bcell\s+cultur", re.IGNORECASE)


def laboratory_study_cited_to_reviews(text: str, refs: Sequence[ReferenceData]) -> str | None:
    """The laboratory study a sentence names ("a laboratory study"), where every work it cites
    is a review of studies that names no laboratory work."""
    named = _LABORATORY_STUDY_RE.search(text) if "tud" in text or "xperiment" in text or "test" in text else None
    if named is None or not refs:
        return None
    reviews = all(
        _REVIEW_TITLE_RE.search(f"{ref.title} {ref.source}") and not _LABORATORY_TITLE_RE.search(ref.title)
        for ref in refs
    )
    return named.group(0) if reviews else None
