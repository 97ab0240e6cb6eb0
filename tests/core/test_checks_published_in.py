"""A journal the work was "published in" (today, this week, online) names the source of the work
the paragraph's next sentence cites, or of the sentence's own citation."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

PAPER = ReferenceData(2, "research", "Breathing exercises in asthma: a randomised trial",
                      "European Respiratory Journal", 2022)


@pytest.mark.parametrize("published", [
    "published in Thorax", "published online in Thorax", "published today in Thorax",
    "published this week in Thorax", "published in the journal Thorax",
])
def test_the_journal_a_work_was_published_in_is_compared(published):
    before = f"The trial, {published}, followed 36 people. They needed fewer inhalers after a year [2].\n"
    assert [f.reference for f in codes(run(before, (PAPER,)), "attribution-mismatch")] == [2]
    own = f"The trial, {published}, found that 36 people needed fewer inhalers [2].\n"
    assert [f.reference for f in codes(run(own, (PAPER,)), "attribution-mismatch")] == [2]
    right = before.replace("Thorax", "the European Respiratory Journal")
    assert not codes(run(right, (PAPER,)), "attribution-mismatch")
