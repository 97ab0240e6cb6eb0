"""A lead-in offering a summary ("Quick summary of the evidence, with links at the bottom:")
is followed by the paragraphs that summarise: not dangling. One that names items ("A quick
summary of the three steps:") still needs its list."""

from __future__ import annotations

from tests.core.checks_support import codes, run

AFTER = "\n\nTablets. Terbinafine tablets are the usual first choice for toenail fungus.\n"


def _dangling(lead_in: str) -> list[str]:
    return [f.excerpt for f in codes(run("Good questions. " + lead_in + AFTER, audience="patient"), "dangling-lead-in")]


def test_a_summary_offered_is_followed_by_its_paragraphs() -> None:
    assert _dangling("Quick summary of the evidence, with links at the bottom:") == []
    assert _dangling("A brief overview of the research:") == []


def test_a_summary_of_named_items_needs_its_list() -> None:
    assert _dangling("A quick summary of the three steps:") == ["A quick summary of the three steps:"]
