"""A Markdown footnote mark printed after a sentence's full stop ("… than other men. [^2]
Without treatment …") is that sentence's citation, as "[2]" there is: the next sentence
starts after it and cites nothing of its own."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation import structure
from workstation.model import ReferenceData


def _sentences(text: str) -> list[str]:
    return [s.text for s in structure.analyze(text + "\n").sentences]


def test_a_footnote_mark_after_the_stop_ends_its_sentence() -> None:
    found = _sentences("Most bites heal in a week. [^1] Deep bites need a doctor.")
    assert len(found) == 2
    assert found[1].startswith("Deep bites")


def test_the_sentence_after_the_mark_is_not_cited_by_it() -> None:
    refs = (ReferenceData(1, "research", "Dog bites in children", "Pediatrics", 2019),)
    body = (
        "Bites\n\nIn a survey of 900 families, small children were bitten most often on the face. [^1] "
        "Without stitches, deep bites are several times more likely to become infected than shallow ones.\n"
    )
    uncited = codes(run(body, refs, audience="patient"), "claim-uncited")
    assert [f.excerpt[:16] for f in uncited] == ["Without stitches"]
