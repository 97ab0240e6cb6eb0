"""The quick tests before the citation linkers' patterns let through every text a pattern matches.

A linker searches its patterns only where a cheap test finds what every match opens with; a
pattern that learns a new shape ("[Source 1]") must not be left behind its test. Held against
hand-picked marks and every line of the checks corpus and the seeds.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workstation.importers import glued_citations as glued
from workstation.importers import parenthesised_citations as linkers

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parent / "check_corpus"

GATES = [
    (linkers._NAMED_RE, linkers._NAMED_OPENING_RE),
    (linkers._PARENTHESISED_RE, linkers._OPENING_RE),
    (linkers._AFTER_STOP_RE, linkers._OPENING_RE),
    (glued._GLUED_RE, glued._STOP_DIGIT_RE),
    (glued._GLUED_TO_WORD_RE, glued._DIGIT_AFTER_WORD_RE),
]


def _lines() -> list[str]:
    paths = [*CORPUS.rglob("*.txt"), *CORPUS.rglob("*.md"), *(ROOT / "seeds").glob("*.txt")]
    return sorted({line for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()})


@pytest.mark.parametrize(
    "text",
    [
        "Meningitis is an infection of the brain's lining [Source 1].",
        "Dogs are the main source of eggs in parks (source 3).",
        "Most recover within a week (Ref. 2).",
        "It is common [footnote 4].",
        "Around 1 in 10 are affected (2).",
        "Around 1 in 10 are affected.(2) Most recover.",
        "About 1 in 4 will have one in their life.1 And they recover.",
        "Clots stop the vessel from forming.4",
        "It is common among players.2,3 Most recover.",
        "Wholegrain bread keeps you full longer than white bread2,3.",
        "Some people get cramps and bloating)1.",
    ],
)
def test_a_mark_of_each_kind_passes_its_linkers_test(text: str) -> None:
    assert any(pattern.search(text) for pattern, _ in GATES), text
    for pattern, gate in GATES:
        if pattern.search(text):
            assert gate.search(text), (pattern.pattern[:40], text)


def test_no_line_of_the_corpus_is_kept_from_a_pattern_that_matches_it() -> None:
    lines = _lines()
    assert len(lines) > 5000
    for pattern, gate in GATES:
        missed = [line for line in lines if pattern.search(line) and not gate.search(line)]
        assert missed == [], (pattern.pattern[:40], missed[:3])
