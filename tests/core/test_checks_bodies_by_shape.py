"""Bodies the vocabulary does not know, read by their shape, that a cited paper by others
cannot bear out: "requires", "approves", "endorsed by", a body named for its cause and its
country ("Stroke Care Wales"), or one whose name opens with initials ("The MS Nurses Society").
"""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

PAPER = (
    ReferenceData(
        1, "research", "Compression stockings after knee surgery: a randomised trial",
        "Phlebology", 2018,
    ),
)


def _attribution(sentence: str) -> list[str]:
    body = f"Knee surgery and clots.\n\n{sentence} [1]\n"
    return [f.excerpt for f in codes(run(body, PAPER), "attribution-mismatch")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Regional Board of Physiotherapists requires every patient to wear stockings for six weeks.",
        "The Society of Orthopaedic Nurses approves stockings for every patient after surgery.",
        "Stockings for six weeks are endorsed by the Guild of Vascular Surgeons.",
        "Wearing them at night is approved by the Academy of Knee Surgeons.",
        "Stroke Care Wales recommends stockings for every patient after surgery.",
        "The MS Nurses Society recommends stockings for every patient after surgery.",
    ],
)
def test_a_body_by_its_shape_is_not_a_paper_by_others(sentence):
    assert _attribution(sentence) != []


@pytest.mark.parametrize(
    "sentence",
    [
        # a regulator's licence is a fact about the medicine, not the source of the claim
        "Rivaroxaban is approved by the EMA for preventing clots after knee surgery.",
        # people in a place are not a body
        "Surgeons in England recommend stockings for six weeks after surgery.",
        # a person, not a body
        "Ms Harper recommends stockings for six weeks after surgery.",
    ],
)
def test_what_only_looks_like_a_body_is_left_alone(sentence):
    assert _attribution(sentence) == []
