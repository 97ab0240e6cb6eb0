"""Promotion in the shapes of promises rather than hype words: weight lost in one's sleep, a
cure "at the root", a need gone for ever, a drink against water, superlatives available
anywhere or in any shop, and the only food that lowers something; and hype the page reports
as read online and then rejects. And shares written as plural fractions in words ("two
fifths of"), which are claims to cite, unlike the count of a business's own network."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes, codes, run
from workstation.checks.promotional import hype_terms


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("This tea torches stubborn fat in days.", "torches stubborn fat"),
        ("The patch burns calories while you sleep.", "burns calories while you sleep"),
        ("Our osteopaths cure neck pain at the root.", "cure neck pain at the root"),
        ("After one session you will never need reading glasses again.", "you will never need reading glasses again"),
        ("With our implants you no longer need dentures again.", "you no longer need dentures again"),
        ("This sports drink rehydrates four times faster than plain water.", "four times faster than plain water"),
        ("We make the purest fish oil available anywhere.", "purest fish oil available anywhere"),
        ("Our granola is the tastiest breakfast in any shop.", "tastiest breakfast in any shop"),
        ("Our pillow is the most comfortable in the country.", "most comfortable in the country"),
        ("SunBran is the only cereal that reduces blood pressure.", "the only cereal that reduces"),
    ],
)
def test_promises_in_other_shapes_are_promotion(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "Children absorb lead four times faster than adults.",
        "Exercise burns calories, and some of the effect lasts into the evening.",
        "The cause is often found at the root of the tooth.",
        "Most people never need the injection again.",
        "The largest trial anywhere ran for ten years.",
        "It is the most common infection in the world.",
    ],
)
def test_facts_in_the_same_words_are_not_promotion(text):
    assert_not_promotion(text)


def test_hype_read_online_and_then_rejected_is_not_the_pages_own():
    body = (
        "You might see online that magnets can cure any joint pain. There is no good evidence "
        "that this is true.\n"
    )
    assert not codes(run(body), "promotional-language")
    own = "Magnets can cure any arthritis.\n"
    assert codes(run(own), "promotional-language")


@pytest.mark.parametrize(
    "text",
    [
        "Roughly two fifths of the sugar children drink comes from fizzy drinks.",
        "Nearly three quarters of all hip fractures happen at home.",
        "About 1 in 5 new blood donors is turned away on the day.",
        "Half of the pupils questioned skipped breakfast.",
    ],
)
def test_shares_in_words_and_counts_of_donors_or_pupils_are_claims(text):
    assert codes(run(text + "\n"), "claim-uncited")


def test_a_measure_in_a_plural_fraction_is_not_a_claim():
    assert not codes(run("Rest for three quarters of an hour after the dose.\n"), "claim-uncited")


@pytest.mark.parametrize(
    "text",
    [
        "Prescriptions can be collected at over 900 partner pharmacies.",
        "You can return the device at any of our 250 branches.",
    ],
)
def test_a_business_s_own_network_is_not_a_count_to_cite(text):
    assert not codes(run(text + "\n", audience="patient"), "claim-uncited")


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Our tracker gives the most precise sleep scores of any device.", "most precise sleep scores of any device"),
        ("Join the best walking group in the league.", "best walking group in the league"),
        ("We offer the most youthful-looking fillers in Leeds.", "most youthful-looking fillers in Leeds"),
        ("This mattress is the smartest purchase you will ever make.", "smartest purchase you will ever make"),
        ("It is Scotland's best-loved oat drink.", "best-loved"),
        ("Our recovery times are unmatched by other surgeries.", "unmatched by"),
        ("A ground-breaking serum for tired eyes.", "ground-breaking"),
        ("Our juice cleanse flushes toxins from the liver.", "flushes toxins"),
        ("My tea drains toxins overnight.", "drains toxins"),
        ("This cream turns back the clock on ageing skin.", "turns back the clock"),
        ("A single spray protects for 24 hours.", "A single spray protects for 24 hours"),
    ],
)
def test_superlatives_against_every_rival_and_promises_of_a_whole_day(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    "text",
    [
        "Donors and patients who are unmatched need a wider register search.",
        "The kidneys clear waste from the blood.",
        "A glass of warm water flushes out toxins, some say.",
        "The most common cancer in Wales is breast cancer.",
        "One dose lasts about six weeks.",
        "It is the largest trial of any statin so far.",
    ],
)
def test_the_same_words_stating_facts_are_not_promotion(text):
    assert_not_promotion(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Clients walk out looking ten years younger.", "looking ten years younger"),
        ("You will leave the float tank feeling reborn.", "feeling reborn"),
        ("Two capsules a day will transform your sleep.", "transform your sleep"),
        ("The drink completely rebalances your hormones.", "completely rebalances your"),
        ("Our drops clear red eyes in minutes.", "clear red eyes in minutes"),
        ("Think of it as like a shield against winter colds.", "like a shield against"),
        ("This balm is the ultimate defence for cracked heels.", "the ultimate defence"),
        ("Runners call it the only insole they will ever need.", "the only insole they will ever need"),
        ("A proven energy booster for busy mums.", "proven energy booster"),
        ("Try it for a month or your money back.", "or your money back"),
        ("One class burns up to 1,000 calories.", "burns up to 1,000 calories"),
        ("The spray soothes stings faster than anything else we stock.", "faster than anything else"),
        ("Kale chips are Britain's most nutrient-packed snack.", "Britain's most nutrient-packed"),
        ("Chia is a superfood for your gut.", "superfood"),
        ("Swimming is the best exercise there is for stiff joints.", "best exercise there is for stiff joints"),
        ("Our app will end your back pain for good.", "end your back pain for good"),
        ("The cleanest protein powder on the planet.", "cleanest protein powder on the planet"),
        ("Our red-light mask reverses the signs of ageing.", "reverses the signs of ageing"),
    ],
)
def test_promises_of_renewal_and_of_being_the_last_word(text, term):
    assert_promotes(text, term)


@pytest.mark.parametrize(
    ("plain", "promise"),
    [
        ("Ask your doctor before you change your diet.", "This shake will transform your body."),
        ("Walking briskly for an hour uses about 300 calories.", "Each session burns up to 900 calories."),
        ("The ultimate goal of treatment is remission.", "It is the ultimate solution for snoring."),
        ("The rash clears in days in most children.", "The serum clears acne scars in days."),
        ("Nothing else helped her as much as rest did.", "It works better than anything else."),
        ("Malaria is among the most common infections on the planet.", "The tastiest oat bar on earth."),
    ],
)
def test_the_same_words_in_plain_advice_are_not_promotion(plain, promise):
    assert_not_promotion(plain)
    assert hype_terms(promise)


def test_a_sentence_joining_two_promises_gives_a_finding_for_each():
    body = (
        "Our clinic is the most trusted in Bristol, and one session will make you feel years "
        "younger.\n"
    )
    found = codes(run(body, audience="patient"), "promotional-language")
    assert [f.excerpt for f in found] == [
        "Our clinic is the most trusted in Bristol",
        "one session will make you feel years younger.",
    ]
    assert body[found[1].start : found[1].end] == "one session will make you feel years younger."
    # one promise and a plain clause: one finding, the sentence
    single = "Our clinic is the most trusted in Bristol, and parking is free.\n"
    assert [f.excerpt for f in codes(run(single, audience="patient"), "promotional-language")] == [
        single.strip()
    ]
