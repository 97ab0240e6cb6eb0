"""A page may cite a body's guideline by its entry printed whole on one line, the journal
abbreviated in it ("… Diagnosis and management of … J Clin Sleep Med. 2021;…"): a sentence
that names the body ("The American Academy of Sleep Medicine guideline …") then matches the
entry, as it matches an entry whose journal is read apart; an entry in another journal
still does not."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

SENTENCE = (
    "The American Academy of Sleep Medicine guideline lists cognitive behavioural therapy "
    "among the first treatments for insomnia [1].\n"
)


def _mismatches(entry: str) -> list:
    ref = ReferenceData(1, "other", entry, "", None)
    return codes(run(f"Sleep\n\n{SENTENCE}", (ref,), audience="patient"), "attribution-mismatch")


def test_a_guideline_printed_on_one_line_in_the_bodys_journal_matches() -> None:
    entry = (
        "Edinger JD, Arnedt JT, Bertisch SM, et al. Behavioral and psychological treatments for "
        "chronic insomnia disorder in adults: an American Academy of Sleep Medicine clinical "
        "practice guideline. J Clin Sleep Med. 2021;17(2):255-262."
    )
    assert _mismatches(entry) == []


def test_a_diagnosis_and_management_paper_in_the_bodys_journal_matches() -> None:
    entry = (
        "Morgan PR, Lee HT. Diagnosis and management of chronic insomnia in adults. "
        "J Clin Sleep Med. 2019;15(4):601-610."
    )
    assert _mismatches(entry) == []


def test_a_paper_in_another_journal_is_still_a_mismatch() -> None:
    entry = (
        "Morgan PR, Lee HT. Diagnosis and management of chronic insomnia in adults. "
        "Sleep Med Rev. 2019;15(4):601-610."
    )
    assert len(_mismatches(entry)) == 1
