"""A cited article and the documents of its references, for the tests of attached documents and evidence.

The article cites the SPRINT report [1] and a guideline [2]; ``sprint_pdf`` writes
the report (tests/core/evidence_set/sprint.txt) as a two-page PDF, its results on
page 2, so tests can check page numbers.
"""

from __future__ import annotations

from pathlib import Path

from tests.pdfs import write_pdf

EVIDENCE_SET = Path(__file__).parent / "core" / "evidence_set"
SPRINT_TEXT = (EVIDENCE_SET / "sprint.txt").read_text(encoding="utf-8")

ARTICLE_MD = """---
title: Blood pressure targets{tag}
audience: patient
last_updated: 2025-03-01
references:
  - {type: research, title: A Randomized Trial of Intensive versus Standard Blood-Pressure Control, source: N Engl J Med, year: 2015}
  - {type: guideline, title: Hypertension guideline, source: ESC, year: 2024}
---
Aiming for a systolic blood pressure below 120 cut heart attacks, strokes and heart failure by 25% [1].

People treated to the lower target were also less likely to die of any cause [1].

Blood pressure should be checked at least once a year [2].
"""
RESULT = "All-cause mortality was also significantly lower in the intensive-treatment group"
METHODS = "The primary composite outcome was myocardial infarction"


def write_article(folder: Path, tag: str = "") -> Path:
    path = folder / f"bp-article{('-' + tag) if tag else ''}.md"
    path.write_text(ARTICLE_MD.replace("{tag}", f" ({tag})" if tag else ""), encoding="utf-8")
    return path


def _wrapped(paragraph: str, width: int = 88) -> list[str]:
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def sprint_pages() -> list[list[str]]:
    """The report as two pages of wrapped lines: title to methods, then results and conclusions."""
    head, tail = SPRINT_TEXT.split("RESULTS:", 1)
    pages = []
    for part in (head, "RESULTS:" + tail):
        lines: list[str] = []
        for paragraph in part.strip().split("\n\n"):
            lines += [*_wrapped(paragraph), ""]
        pages.append(lines)
    return pages


def sprint_pdf(folder: Path, name: str = "sprint.pdf") -> Path:
    return write_pdf(folder / name, sprint_pages())
