"""Promotion in shapes read only now: a headline's astonished doctors, a treatment that is
"completely painless", a programme sold as life-changing, and a promise to end something
for good with a longer object ("will end late diagnosis of melanoma for good")."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Doctors Stunned: The Kitchen Spice That Clears Blocked Arteries", "Doctors Stunned"),
        ("Scientists are baffled by this one simple trick for tinnitus.", "Scientists are baffled"),
        ("The laser session is totally painless and you can drive home straight after.", "totally painless"),
        ("Join our life-changing programme for people with fibromyalgia.", "life-changing programme"),
        ("This scanner will end missed diagnosis of melanoma for good.", "end missed diagnosis of melanoma for good"),
    ],
)
def test_promotion_in_newly_read_shapes_is_found(text: str, term: str) -> None:
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "Doctors were surprised that so few patients came back for a second dose.",
        "The injection is not completely painless, and the arm may ache for a day.",
        "Many people were shocked by their diagnosis and needed time to take it in.",
    ],
)
def test_plain_reports_stay_plain(text: str) -> None:
    assert_not_promotion(text)
