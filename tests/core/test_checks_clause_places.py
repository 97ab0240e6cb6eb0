"""A sentence that joins two promises gives a finding per clause, each placed on its own clause
in the body, even where citation marks or emphasis stand in the text (the display text the
clauses are read from has none, so finding a clause's words in the body could fail, and the
finding fell back to the whole sentence, overlapping the other)."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run


@pytest.mark.parametrize(("body", "first", "second"), [
    ("We are the best clinic in London [1], and you will [2] feel ten years younger after one visit.\n",
     "We are the best clinic in London", "you will [2] feel ten years younger after one visit."),
    ("Ours is the *best clinic in London*, and you will feel ten years younger after one visit.\n",
     "Ours is the *best clinic in London", "you will feel ten years younger after one visit."),
    ("Our spray is the best remedy there is, and it will end your hay fever for good.\n",
     "Our spray is the best remedy there is", "it will end your hay fever for good."),
])
def test_each_clause_finding_covers_its_own_clause(body, first, second):
    found = codes(run(body, ()), "promotional-language")
    assert [body[f.start:f.end] for f in found] == [first, second]
    assert found[0].end <= found[1].start
