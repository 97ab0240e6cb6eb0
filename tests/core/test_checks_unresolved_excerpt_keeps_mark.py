"""A citation mark that names no listed reference is shown in its sentence as printed: the
reviewer reads the mark as part of the sentence, and the finding is about the mark."""

from __future__ import annotations

from tests.core.checks_support import codes, refs, run
from workstation.checks import fingerprint


def _unresolved(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, refs(2)), "citation-unresolved")]


def test_the_excerpt_of_an_unresolved_mark_keeps_the_mark() -> None:
    body = "Night terrors are common in toddlers [1]. They tend to fade by the age of eight [4].\n"
    assert _unresolved(body) == ["They tend to fade by the age of eight [4]."]


def test_a_range_of_marks_is_kept_as_printed() -> None:
    body = "Most pharmacies stock the pen in two sizes [1]. It can be carried in a coat pocket [3-5].\n"
    assert all("in a coat pocket [3-5]" in excerpt for excerpt in _unresolved(body))


def test_a_resolved_mark_leaves_no_finding() -> None:
    assert _unresolved("Hand washing cuts the spread of norovirus [2].\n") == []


def test_the_mark_in_the_excerpt_does_not_change_what_the_finding_is():
    # Its fingerprint (what a dismissal is kept by) is the sentence's without the mark, as before
    # the excerpt showed it, so findings dismissed then stay dismissed when the checks run again.
    body = "Migraine often runs in families [6].\n"
    (found,) = codes(run(body, refs(2)), "citation-unresolved")
    assert "[6]" in found.excerpt
    assert found.fingerprint == fingerprint("citation-unresolved", "Migraine often runs in families.", 6)
