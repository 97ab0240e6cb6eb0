"""A lead-in that offers information rather than a list ("Some info that might help:", "A bit
of background first:") is followed by the passage it offers: the paragraphs after it are what
it introduces, and it is no dangling lead-in. One that announces items ("Here are the signs to
watch for:", "Three things help:") still needs its list, and one followed by a heading or by
nothing is still reported."""

from __future__ import annotations

from tests.core.checks_support import codes, run


def _dangling(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, audience="patient"), "dangling-lead-in")]


PASSAGE = "Croup is a viral infection of the windpipe. It is usually mild and settles within two days."


def test_a_lead_in_offering_information_is_followed_by_its_passage() -> None:
    for lead in ("Some info that might help:", "A bit of background first:", "Here is some information from our nurses:"):
        body = f"Sorry you had a rough night. {lead}\n\n{PASSAGE}\n"
        assert _dangling(body) == [], lead


def test_a_lead_in_announcing_items_still_needs_its_list() -> None:
    for lead in ("Here are the signs to watch for:", "Three things help:", "Here's what our team says to watch for overnight:"):
        body = f"Sorry you had a rough night. {lead}\n\n{PASSAGE}\n"
        assert _dangling(body) != [], lead


def test_information_offered_before_a_heading_or_nothing_is_still_dangling() -> None:
    assert _dangling("Some info that might help:\n\n## Opening hours\n\nWe open at nine.\n") != []
    assert _dangling("We open at nine. Some info that might help:\n") != []
