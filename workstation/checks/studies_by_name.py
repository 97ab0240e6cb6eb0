"""Studies a sentence names in capitalised words ("The Global Burden of Disease study
estimated …", "the Million Women Study"), and whether the list prints that study's own paper
under another number than the one cited: "… analysis for the Global Burden of Disease Study"
listed as reference 3 while the sentence cites 2 and 4. Only then is the citation challenged:
a title that names no study neither confirms nor contradicts it."""

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
