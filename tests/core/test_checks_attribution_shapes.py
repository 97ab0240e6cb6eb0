"""Attribution read by sentence structure: trials by their shape, a programme's name before a
trial's, a study's name in any order, bodies against their own statements, the trial named by
another reference, another medicine; and the promotional and uncited readings beside them."""

from __future__ import annotations

import pytest

from tests.core.checks_support import codes, run
from workstation.checks.named_sources import named_sources
from workstation.model import ReferenceData


def _paper(number: int, title: str, source: str = "The New England journal of medicine",
           year: int = 2020, kind: str = "research") -> ReferenceData:
    return ReferenceData(number, kind, title, source, year)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In KALIMBA-407, the same approach benefited patients [2].", "KALIMBA-407"),
        ("The drug lowered LDL cholesterol by half in TORINO-9 [1].", "TORINO-9"),
        ("VASCO-HCM showed that the drug reduced the need for surgery [2].", "VASCO-HCM"),
        ("In zenithE, adding the drug lowered recurrence [1].", "zenithE"),
        ("In the ICU, sedation is now lighter [1].", None),
        ("In COPD, inhalers help [1].", None),
        ("It is safe at the levels used in the US [5].", None),
        ("In 2019, the rules changed [1].", None),
    ],
)
def test_a_trial_is_read_by_its_shape_where_the_sentence_cites_it(text, name):
    trials = [n.name for n in named_sources(text) if n.kind == "trial"]
    assert trials == ([name] if name else [])


def test_a_shaped_name_against_a_title_naming_another_trial():
    paper = _paper(2, "Drug plus Chemotherapy in Lung Cancer (KALIMBA-189): a randomised trial")
    body = "In KALIMBA-407, the same approach benefited patients with squamous tumours [2].\n"
    assert codes(run(body, (paper,)), "attribution-mismatch")
    body = "In KALIMBA-189, the approach lengthened survival [2].\n"
    assert not codes(run(body, (paper,)), "attribution-mismatch")


def test_a_programme_name_before_the_trial_name_is_the_same_trial():
    paper = _paper(
        2, "Long-term management with the drug (LIBERTY AD ZEPHYROS): a 1-year, phase 3 trial",
        "Lancet (London, England)", 2017,
    )
    body = "The ZEPHYROS trial combined the drug with topical corticosteroids for a year [2].\n"
    assert not codes(run(body, (paper,)), "attribution-mismatch")


def test_a_study_named_in_full_matches_a_title_with_its_words_in_another_order():
    paper = _paper(3, "Screening and mortality in a randomized Nordic study.", year=2009)
    body = "In the Nordic Randomized Study of Screening, deaths fell by 20% [3].\n"
    assert not codes(run(body, (paper,)), "attribution-mismatch")


def test_a_body_against_its_own_statement_and_its_own_journal():
    statement = _paper(
        1, "Consensus statement on falls in sport: the 3rd International Conference on Falls "
        "in Sport.", "British journal of sports medicine", 2023, "guideline",
    )
    body = "Return to school comes first, according to the Falls in Sport Group [1].\n"
    assert not codes(run(body, (statement,)), "attribution-mismatch")
    own_journal = _paper(3, "Clinical practice guideline: hoarseness.",
                         "Laryngology and voice surgery", 2018, "guideline")
    body = ("The American Society of Laryngology and Voice Surgery Foundation recommends "
            "against routine imaging [3].\n")
    assert not codes(run(body, (own_journal,)), "attribution-mismatch")
    # Research in that journal is not the body's guidance.
    research = _paper(3, "Imaging findings in hoarseness: a cohort.", "Laryngology and voice surgery")
    assert codes(run(body, (research,)), "attribution-mismatch")


def test_a_document_title_between_the_owner_and_the_verb():
    other = _paper(2, "European Glaucoma Society Terminology and Guidelines for Glaucoma.",
                   "The British journal of ophthalmology", 2021, "guideline")
    body = ("The American Academy of Ophthalmology's Preferred Practice Pattern lists laser "
            "trabeculoplasty as an initial therapy [2].\n")
    assert codes(run(body, (other,)), "attribution-mismatch")


