"""What a product is made of and how it works are no findings to cite: the strength of its
active ingredient ("contains 2% ketoconazole to …", "a 5% permethrin cream") and what it is
for, said as the purpose of what it does ("… seals the edge so water is less likely to get
in"). A share of people and a group compared with another still are claims."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts


def test_the_strength_of_a_products_ingredient_is_no_statistic() -> None:
    assert uncited_excerpts("Scalpwell Shampoo contains 2% ketoconazole to calm flaking and itch.") == []
    assert uncited_excerpts("Apply a 5% permethrin cream to the whole body from the neck down.") == []
    assert uncited_excerpts("The gel holds 10% benzoyl peroxide wash concentrate for oily skin.") == []


def test_what_a_product_does_for_its_purpose_is_no_statistic() -> None:
    assert uncited_excerpts(
        "The plaster seals around the edge of the blister, so dirt is less likely to get in."
    ) == []
    assert uncited_excerpts("Keep a night light on so that you are less likely to trip on the stairs.") == []


def test_shares_and_comparisons_of_people_are_still_claims() -> None:
    assert uncited_excerpts("About 20% of adults have dandruff at some point.") != []
    assert uncited_excerpts("Denture wearers are less likely to see a dentist every year.") != []
    assert uncited_excerpts("Smokers are more likely to get gum disease, so they lose more teeth.") != []
