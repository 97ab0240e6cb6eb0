"""A reference in a Markdown file's front matter may name its authors ("authors: \"Corey L,
Wald A, et al.\""): they are kept before its title, as a list of works prints them, so that the
body's citations by author and year ("(Corey et al., 2004)") resolve to it."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.errors import ImportFailed
from workstation.importers import parse_markdown

FILE = """---
title: "Ankle sprains"
audience: patient
references:
  - {type: guideline, title: "Diagnosis, treatment and prevention of ankle sprains", source: Br J Sports Med, year: 2018, authors: "Vuurberg G, Hoorntje A, et al."}
  - {type: research, title: "Implementation of the Ottawa ankle rules", source: JAMA, year: 1994, authors: [Stiell IG, McKnight RD]}
  - {type: other, title: "Ankle sprain", source: NHS, year: 2023}
---
# Ankle sprains

Ankle sprains are among the most common injuries in sport (Vuurberg et al., 2018). Using the
Ottawa ankle rules cut the number of ankle X-rays in emergency departments (Stiell et al., 1994).
Most sprains get better within weeks [3].
"""


def test_the_authors_stand_before_the_title() -> None:
    refs = parse_markdown(FILE).references
    assert refs[0].title == "Vuurberg G, Hoorntje A, et al. Diagnosis, treatment and prevention of ankle sprains"
    assert refs[1].title == "Stiell IG, McKnight RD. Implementation of the Ottawa ankle rules"
    assert refs[2].title == "Ankle sprain"


def test_citations_by_author_and_year_resolve_to_them() -> None:
    draft = parse_markdown(FILE)
    found = run(draft.body, draft.references, audience="patient")
    assert codes(found, "reference-uncited") == [] and codes(found, "citation-unresolved") == []


def test_authors_that_are_not_text_are_refused() -> None:
    with pytest.raises(ImportFailed):
        parse_markdown(FILE.replace('authors: [Stiell IG, McKnight RD]', "authors: 7"))