def test_a_trial_another_reference_names_is_not_the_cited_paper():
    wrong = _paper(1, "Two Phase 3 Trials of a Biologic versus Placebo in Eczema.")
    right = _paper(3, "Once-daily tablets in eczema (ZORRO-1 and ZORRO-2): two replicate "
                      "phase 3 trials.", "Lancet (London, England)", 2021)
    body = "Conjunctivitis was reported in up to 10% of patients in the ZORRO-1 trial [1].\n"
    (finding,) = codes(run(body, (wrong, right)), "attribution-mismatch")
    assert finding.reference == 1
    assert not codes(run(body.replace("[1]", "[3]"), (wrong, right)), "attribution-mismatch")
    # Without a title that names it anywhere, an unknown trial is left open.
    body = "Conjunctivitis was reported in the ZORRO-3 trial [1].\n"
    assert not codes(run(body, (wrong, right)), "attribution-mismatch")


def test_an_unknown_trial_against_a_paper_about_another_medicine():
    other = _paper(5, "A Phase 3 Randomized Trial of Ruxolitinib in Sickle Cell Disease.", year=2019)
    own = _paper(5, "Crizanlizumab for the Prevention of Pain Crises in Sickle Cell Disease.", year=2017)
    body = "Crizanlizumab cut the yearly rate of pain crises by 45% in the SUSTAIN trial [5].\n"
    assert codes(run(body, (other,)), "attribution-mismatch")
    assert not codes(run(body, (own,)), "attribution-mismatch")
    # A medicine in both is no contradiction, whatever else the sentence names.
    body = "In the PACIFIC trial, durvalumab after chemoradiotherapy beat placebo [5].\n"
    both = _paper(5, "Durvalumab after Chemoradiotherapy in Stage III Lung Cancer.", year=2017)
    assert not codes(run(body, (both,)), "attribution-mismatch")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Our patients call the results miraculous.\n", True),
        ("Brain games sold as a guaranteed way to stop dementia have not lived up to the claims.\n", False),
        ("Brain games sold as a guaranteed way to stop dementia are popular with buyers.\n", True),
    ],
)
def test_promotion_by_stem_and_doubt_in_the_predicate(body, flagged):
    assert bool(codes(run(body), "promotional-language")) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("No sunscreen blocks 100% of UV rays, so wear a hat.\n", False),
        ("Sunscreen blocked 100% of UV rays in the test.\n", True),
        ("It is clinically proven to boost your metabolism.\n", False),
        ("It has been shown to lower blood pressure.\n", True),
    ],
)
def test_uncited_negated_all_and_clinically_proven(body, flagged):
    assert bool(codes(run(body), "claim-uncited")) is flagged


@pytest.mark.parametrize(
    "sentence",
    [
        "The Northern Thyroid Association says a TSH above 10 should be treated [1].",
        "The Coastal Society of Nephrology did not recommend the test [1].",
        "NICE has not recommended the device for routine use [1].",
    ],
)
def test_an_organisation_by_its_shape_and_an_auxiliary_before_its_verb(sentence):
    other = _paper(1, "Guideline on the test: a clinical practice guideline.",
                   "BMJ (Clinical research ed.)", 2019, "guideline")
    assert codes(run(sentence + "\n", (other,)), "attribution-mismatch")


def test_a_guideline_on_a_condition_is_not_the_condition_speaking():
    guideline = _paper(2, "The 2023 international guideline on polycystic ovary syndrome.",
                       "Human reproduction", 2023, "guideline")
    body = "The 2023 international guideline on PCOS says weight loss helps [2].\n"
    assert not codes(run(body, (guideline,)), "attribution-mismatch")


