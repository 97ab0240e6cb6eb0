"""A list of works a captured page keys by labels of author and year, cited in its text by the
same labels: "[Benza 2010] Benza RL, Miller DP, … Circulation 2010;122:164–172." under "Key
sources", and "… predicts survival [Benza 2010]." in the text. The labels are numbered in the
list's order, so the list is read as a numbered one and each label in the text cites its entry
("[Humbert 2022; Benza 2010]" becomes "[1, 2]")."""

from __future__ import annotations

import re

from workstation.importers.labelled_lists import ListEntry, number_labelled_list

_NAME = r"[A-Z][\w'\u2019-]+"
# "Benza 2010", "Smith et al. 2019", "Lee and Park 2021", "NAPH 2024", "Smith, 2019a"
_KEY = rf"{_NAME}(?:\s(?:et\sal\.?|and\s{_NAME}|&\s{_NAME}))?,?\s(?P<year>(?:19|20)\d\d)[a-z]?"
_KEYED_ENTRY_RE = re.compile(rf"^\s*\[(?P<key>{_KEY})\]\s+(?P<rest>\S.*)$")
_LABELS_RE = re.compile(r"\[([^\[\]\n]{6,200})\]")


def number_keyed_works(lines: list[str]) -> list[str]:
    """The page's lines with a keyed list of works, two entries at least, each giving the
    year its key names, numbered in order, and the keys in the text written as its numbers."""
    if not any(line.lstrip().startswith("[") for line in lines):
        return lines
    keys: list[str] = []
    entries: dict[int, ListEntry] = {}
    for index, line in enumerate(lines):
        keyed = _KEYED_ENTRY_RE.match(line)
        if keyed is None or keyed.group("year") not in keyed.group("rest"):
            continue
        key = keyed.group("key")
        if key in keys:
            return lines  # a key printed twice: not a list keyed by it
        keys.append(key)
        entries[index] = ListEntry("", key, keyed.group("rest"))
    if len(keys) < 2:
        return lines
    return number_labelled_list(lines, keys, entries, _LABELS_RE, separator=";")
