"""Studies named by the institution behind them ("A Yale study", "a trial from St Mary's
Hospital", "a 2020 study by Leiden researchers", "a survey led by the University of Otago")
are compared with the cited reference, as a programme's name is with its report's title; and
promotion in open-ended shapes (a superlative no one will ever meet, nothing that comes
close, results that speak for themselves, a cure for good, a life changed overnight)."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, assert_promotes, codes, run
from workstation.model import ReferenceData

OTHERS = ReferenceData(
    1, "research", "Brennan P, Osei K. Green tea and memory in adults over 60: a cohort.", "Age Ageing", 2018
)
BODY = ReferenceData(
    1, "guideline", "Public Health Wales. National survey of tooth decay in five-year-olds: final report.", "", 2019
)


def _mismatches(sentence: str, ref: ReferenceData = OTHERS) -> list[str]:
    return [f.excerpt for f in codes(run(f"A page\n\n{sentence} [1]\n", (ref,)), "attribution-mismatch")]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Yale study showed that green tea sharpens memory.",
        "Memory sharpened by a third, according to a trial from St Mary's Hospital.",
        "A 2018 study by Leiden researchers found that green tea sharpens memory.",
    ],
)
def test_a_study_named_by_its_institution_is_compared_with_the_papers_authors(sentence: str) -> None:
    assert len(_mismatches(sentence)) == 1


def test_a_survey_led_by_a_university_is_not_a_bodys_report() -> None:
    assert len(_mismatches("A survey led by the University of Otago found decay in a third of children.", BODY)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "A Danish study found that green tea sharpens memory.",
        "In a Leeds trial, green tea sharpened memory.",
        "That analysis, published in Age and Ageing, followed 900 adults.",
        "A review commissioned by the Yale Hospital found that green tea sharpens memory.",
    ],
)
def test_a_people_a_place_a_determiner_or_a_commissioner_is_not_read_as_the_institution(sentence: str) -> None:
    assert _mismatches(sentence) == []


def test_a_programme_named_for_its_field_is_borne_out_by_its_reports_title() -> None:
    sentence = "The National Tooth Decay Programme advises that children see a dentist yearly."
    assert _mismatches(sentence, BODY) == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("Our retreat is the most powerful reset you will ever experience.", "most powerful reset you will ever"),
        ("It is the most accurate scale ever put in a bathroom.", "most accurate scale ever put"),
        ("You'll get flavours you can't get anywhere else.", "can't get anywhere else"),
        ("No other clinic in the region comes close.", "No other clinic in the region comes close"),
        ("Our reviews speak for themselves.", "reviews speak for themselves"),
        ("We treat the cause so that the itch never comes back.", "so that the itch never comes back"),
        ("This serum will change your skin overnight.", "change your skin overnight"),
        ("Our tincture works with your body, not against it.", "works with your body, not against it"),
    ],
)
def test_open_ended_promises_are_promotion(sentence: str, term: str) -> None:
    assert_promotes(sentence, term)


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the largest trial ever run in children with asthma.",
        "Symptoms often come back in winter.",
        "The pain came back after the injection wore off.",
        "Your doctor will work with you to find the right dose.",
    ],
)
def test_plain_statements_with_the_same_words_are_not_promotion(sentence: str) -> None:
    assert_not_promotion(sentence)
