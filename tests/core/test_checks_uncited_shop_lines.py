"""A shop's lines are not claims that need a source: a product with its price and rating, a
price list run into one line, or a row of rating stars with its count of reviews. A figure
beside one price is still read."""

from __future__ import annotations

import pytest

from tests.core.checks_support import uncited_excerpts


@pytest.mark.parametrize(
    "paragraph",
    [
        "SootheWell Lip Balm 15 ml – £6.49 ★★★★☆ (2,310 reviews) Helps 9 in 10 users with dry lips.",
        "Prices Hearing test: £45 Wax removal, both ears: £60 Over 1,000 patients treated each year.",
        "★★★★★ 4.9/5 from 8,412 reviews – 95% of buyers order again",
    ],
)
def test_a_shops_line_is_not_a_claim(paragraph: str) -> None:
    assert uncited_excerpts(paragraph) == []


def test_a_figure_beside_one_price_is_still_read() -> None:
    sentence = "About 1 in 3 adults over 60 have some hearing loss, and a test costs £45."
    assert uncited_excerpts(sentence) == [sentence]
