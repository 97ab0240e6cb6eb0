"""Merging a newly read record into the one the library already holds for the same work.

Each source fills the fields the record lacks; a value that differs from the
one held is kept as a conflict for a reviewer to settle, never dropped and
never written over what is there. Differences that are only spelling of the
same value (case, accents, "637-41" against "637-641", initials with or
without full stops) are not conflicts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from workstation.references.model import DEFAULT_TYPE, FIELDS, RecordData
from workstation.references.normalise import author_key, fold, title_key

# Types a source writes when it does not know better; a specific one replaces them.
_VAGUE_TYPES = frozenset({DEFAULT_TYPE, "document", "article"})


@dataclass
class Merge:
    """What merging one record into another changes: fields to fill and conflicts to keep."""

    fill: dict[str, object] = field(default_factory=dict)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (field, value as text)


def as_text(name: str, value: object) -> str:
    """A field's value as the conflicts table stores it (authors as a JSON list)."""
    if name == "authors":
        return json.dumps(list(value), ensure_ascii=False)  # type: ignore[call-overload]
    return "" if value is None else str(value)


def _same(name: str, held: object, new: object) -> bool:
    if name in ("title", "container"):  # "The Lancet" and "Lancet." are one journal
        return title_key(str(held)) == title_key(str(new))
    if name in ("abstract", "volume", "issue", "pages"):
        return fold(str(held)).rstrip(".") == fold(str(new)).rstrip(".")
    if name == "url":
        return str(held).rstrip("/").split("://")[-1] == str(new).rstrip("/").split("://")[-1]
    return held == new


def _authors(held: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...] | None | bool:
    """The longer list when one is the other's start (PubMed lists all 13, a BibTeX entry the first 3);
    False when they are different people."""
    held_keys = [author_key(a) for a in held]
    new_keys = [author_key(a) for a in new]
    shorter, longer = sorted((held_keys, new_keys), key=len)
    for (family_a, initial_a), (family_b, initial_b) in zip(shorter, longer, strict=False):
        # Initials missing on one side only still name the same person.
        if family_a != family_b or (initial_a and initial_b and initial_a != initial_b):
            return False
    if len(new_keys) > len(held_keys):
        return new
    return None


def merge(held: RecordData, new: RecordData) -> Merge:
    """What ``new`` adds to ``held``: the fields ``held`` lacks, and the values they disagree on."""
    result = Merge()
    for name in FIELDS:
        value = getattr(new, name)
        if value in ("", None, ()):
            continue
        current = getattr(held, name)
        if name == "type":
            if value != current and current in _VAGUE_TYPES and value not in _VAGUE_TYPES:
                result.fill[name] = value
            elif value != current and value not in _VAGUE_TYPES:
                result.conflicts.append((name, str(value)))
            continue
        if current in ("", None, ()):
            result.fill[name] = value
            continue
        if name == "authors":
            outcome = _authors(current, value)
            if outcome is False:
                result.conflicts.append((name, as_text(name, value)))
            elif outcome:
                result.fill[name] = outcome
            continue
        if not _same(name, current, value):
            result.conflicts.append((name, as_text(name, value)))
    return result
