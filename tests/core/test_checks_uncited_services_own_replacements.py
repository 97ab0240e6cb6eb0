"""A service's own record of the things it replaces, fits, installs or repairs ("We replace
around 2,000 lead pipes on our side of the boundary every year") is its record, like the
people it has treated, not a statistic to cite. Before, it was reported as an uncited claim."""

from __future__ import annotations

import pytest

from tests.core.checks_support import uncited_excerpts


@pytest.mark.parametrize(
    "sentence",
    [
        "We replace around 2,000 lead pipes on our side of the boundary every year.",
        "Our engineers fitted more than 3,000 carbon monoxide alarms last winter.",
    ],
)
def test_a_services_own_replacements_are_its_record(sentence):
    assert uncited_excerpts(sentence) == []
