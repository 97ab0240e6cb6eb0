"""Bodies, trials, claims and promotion read by the sentence's structure: a programme or an
authority as a body, a longer name ending in a known body's, a trial whose own paper the
list holds; rankings of reasons, comparisons with the others of a kind, rates by the
minute, counts without a figure; shop furniture, instructions, caveats and questions that
are not claims; a product ranked on the market or against the standard as promotion; and
a lower-case word's letter ("vitamin D.") that ends a sentence."""

from __future__ import annotations

import pytest

from tests.core.checks_support import assert_not_promotion, codes, run
from workstation.checks.named_sources import named_sources
from workstation.checks.promotional import hype_terms
from workstation.checks.uncited import uncited_marker
from workstation.model import ReferenceData
from workstation.structure import analyze


def _paper(number: int, title: str, source: str = "BMJ", year: int = 2021,
           kind: str = "guideline") -> ReferenceData:
    return ReferenceData(number, kind, title, source, year)


# --- bodies -----------------------------------------------------------------------------


def test_a_programme_is_a_body_and_its_advice_is_checked_against_the_cited_paper():
    other = _paper(1, "Managing gum disease in adults: a toolkit", "Public Health Wales", 2019)
    own = _paper(2, "Prevention of gum disease: national guidance",
                 "Northern Gum Health Effectiveness Programme", 2020)
    body = "The Northern Gum Health Effectiveness Programme advises a scale and polish yearly [1].\n"
    found = codes(run(body, (other, own)), "attribution-mismatch")
    assert found and "Programme" in found[0].message
    body = "The Northern Gum Health Effectiveness Programme advises a scale and polish yearly [2].\n"
    assert not codes(run(body, (other, own)), "attribution-mismatch")


def test_a_body_that_reports_is_the_sentences_source():
    cited = _paper(1, "ESGAR consensus on imaging after bariatric surgery", "European Radiology")
    body = ("The Coastal Imaging Safety Authority reports that scan doses have halved since the "
            "new rules came in [1].\n")
    assert codes(run(body, (cited,)), "attribution-mismatch")
    own = _paper(1, "Annual report on scan doses", "Coastal Imaging Safety Authority")
    assert not codes(run(body, (own,)), "attribution-mismatch")


def test_a_longer_name_ending_in_a_known_bodys_name_is_another_body():
    # The vocabulary knows the Menopause Society (formerly the North American one).
    assert not [n for n in named_sources("The Australasian Menopause Society says HRT helps [1].")
                if n.kind == "organisation"]
    assert [n for n in named_sources("The Menopause Society says HRT helps [1].")
            if n.kind == "organisation"]
    statement = _paper(1, "Position statement on vaginal oestrogen of The North American Menopause "
                       "Society.", "Menopause", 2020)
    body = "The Australasian Menopause Society says vaginal oestrogen is safe for most women [1].\n"
    assert codes(run(body, (statement,)), "attribution-mismatch")
    own = _paper(1, "Vaginal oestrogen: an Australasian Menopause Society information sheet",
                 "Australasian Menopause Society", 2020)
    assert not codes(run(body, (own,)), "attribution-mismatch")


def test_a_trial_is_not_borne_out_by_a_paper_on_its_topic_when_its_own_paper_is_listed():
    topical = _paper(1, "Tirzepatide with a lifestyle programme in adults with obesity: a cohort "
                     "study", "Obesity", 2024, "research")
    own = _paper(2, "Tirzepatide after an intensive lifestyle intervention (SURMOUNT-3): a phase 3 "
                 "randomized trial", "Nature medicine", 2023, "research")
    body = "In the SURMOUNT-3 trial, people lost more weight after a diet run-in [1].\n"
    assert codes(run(body, (topical, own)), "attribution-mismatch")
    # Without the trial's own paper on the list, a paper on its topic may be the one meant.
    assert not codes(run(body, (topical,)), "attribution-mismatch")
    body = "In the SURMOUNT-3 trial, people lost more weight after a diet run-in [2].\n"
    assert not codes(run(body, (topical, own)), "attribution-mismatch")


