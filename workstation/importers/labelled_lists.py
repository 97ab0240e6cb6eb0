"""A list of works a captured page prints under labels of its own ("[Benza 2010] …", "[a] …"),
cited in its text by the same labels. The labels are numbered in the list's order, each entry
is written as "[n] …", and each mark in the text whose labels all name entries is written as
their numbers. What a label looks like, and which lines are the list's entries, the callers
(keyed_works, lettered_marks) decide."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from workstation.citations import format_citations


@dataclass(frozen=True)
class ListEntry:
    """One line of the list: what stays before its number, its label, and its text after it."""

    head: str
    label: str
    text: str


def number_labelled_list(
    lines: list[str],
    labels: Sequence[str],
    entries: Mapping[int, ListEntry],
    marks: re.Pattern[str],
    *,
    separator: str | None = None,
) -> list[str]:
    """The page's lines with the entries (by line index) numbered by their labels' places in
    `labels`, and the marks in the other lines that `marks` finds (its first group the label,
    or labels joined by `separator`) written as the numbers they name."""
    numbers = {label: number for number, label in enumerate(labels, 1)}

    def cite(mark: re.Match[str]) -> str:
        named = mark.group(1)
        cited = [part.strip() for part in named.split(separator)] if separator else [named]
        if not all(label in numbers for label in cited):
            return mark.group(0)
        return format_citations([numbers[label] for label in cited])

    result = []
    for index, line in enumerate(lines):
        entry = entries.get(index)
        if entry is not None:
            result.append(f"{entry.head}[{numbers[entry.label]}] {entry.text}")
        elif "[" in line:
            result.append(marks.sub(cite, line))
        else:
            result.append(line)
    return result
