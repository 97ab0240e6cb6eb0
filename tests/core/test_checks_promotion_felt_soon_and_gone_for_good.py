"""A product's promise of an effect felt within days, of a condition made a thing of the past,
of produce so pure that sufferers are spared, or of the only one that can fully heal, is
promotion; a medicine's honest time to work, and a disease that history has left behind,
are not."""

from __future__ import annotations

from tests.core.checks_support import assert_not_promotion, assert_promotes


def test_a_difference_felt_in_just_days_is_promised() -> None:
    assert_promotes("Take our tea daily and you will notice the difference in only 5 days.", "notice the difference in only 5 days")
    assert_promotes("Most buyers see results in just two weeks.", "see results in just two weeks")


def test_a_medicines_time_to_work_is_no_promise() -> None:
    assert_not_promotion("It can take 4 to 6 weeks before you feel the difference from this medicine.")
    assert_not_promotion("You may see results in 2 to 3 months.")


def test_a_condition_made_a_thing_of_the_past_is_promised() -> None:
    assert_promotes("With our night kit, bedwetting becomes a thing of the past.", "becomes a thing of the past")
    assert_promotes("This pillow will make snoring a thing of the past.", "make snoring a thing of the past")


def test_a_past_disease_is_no_promise() -> None:
    assert_not_promotion("In many countries, polio is now a thing of the past.")


def test_produce_so_pure_that_even_sufferers_are_spared_is_promised() -> None:
    assert_promotes(
        "Our honey is so pure that even people with hay fever can eat it without a sneeze.",
        "so pure that even",
    )
    assert_not_promotion("The water was so cold that even the dogs stayed out of it.")


def test_the_only_product_that_can_fully_heal_is_promised() -> None:
    assert_promotes(
        "Knee Ease is the only balm that can fully repair worn cartilage.",
        "the only balm that can fully repair",
    )
    assert_promotes(
        "It is the only capsule that can completely heal your gut lining.",
        "the only capsule that can completely heal",
    )