@pytest.mark.parametrize(
    ("sentence", "title", "source"),
    [
        (
            "The American Academy of Ophthalmology's Preferred Practice Pattern recommends "
            "artificial tears first [1].",
            "Dry Eye Syndrome Preferred Practice Pattern.",
            "Ophthalmology",
        ),
        (
            "The MHRA issued a drug safety update in 2022 advising B12 checks [1].",
            "Metformin and reduced vitamin B12 levels: new advice for monitoring patients at risk.",
            "Drug Safety Update",
        ),
        (
            "The Westland Venous Forum issued its guideline in 2022 [1].",
            "Westland Venous Forum clinical practice guideline on varicose veins.",
            "Phlebology",
        ),
    ],
)
def test_a_body_against_its_own_practice_pattern_bulletin_and_name(sentence, title, source):
    own = _paper(1, title, source, 2022, "guideline")
    assert not codes(run(sentence + "\n", (own,)), "attribution-mismatch")
    other = _paper(1, "Guideline on chronic venous disease.", "European heart journal", 2022,
                   "guideline")
    assert codes(run(sentence + "\n", (other,)), "attribution-mismatch")


def test_a_trial_whose_medicine_another_reference_names():
    cited = _paper(5, "A Phase 3 Randomized Trial of Voxelotor in Sickle Cell Disease.")
    own = _paper(6, "Crizanlizumab for the Prevention of Pain Crises in Sickle Cell Disease.")
    body = "Crizanlizumab cut pain crises by 45% in the KESTREL trial [5].\n"
    assert codes(run(body, (cited, own)), "attribution-mismatch")
    body = "Crizanlizumab cut pain crises by 45% in the KESTREL trial [6].\n"
    assert not codes(run(body, (cited, own)), "attribution-mismatch")


def test_a_body_in_full_and_possessive_against_its_acronym_in_the_title():
    guideline = _paper(2, "FRESHA guideline: endometriosis.", "Human reproduction open", 2022, "guideline")
    body = (
        "The Federation of Regional Endocrine Societies for Health Assessment's guideline "
        "advises against blood tests [2].\n"
    )
    assert not codes(run(body, (guideline,)), "attribution-mismatch")
    # Initials that cover only part of a name do not make it the same body.
    body = "The Royal Federation of Endocrine Societies says the same [2].\n"
    assert codes(run(body, (guideline,)), "attribution-mismatch")


def test_a_guideline_body_against_a_guideline_on_its_field_unless_another_body_owns_it():
    national = _paper(3, "UK clinical guideline for the prevention and treatment of gout.",
                      "Archives of rheumatology", 2022, "guideline")
    sentence = "The National Gout Guideline Group recommends treating to target [3].\n"
    assert not codes(run(sentence, (national,)), "attribution-mismatch")
    other = _paper(3, "Management of Gout: An Arthritis Society Clinical Practice Guideline.",
                   "Rheumatology", 2019, "guideline")
    assert codes(run(sentence, (other,)), "attribution-mismatch")


def test_a_foundation_against_another_bodys_statement_on_its_field():
    statement = _paper(2, "Sunscreen use and skin cancer prevention: a consensus statement.",
                       "Journal of the American Academy of Dermatology", 2020, "guideline")
    body = "The Skin Cancer Foundation says SPF 30 is the minimum [2].\n"
    assert codes(run(body, (statement,)), "attribution-mismatch")
    own = _paper(2, "Sunscreen use and skin cancer prevention: a consensus statement.",
                 "British journal of dermatology", 2020, "guideline")
    assert not codes(run(body, (own,)), "attribution-mismatch")


def test_a_reference_the_page_gave_to_one_trial_is_not_another_trials_paper():
    paper = _paper(2, "Efficacy of a tetravalent vaccine in healthy children and adolescents.")
    body = (
        "In the TORVAX trial, two doses prevented about 80% of cases [2].\n\n"
        "In the MIRAVAX-TDV trials, the older vaccine raised the risk of severe disease [2].\n"
    )
    flagged = codes(run(body, (paper,)), "attribution-mismatch")
    assert [f.excerpt[:20] for f in flagged] == ["In the MIRAVAX-TDV t"]
    # The same trial named again, or by its programme, is the same paper.
    again = body.replace("MIRAVAX-TDV trials", "TORVAX trial")
    assert not codes(run(again, (paper,)), "attribution-mismatch")


