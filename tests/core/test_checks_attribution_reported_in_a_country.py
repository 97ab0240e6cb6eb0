"""Where something has been reported ("reported in the UK, the United States and Australia")
is a place, not a journal that printed it: the sentence names no source to compare with the
cited work. A journal after "reported in" is still one."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

US_STATS = ReferenceData(
    1, "research", "Siegel RL, Miller KD. Melanoma statistics, 2022. CA Cancer J Clin. 2022;72(1):7-33.", "", 2022
)


def _mismatches(sentence: str) -> list[int | None]:
    return [f.reference for f in codes(run(f"A page\n\n{sentence}\n", (US_STATS,)), "attribution-mismatch")]


def test_places_where_a_trend_was_reported_name_no_source() -> None:
    assert _mismatches("Similar rises have been reported in the UK, Canada and New Zealand [1].") == []
    assert _mismatches("The same pattern was reported in Australia [1].") == []


def test_a_journal_after_reported_in_is_still_compared() -> None:
    assert _mismatches("The rise was reported in the British Journal of Dermatology [1].") == [1]
