"""What a shop says of its own product is promotion or product detail, not a claim to cite:
what it will test for the reader, with its count ("Post us a cheek swab and we'll check it for
over 300 markers"), and "the only mattress proven to end back pain", whose "proven to" is
the boast itself (one promotional finding for the sentence). Before, both were also reported
as uncited claims. A count the shop reports of people, or a "proven to" with no boast, is
still one."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run, uncited_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "Post us a cheek swab and we'll check it for over 300 markers of ageing.",
        "Just pop a few drops of blood on the card and we will test it for 120 allergens.",
    ],
)
def test_what_the_shop_will_test_for_the_reader_is_no_claim(sentence: str) -> None:
    assert uncited_excerpts(sentence) == []


def test_the_only_product_proven_to_is_promotion_only() -> None:
    sentence = "The DreamEase mattress is the only mattress proven to end back pain for good."
    found = run(f"Our shop.\n\n{sentence}\n", audience="patient")
    assert [f.excerpt for f in codes(found, "promotional-language")] == [sentence]
    assert codes(found, "claim-uncited") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Swimming has been proven to lower blood pressure in older adults.",
        "We tested 2,000 children and found that one in four had low iron.",
    ],
)
def test_findings_are_still_claims(sentence: str) -> None:
    assert uncited_excerpts(sentence) == [sentence]
