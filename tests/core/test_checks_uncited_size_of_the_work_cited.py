"""A sentence that gives the size of the study the sentence before it cites ("But it only
included 24 people.") is part of that study's account, not a claim of its own to cite. The
same figure after a sentence that cites nothing is still a claim."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, refs, run


@pytest.mark.parametrize("size", [
    "But it only included 24 people and lasted two nights.",
    "The trial enrolled 36 adults over one winter.",
])
def test_the_size_of_the_study_just_cited_is_its_account(size: str) -> None:
    cited = f"A small trial found that nasal strips reduced snoring [1]. {size}\n"
    assert codes(run(cited, refs(1), audience="patient"), "claim-uncited") == []
    uncited = f"Nasal strips are popular with snorers. {size}\n"
    assert len(codes(run(uncited, (), audience="patient"), "claim-uncited")) == 1
