"""A share in words of people named by what they do or by their age ("Around half of trekkers
who climb above 4,000 metres …", "Almost a quarter of 5-year-olds in England have tooth
decay") is a statistic, stated on its own even beside a citing sentence of its paragraph.
Before, "trekkers" and "5-year-olds" were not read as people, so neither was reported."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run


@pytest.mark.parametrize(
    "body",
    [
        "Symptoms usually start 6 to 12 hours after arriving at a new height [1]. "
        "Around half of trekkers who climb above 4,000 metres get some symptoms of acute mountain sickness.\n",
        "Almost a quarter of 5-year-olds in England have tooth decay. "
        "Applying fluoride varnish twice a year can reduce decay in baby teeth by about a third [1].\n",
    ],
)
def test_a_share_of_trekkers_or_five_year_olds_is_uncited(body: str) -> None:
    found = codes(run(body), "claim-uncited")
    assert len(found) == 1 and found[0].excerpt.startswith(("Around half", "Almost a quarter"))
