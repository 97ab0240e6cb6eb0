"""Markdown footnotes printed together at the foot of a body with no heading of their own (after
the last section's text, "[^1]: NHS. Snoring. nhs.uk, 2023." …) are the page's works when they
hold works. Before, only footnotes opening a headed section were read, so a brand's page had no
list: its marked sentences ran together as one uncited claim and a mark with no footnote
("[^4]") went unreported."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.importers import parse_markdown

TEXT = (
    '---\ntitle: "Why do we snore?"\naudience: patient\n---\n\n'
    "Snoring is the noise the soft tissues of the throat make in sleep.[^1]\n\n"
    "## How does a mouthguard work?\n\n"
    "It holds the lower jaw forward. This keeps your airway more open so the tissues vibrate less.[^3] "
    "In trials, devices like these reduced how loud people snored.[^3] "
    "Side effects such as a sore jaw are common in the first weeks.[^4]\n\n"
    "Don't use one if you have loose teeth.\n\n"
    "[^1]: NHS. Snoring. nhs.uk, 2023.\n"
    "[^2]: National Institute for Health and Care Excellence. Obstructive sleep apnoea (NG202). 2021.\n"
    "[^3]: Johnston CD, Gleadhill IC, Burden DJ. Mandibular advancement appliances: a randomized clinical trial. Eur J Orthod. 2002;24(3):251-262.\n\n"
    "*QuietNight is a registered trademark.*\n"
)


def test_footnotes_at_the_foot_are_the_references() -> None:
    draft = parse_markdown(TEXT)
    assert [r.number for r in draft.references] == [1, 2, 3]
    assert "Johnston CD" not in draft.body and "vibrate less. [3]" in draft.body
    findings = run(draft.body, draft.references, audience=draft.audience)
    assert codes(findings, "claim-uncited") == []
    assert [f.excerpt[:12] for f in codes(findings, "citation-unresolved")] == ["Side effects"]
    assert [f.reference for f in codes(findings, "reference-uncited")] == [2]


def test_notes_at_the_foot_stay_in_the_body() -> None:
    text = TEXT.split("[^1]: NHS")[0] + "[^1]: Ask your dentist first if you wear a brace.\n"
    draft = parse_markdown(text)
    assert draft.references == () and "Ask your dentist" in draft.body
