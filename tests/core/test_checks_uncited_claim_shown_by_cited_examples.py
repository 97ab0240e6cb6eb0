"""A general claim that leads into its examples ("… trials have shown that X. For example:")
is borne out by the list that follows when every example cites its work: the claim is not
uncited. A list of examples with no marks leaves it uncited."""

from __future__ import annotations

from tests.core.checks_support import codes, run

CITED = """A page

Shorter is often enough

For many skin infections, trials have shown that a week of cream works as well as two. For example:

- For impetigo, a 5-day course of cream clears most patches [1].
- For infected eczema, 7 days is usually enough [2].
"""


def _uncited(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, audience="patient"), "claim-uncited")]


def test_a_claim_borne_out_by_cited_examples_is_not_uncited() -> None:
    assert _uncited(CITED) == []


def test_examples_without_marks_leave_it_uncited() -> None:
    bare = CITED.replace(" [1]", "").replace(" [2]", "")
    assert any("trials have shown" in excerpt for excerpt in _uncited(bare))
