"""Claims without a citation, and what is not one: a site's menu run into the page's first
sentence, and a dose counted in gummies, sachets or lozenges."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run


def _uncited(body: str) -> list[str]:
    return [f.excerpt for f in codes(run(body, audience="patient"), "claim-uncited")]


def test_a_menu_run_into_the_first_sentence_is_site_furniture():
    body = (
        "Laser eye surgery.\n\nCLEARVIEW EYES Treatments | Our surgeons | Prices | Book now "
        "0% interest on all plans. Call us today.\n"
    )
    assert _uncited(body) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Directions: dissolve 2 sachets a day in water.",
        "Suck 4 lozenges a day until the cough settles.",
        "For children: chew 1 gummy a day with breakfast.",
    ],
)
def test_a_dose_in_a_product_form_is_not_a_statistic(sentence):
    assert _uncited(f"Our cough remedy.\n\n{sentence}\n") == []


def test_a_count_of_people_in_a_sentence_with_one_bar_is_still_a_claim():
    body = "Hay fever.\n\nAbout 1 in 4 adults in the UK has hay fever | and most never see a doctor.\n"
    assert _uncited(body) != []
