"""Attribution by meaning: the source a sentence names, wherever it stands, against its reference."""

from __future__ import annotations

import pytest

from workstation.checks import run_checks
from workstation.checks.named_sources import named_sources
from workstation.checks.vocabulary import vocabulary
from workstation.model import ReferenceData

USPSTF = ReferenceData(
    1,
    "guideline",
    "Screening for Hypertension in Adults: US Preventive Services Task Force Reaffirmation "
    "Recommendation Statement",
    "JAMA",
    2021,
)
STEP_8 = ReferenceData(
    1,
    "research",
    "Effect of Weekly Subcutaneous Semaglutide vs Daily Liraglutide on Body Weight in Adults "
    "With Overweight or Obesity Without Diabetes: The STEP 8 Randomized Clinical Trial",
    "JAMA",
    2022,
)
STEP_1 = ReferenceData(
    1,
    "research",
    "Once-Weekly Semaglutide in Adults with Overweight or Obesity",
    "N Engl J Med",
    2021,
)
ADA = ReferenceData(
    1,
    "guideline",
    "9. Pharmacologic Approaches to Glycemic Treatment: Standards of Care in Diabetes-2024",
    "Diabetes Care",
    2024,
)
EULAR = ReferenceData(
    1,
    "guideline",
    "EULAR recommendations for the management of systemic lupus erythematosus: 2023 update",
    "Ann Rheum Dis",
    2024,
)


def mismatched(sentence: str, ref: ReferenceData) -> bool:
    findings = run_checks(title="T", body=sentence + "\n", audience="clinician", references=(ref,))
    return any(f.code == "attribution-mismatch" for f in findings)


@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    [
        # An organisation as the subject, in any tense, with or without its year.
        ("The European Society of Cardiology concluded in 2022 that BP matters [1].", USPSTF, True),
        ("The USPSTF recommends screening all adults for hypertension [1].", USPSTF, False),
        ("The US Preventive Services Task Force recommends screening adults [1].", USPSTF, False),
        ("In 2021 the USPSTF reaffirmed screening for adults [1].", USPSTF, False),
        ("In 2019 the USPSTF said screening was worthwhile [1].", USPSTF, True),
        ("Screening is advised (ESC, 2021) [1].", USPSTF, True),
        ("Screening is advised in guidelines from the WHO [1].", USPSTF, True),
        ("The ADA's 2024 Standards of Care recommend metformin first [1].", ADA, False),
        ("The American Heart Association's 2024 guideline recommends metformin [1].", ADA, True),
        # A former name against the current one.
        ("The European League Against Rheumatism recommends hydroxychloroquine [1].", EULAR, False),
        ("The EULAR 2023 update advises low-dose glucocorticoids [1].", EULAR, False),
        # A regulator that approved something is not the sentence's source.
        ("Semaglutide is approved by the FDA for weight management [1].", STEP_1, False),
        # Named trials with their numbers.
        ("In the STEP 1 trial, weight fell by 15% [1].", STEP_8, True),
        ("In the STEP 8 trial, semaglutide beat liraglutide [1].", STEP_8, False),
        ("In STEP 1, weight fell by 15% [1].", STEP_1, False),
        ("Weight fell by 15% in the STEP trials [1].", STEP_8, False),
        ("Cardiovascular events fell by 20% in the SELECT trial [1].", STEP_1, True),
        # Journals by full name or abbreviation.
        ("A 2021 NEJM paper reported a 15% loss [1].", STEP_1, False),
        ("A paper in The Lancet reported a 15% loss [1].", STEP_1, True),
    ],
)
def test_named_source_against_reference(sentence: str, ref: ReferenceData, expected: bool):
    assert mismatched(sentence, ref) is expected


def test_names_match_by_words_and_keep_the_case_of_acronyms():
    names = [
        n.name for n in named_sources("Results from SURMOUNT 1 and RE-LY were published in NEJM.")
    ]
    assert names == ["SURMOUNT 1", "RE-LY", "NEJM"]
    assert vocabulary().mentions("the people who took part") == []
    assert [m.source.name for m in vocabulary().mentions("The World Health Organisation")] == [
        "World Health Organization"
    ]


def test_the_vocabulary_ships_the_sources_the_board_meets():
    names = {s.name for s in vocabulary().sources} | {
        f for s in vocabulary().sources for f in s.forms
    }
    for name in (
        "ESC",
        "AHA",
        "ACC",
        "USPSTF",
        "NICE",
        "WHO",
        "CDC",
        "FDA",
        "EMA",
        "EULAR",
        "ACR",
        "NEJM",
        "JAMA",
        "BMJ",
        "Lancet",
        "STEP 1",
        "STEP 8",
        "SELECT",
        "SURMOUNT-1",
        "RE-LY",
        "ARISTOTLE",
        "SCOT",
    ):
        assert name in names
