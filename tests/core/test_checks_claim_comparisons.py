"""Claims read by their shape: a group compared by likelihood, "N in M" of things counted,
a count on the move, a share of "your" body said of everyone, a named body's finding or its
advice against something; and the same words where they state no finding."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.checks.uncited import uncited_marker
from workstation.model import ReferenceData


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Girls are less likely than boys to be diagnosed with autism.", "less likely than"),
        ("Night-shift nurses were no more likely to develop asthma.", "no more likely to"),
        ("About 1 in 4 hip fractures happen in hospital.", "1 in 4 hip fractures"),
        ("Roughly one in five home visits end in a referral.", "one in five home visits"),
        ("A rising number of teenagers are treated for vaping injuries.", "rising number of"),
        ("80% of your body's serotonin is made in the gut.", "80% of your"),
        ("The Trussell Trust found that food bank use doubled.", "The Trussell Trust found that"),
        ("The British Thoracic Society does not recommend home oxygen for breathlessness alone.",
         "does not recommend"),
    ],
)
def test_claims_by_their_shape(text, words):
    marker = uncited_marker(text)
    assert marker is not None and words.lower() in marker[1].lower()


@pytest.mark.parametrize(
    "text",
    [
        "Thinning the blood makes it less likely to clot.",
        "Our surgery is one of 12 in the county to offer it.",
        "Dose by weight: 1 in 100 mg.",
        "Aim to cover at least 80% of your arm with the cream.",
        "I found that a cold flannel helped.",
        "Cold sores are familiar to millions of people.",
        "Single room: \u00a3350 Two rooms: \u00a3600 Family suites: \u00a3900",
    ],
)
def test_the_same_words_stating_no_finding(text):
    assert uncited_marker(text) is None


def test_the_pages_boast_about_its_own_figure_is_promotion_not_a_claim():
    boast = run("Our success rate of 95% is unmatched by any other surgery in Leeds.\n", ())
    assert codes(boast, "promotional-language") and not codes(boast, "claim-uncited")
    plain = run("Our audit found that 40% of patients waited over a week.\n", ())
    assert codes(plain, "claim-uncited")


def test_a_study_introduced_and_then_cited_by_name_in_the_next_sentence():
    ref = ReferenceData(1, "research", "Nap length and memory in older adults: a randomised trial.",
                        "Sleep Research", 2022)
    body = (
        "Older adults who napped for 30 minutes remembered more words, a recent trial has found.\n\n"
        "The trial, run in four care homes [1], compared naps of different lengths.\n"
    )
    assert not codes(run(body, (ref,)), "claim-uncited")
    other = body.replace("The trial, run", "Staff, working")
    assert codes(run(other, (ref,)), "claim-uncited")


def test_what_a_maker_claims_for_its_product_is_reported_not_the_pages_claim():
    reported = run(
        'One supplier claims its mattress topper is "proven to cut back pain by 60%", '
        "though no study backs that.\n",
        (),
    )
    assert not codes(reported, "claim-uncited") and not codes(reported, "promotional-language")
    marketed = run("Vendors sell the patches as a way to lose 5 kg in a month.\n", ())
    assert not codes(marketed, "claim-uncited")
    stated = run("The topper cuts back pain by 60% in a month.\n", ())
    assert codes(stated, "claim-uncited")


def test_the_readers_own_schedule_is_not_a_rate_found_in_people():
    assert uncited_marker("You will come to 3 classes a week at the pool.") is None
    assert uncited_marker("Adults catch 3 colds a year on average.") is not None