@pytest.mark.parametrize(
    "body",
    [
        "The Faculty of Sexual and Reproductive Care advises that the device may work less well "
        "if you weigh over 120 kg [1].\n",
        "The Water Standards Agency advises adults to drink no more than 2 litres a day [1].\n",
    ],
)
def test_a_faculty_and_an_agency_are_bodies_by_their_shape(body):
    paper = _paper(1, "Oral appliances and body weight: a systematic review.", "Sleep", 2014)
    assert codes(run(body, (paper,)), "attribution-mismatch")


def test_an_acronym_of_several_letters_of_one_word_against_the_full_name():
    # OARSI: Osteo-Arthritis Research Society International; "OA" from one word.
    guideline = _paper(
        4, "OARSI guidelines for the non-surgical management of knee osteoarthritis.",
        "Osteoarthritis and cartilage", 2019, "guideline",
    )
    body = "The Osteoarthritis Research Society International advises against the injections [4].\n"
    assert not codes(run(body, (guideline,)), "attribution-mismatch")
    # Still not any initials: the word's own first letter must start its part.
    other = _paper(4, "HARSI guidelines for knee pain.", "Osteoarthritis and cartilage", 2019, "guideline")
    assert codes(run(body, (other,)), "attribution-mismatch")


def test_an_advisory_committees_advice_in_its_own_publication():
    chapter = ReferenceData(1, "guideline", "Measles: the green book, chapter 21.", "UKHSA", 2024)
    body = "The Joint Committee on Vaccination and Immunisation advises two doses for children [1].\n"
    assert not codes(run(body, (chapter,)), "attribution-mismatch")


def test_a_uk_health_body_by_its_former_name_and_a_consensus_by_its_city():
    regulator = _paper(3, "Medicines and Healthcare products Regulatory Agency. Antibiotics in "
                       "children: drug safety update.", year=2021)
    body = "A report by Public Health England found that one in ten children had an antibiotic [3].\n"
    assert codes(run(body, (regulator,)), "attribution-mismatch")
    agency = _paper(3, "UK Health Security Agency. Antibiotic prescribing in children.", year=2021)
    assert not codes(run(body, (agency,)), "attribution-mismatch")
    later = _paper(1, "Consensus statement on concussion in sport: the 6th International "
                   "Conference, Amsterdam.", "Br J Sports Med", 2023, "guideline")
    body = "The Zurich consensus advises a gradual return to play [1].\n"
    assert codes(run(body, (later,)), "attribution-mismatch")
    body = "The Amsterdam consensus advises a gradual return to play [1].\n"
    assert not codes(run(body, (later,)), "attribution-mismatch")


def test_a_journal_named_before_the_sentence_that_cites_the_work():
    paper = ReferenceData(2, "research", "Tai chi for heart failure: a randomised trial",
                          "BMJ Open", 2021)
    body = (
        "In the study, published in Circulation, 80 people with heart failure took up tai chi. "
        "They walked further after twelve weeks [2].\n"
    )
    found = codes(run(body, (paper,)), "attribution-mismatch")
    assert len(found) == 1 and found[0].reference == 2
    assert found[0].excerpt.startswith("In the study, published in Circulation")
    # the journal the reference bears out, or a next sentence in another paragraph: nothing
    right = ReferenceData(2, "research", "Tai chi for heart failure: a randomised trial",
                          "Circulation", 2021)
    assert not codes(run(body, (right,)), "attribution-mismatch")
    apart = body.replace("tai chi. ", "tai chi.\n\n")
    assert not codes(run(apart, (paper,)), "attribution-mismatch")


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States Food and Drug Administration has cautioned that the patches do not "
        "treat any illness [1].",
        "The FDA has cautioned that the patches do not treat any illness [1].",
    ],
)
def test_a_regulator_named_with_its_country_or_cautioning_is_compared_with_the_paper(sentence):
    paper = _paper(1, "Magnetic patches for knee pain: a pilot study", "Pain Medicine", 2018)
    assert codes(run(sentence + "\n", (paper,)), "attribution-mismatch")