# --- claims -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Falls are the most common reason why older adults go to an emergency department.",
        "Burns are the leading reason for children to be admitted at night.",
        "Migraines with aura are more disabling than other headaches.",
        "Twins are less likely than other babies to be breastfed for a year.",
        "Somebody in the country has a heart attack every five minutes.",
        "Every 40 seconds, someone in the region has a stroke.",
        "Cases of whooping cough rose forty-fold in a year.",
        "The screening programme has saved hundreds of younger women from surgery.",
        "Millions of adults take a supplement they do not need.",
    ],
)
def test_claims_without_a_figure_or_by_the_clock(text):
    assert uncited_marker(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Upset stomach was the most common reason for stopping.",
        "Take one capsule every four hours.",
        "This drink is more filling than other brands.",
        "Thousands of happy customers swear by our tea.",
        "Use code SPRING20 for 20% off your first box.",
        "Make sure the strap covers at least 60% of your wrist.",
        "Build up to 70% of your maximum heart rate over a month.",
        "Much of what we know comes from observational studies, which cannot prove a cause.",
        "Below, we look at what the newest trials have actually shown.",
        "We asked whether the studies found any harm.",
    ],
)
def test_furniture_instructions_caveats_and_questions_are_not_claims(text):
    assert uncited_marker(text) is None


def test_a_masthead_with_bars_and_no_sentence_end_is_furniture():
    body = (
        "Brightside Pharmacy: the #1 rated chemist | 4.9 stars from 12,000 reviews\n\n"
        "Hay fever affects about 1 in 5 people.\n"
    )
    found = codes(run(body), "claim-uncited")
    assert [f.excerpt for f in found] == ["Hay fever affects about 1 in 5 people."]
    # A first paragraph that ends a sentence is prose, whatever bars it has.
    body = "Brightside | a note: 12,000 patients were seen last year.\n\nMore follows.\n"
    assert codes(run(body), "claim-uncited")


def test_the_evidence_summed_up_before_the_section_that_cites_it_is_covered():
    body = (
        "Many people blame their inhaler for a sore throat, but the evidence suggests that "
        "technique matters more.\n\n"
        "## What did the studies find?\n\n"
        "In two trials, a spacer cut throat symptoms by half [1].\n"
    )
    refs = (_paper(1, "Spacers and throat symptoms", "Thorax", 2019, "research"),)
    assert not codes(run(body, refs), "claim-uncited")
    # ... but not when the next section cites nothing, nor with a figure of its own.
    uncited = body.replace(" [1]", "")
    assert any("evidence suggests" in f.excerpt for f in codes(run(uncited), "claim-uncited"))
    with_figure = body.replace("matters more", "matters in 60% of cases")
    assert codes(run(with_figure, refs), "claim-uncited")


# --- promotion --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Our clinic offers market-leading scan times.", "market-leading"),
        ("It is the most comfortable knee brace on the market.", "most comfortable knee brace on the market"),
        ("Calmo is the gentlest magnesium on the market.", "gentlest magnesium on the market"),
        ("Our laser treatment is safer and faster than conventional surgery for most people.",
         "safer and faster than conventional surgery"),
    ],
)
def test_a_product_ranked_on_the_market_or_against_the_standard_is_promotion(text, term):
    assert hype_terms(text) == [term]


@pytest.mark.parametrize(
    "text",
    [
        "Metformin is the most widely prescribed diabetes drug on the market.",
        "It is the latest inhaler on the market.",
        "Keyhole surgery was safer than conventional surgery in the trial [2].",
        "The hospital is a leading centre for heart surgery.",
    ],
)
def test_facts_of_the_market_and_trial_results_are_not_promotion(text):
    assert_not_promotion(text)


# --- sentences --------------------------------------------------------------------------


def test_a_lower_case_words_letter_ends_the_sentence_before_an_opening_word():
    texts = [s.text for s in analyze("Few foods contain vitamin K. Most of it comes from greens.").sentences]
    assert texts == ["Few foods contain vitamin K.", "Most of it comes from greens."]
    # An initial before a name does not end it.
    texts = [s.text for s in analyze("The letter was signed by R. Patel in May.").sentences]
    assert texts == ["The letter was signed by R. Patel in May."]


def test_an_answers_byline_is_not_a_dangling_lead_in():
    byline = run("Q: Is my cough an infection?\n\nDr Sam Okoro replies:\n\nMost coughs clear up on their own.\n", ())
    assert not codes(byline, "dangling-lead-in")
    lead_in = run("The warning signs include:\n\nMost coughs clear up on their own.\n", ())
    assert codes(lead_in, "dangling-lead-in")
