"""Promotion in shapes read only now: the last one the reader will ever buy, the page's own
treatment as "the gold standard", a promise that "ends" or "gets rid of" something for good,
and no downtime at all. The gold standard of a test that is not the page's own stays plain."""

from __future__ import annotations

import pytest

from tests.core.checks_support import promotion_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "This is the last electric toothbrush you will ever need to buy.",
        "Meet the last walking boots you'll ever buy for your bad knees.",
        "Our hydrafacial peel is the gold standard for tired skin.",
        "My six-week posture course is now the gold standard in back care.",
        "One spray ends hay fever for good.",
        "The balm gets rid of cold sores for good.",
        "You can go straight back to the office, with no downtime whatsoever.",
    ],
)
def test_promotion_in_newly_read_shapes_is_found(sentence: str) -> None:
    assert promotion_excerpts(sentence) != []


@pytest.mark.parametrize(
    ("promise", "plain"),
    [
        ("Our sleep study is the gold standard.", "A sleep study in hospital is the gold standard test for sleep apnoea."),
        ("The last pillow you'll ever buy.", "The last dose you take should be at least four hours before bed."),
        ("Back to work with no downtime at all.", "Most people have some downtime of a day or two after the procedure."),
    ],
)
def test_the_same_words_promote_only_in_the_pages_promise(promise: str, plain: str) -> None:
    assert promotion_excerpts(promise) != []
    assert promotion_excerpts(plain) == []
