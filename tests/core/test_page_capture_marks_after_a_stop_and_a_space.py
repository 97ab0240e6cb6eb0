"""Citation marks a captured page prints in parentheses after the full stop and a space
("… in older dogs. (2) Most …", "… every day. (1) (3)"). They cite as "… dogs.(2)" does;
one the page's list lacks is still reported unresolved, with its sentence (not read as a
sentence, or a heading, of its own), and a list's entries cited so are
not reported uncited. Before, they were left as printed: every entry they cited was
reported uncited and a mark past the list went unreported. Items numbered in a sentence's
steps ("Three steps help. (1) Rest it. (2) Ice it. (3) Raise it.") are no citations."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers.page_capture import parse_page

LIST = (
    "\n\nSources\n"
    "1) Royal Veterinary College. Arthritis in dogs. 2022.\n"
    "2) Lindqvist A, Moreau P, Hale S, et al. Joint disease in ageing dogs. Vet Rec. 2020;187(3):e21.\n"
    "3) Harlow J, Kemp R. Weight loss and lameness in dogs. J Small Anim Pract. 2019;60(8):470-476.\n"
)


def _findings(page: str) -> tuple[list[str], list[int]]:
    draft = parse_page(page)
    found = run(draft.body, draft.references, audience=draft.audience)
    return (
        [f.excerpt for f in codes(found, "citation-unresolved")],
        [f.reference for f in codes(found, "reference-uncited")],
    )


def test_marks_after_a_full_stop_and_a_space_cite() -> None:
    page = (
        "Paws Pet Store\n\nArthritis in older dogs\n\n"
        "Arthritis is common in older dogs. (1) (2) Larger breeds are affected more often. (2)\n\n"
        "Keeping your dog slim eases the pain. (3) Short, regular walks are better than one "
        "long one. (1)\n\n"
        "Ask your vet before giving your dog any painkiller meant for people. (6)" + LIST
    )
    draft = parse_page(page)
    assert "older dogs.[1, 2]" in draft.body or "older dogs. [1, 2]" in draft.body
    unresolved, uncited = _findings(page)
    assert uncited == []
    # kept as printed, before the stop, so that it stays with the sentence it cites
    assert unresolved == ["Ask your vet before giving your dog any painkiller meant for people (6)."]


def test_steps_numbered_after_a_full_stop_are_no_citations() -> None:
    page = (
        "Paws Pet Store\n\nA sprained paw\n\n"
        "Three steps help. (1) Rest the paw for a day. (2) Cool it with a damp cloth. (3) Keep "
        "your dog off stairs.\n\nSee your vet if your dog still limps after two days (1)." + LIST
    )
    draft = parse_page(page)
    assert "(1) Rest the paw" in draft.body and "(2) Cool it" in draft.body
