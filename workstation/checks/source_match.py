"""Does a reference bear out a named source? Title, source and year against a name.

Journals are matched in full or abbreviated ("Nat Rev Rheumatol" for "Nature Reviews
Rheumatology"), acronyms as words or initials ("EULAR" in "European League Against
Rheumatism"), other names as words or, failing that, fuzzily (rapidfuzz).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from rapidfuzz import fuzz

from workstation.checks.sources import (
    STOP_WORDS,
    WORD_RE,
    YEAR_RE,
    is_acronym,
    is_source_acronym,
    name_words,
)
from workstation.model import ReferenceData

_MAX_ACRONYM = 16

# Organisations whose acronyms skip words ("NICE") or that references name in full.
ORGANISATION_NAMES: dict[str, tuple[str, ...]] = {
    "AAN": ("american academy of neurology",),
    "AAP": ("american academy of pediatrics",),
    "ACC": ("american college of cardiology",),
    "ACR": ("american college of rheumatology",),
    "ADA": ("american diabetes association",),
    "AHA": ("american heart association",),
    "ASBMT": ("american society for blood and marrow transplantation",),
    "ASCO": ("american society of clinical oncology",),
    "ASTCT": ("american society for transplantation and cellular therapy",),
    "CDC": ("centers for disease control",),
    "EAN": ("european academy of neurology",),
    "EBMT": (
        "european society for blood and marrow transplantation",
        "european group for blood and marrow transplantation",
    ),
    "ECTRIMS": ("european committee for treatment and research in multiple sclerosis",),
    "EMA": ("european medicines agency",),
    "ESC": ("european society of cardiology",),
    "ESMO": ("european society for medical oncology",),
    "EULAR": (
        "european league against rheumatism",
        "european alliance of associations for rheumatology",
    ),
    "FDA": ("food and drug administration",),
    "IDSA": ("infectious diseases society of america",),
    "MSIF": ("multiple sclerosis international federation",),
    "NHS": ("national health service",),
    "NICE": ("national institute for health and care excellence",),
    "NIH": ("national institutes of health",),
    "NMSS": ("national multiple sclerosis society",),
    "USPSTF": ("preventive services task force",),
    "WHO": ("world health organization", "world health organisation"),
}
_ACRONYM_OF_NAME = {
    full: acronym for acronym, names in ORGANISATION_NAMES.items() for full in names
}


@lru_cache(maxsize=1024)
def _reference_words(text: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD_RE.findall(text))


def _reference_text(ref: ReferenceData) -> str:
    return f"{ref.title} {ref.source}"


def _acronym_of(acronym: str, words: Sequence[str]) -> bool:
    """Does a run of consecutive ``words`` spell ``acronym``?

    Each word gives one to three leading letters ("EULAR": EUropean League Against
    Rheumatism) and stop words may give none. One pass over the words, keeping the
    set of acronym positions reachable by a run ending at the current word.
    """
    letters = acronym.lower().replace("-", "").replace("/", "")
    if not letters or len(letters) > _MAX_ACRONYM:
        return False
    reachable: set[int] = set()
    for word in words:
        if not word:
            reachable = set()
            continue
        following: set[int] = set()
        for position in reachable | {0}:
            for size in (1, 2, 3):
                end = position + size
                if end <= len(letters) and letters[position:end] == word[:size]:
                    following.add(end)
            if position and word in STOP_WORDS:
                following.add(position)
        if len(letters) in following:
            return True
        reachable = following
    return False


def _abbreviates(name: Sequence[str], ref_words: Sequence[str]) -> bool:
    """Is there a run of ``ref_words`` that abbreviates ``name`` or that ``name`` abbreviates?

    'nat rev rheumatol' and 'nature reviews rheumatology' match either way round; stop
    words are skipped, and a one-word name needs four letters in common.
    """
    name = [w for w in name if w not in STOP_WORDS]
    ref = [w for w in ref_words if w not in STOP_WORDS]
    size = len(name)
    if not size or size > len(ref):
        return False
    for start in range(len(ref) - size + 1):
        run = ref[start : start + size]
        if size == 1 and min(len(run[0]), len(name[0])) < 4:
            continue
        if all(n.startswith(r) for n, r in zip(name, run, strict=True)) or all(
            r.startswith(n) for n, r in zip(name, run, strict=True)
        ):
            return True
    return False


def reference_bears_name(ref: ReferenceData, name: str) -> bool | None:
    """True/False when the reference's title and source confirm or contradict the name;
    None when the reference has no title or source to compare with."""
    text = _reference_text(ref)
    ref_words = _reference_words(text)
    if not ref_words:
        return None
    parts = [p for p in name.split("/") if p] if is_source_acronym(name) else [name]
    joined = f" {' '.join(ref_words)} "
    for part in parts:
        part_words = name_words(part)
        if not part_words:
            continue
        spelled = " ".join(part_words)
        if f" {spelled} " in joined:
            return True
        if is_acronym(part):
            full_names = ORGANISATION_NAMES.get(part.upper(), ())
            if _acronym_of(part, ref_words) or any(f" {n} " in joined for n in full_names):
                return True
            continue
        acronym = _ACRONYM_OF_NAME.get(spelled)
        if acronym and f" {acronym.lower()} " in joined:
            return True
        if _abbreviates(part_words, ref_words):
            return True
        if len(part) >= 6 and fuzz.partial_ratio(spelled, joined) >= 90:
            return True
    return False


def reference_bears_year(ref: ReferenceData, year: int) -> bool | None:
    """True/False when the reference's year (or a year in its title) confirms or
    contradicts ``year``; None when the reference gives no year at all."""
    if ref.year == year or str(year) in _reference_text(ref):
        return True
    if ref.year is None and not YEAR_RE.search(_reference_text(ref)):
        return None
    return False
