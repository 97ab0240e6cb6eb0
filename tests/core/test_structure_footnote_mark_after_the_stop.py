"""A Markdown footnote mark printed after a sentence's full stop ("… than other men. [^2]
Without treatment …") is that sentence's citation, as "[2]" there is: the next sentence
starts after it and cites nothing of its own. Printed straight after the stop ("… heart
disease.[^1] The statement says …") it ends its sentence too, so a source named in the next
sentence is compared with the work that sentence's own mark cites."""

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


WHO_REPORT = ReferenceData(1, "guideline", "Global report on hypertension: a report from the World Health Organization", "WHO", 2023)
ESC_PAPER = ReferenceData(2, "guideline", "2024 ESC Guidelines for the management of elevated blood pressure", "Eur Heart J", 2024)
GLUED = (
    "High blood pressure is common and often has no symptoms.[^1] The World Health Organization says "
    "it affects one in three adults worldwide.[^2]\n"
)


def test_a_footnote_mark_glued_to_the_stop_ends_its_sentence() -> None:
    found = [s.text for s in structure.analyze(GLUED).sentences]
    assert len(found) == 2
    assert found[1].startswith("The World Health Organization says")


def test_the_source_named_after_a_glued_mark_is_compared_with_its_own_mark() -> None:
    found = codes(run(GLUED, (WHO_REPORT, ESC_PAPER)), "attribution-mismatch")
    assert [f.reference for f in found] == [2]
    swapped = GLUED.replace("[^1]", "[^X]").replace("[^2]", "[^1]").replace("[^X]", "[^2]")
    assert codes(run(swapped, (WHO_REPORT, ESC_PAPER)), "attribution-mismatch") == []
