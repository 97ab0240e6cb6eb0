"""Authors and teams named as the ones behind a finding ("Tuomilehto and colleagues found … in
2001", "In 2023, a team at Hebrew SeniorLife and Harvard Medical School published a study"),
cited to another's work: an entry that prints its authors and names none of them, or a work of
another year. The author's own entry, an entry that prints no authors, a body's own page and a
citation by author and year ("(Peters-Veluthamaningal et al., 2009)") are no mismatch."""

from __future__ import annotations

from tests.core.checks_support import codes, run
from workstation.model import ReferenceData

DPP = ReferenceData(
    1, "other",
    "Diabetes Prevention Program Research Group. Reduction in the incidence of type 2 diabetes with "
    "lifestyle intervention or metformin. New England Journal of Medicine, 2002;346:393\u2013403.",
    "", None,
)
TUOMILEHTO = ReferenceData(
    2, "other",
    "Tuomilehto J, Lindstr\u00f6m J, Eriksson JG, et al. Prevention of type 2 diabetes mellitus by changes "
    "in lifestyle. N Engl J Med. 2001;344:1343\u20131350.",
    "", None,
)
VAN_DYK = ReferenceData(
    1, "other", "van Dyk N, Behan FP, Whiteley R. Including the Nordic hamstring exercise in injury "
    "prevention programmes halves the rate of hamstring injuries. Br J Sports Med 2019;53(21):1362-70.", "", None,
)
PETERS = ReferenceData(
    2, "other", "Peters-Veluthamaningal C, van der Windt DA, Winters JC. Corticosteroid injection for "
    "trigger finger in adults. Cochrane Database Syst Rev. 2009;(1):CD005617.", "", None,
)
NHS = ReferenceData(3, "other", "NHS. Hamstring injuries. 2023.", "", None)
REVIEW = ReferenceData(1, "research", "Effects of thermal environment on sleep and circadian rhythm",
                       "Journal of Physiological Anthropology", 2012)
STUDY = ReferenceData(2, "research", "Nighttime ambient temperature and sleep in community-dwelling older adults",
                      "Science of the Total Environment", 2023)

FINNISH = ("In Finland, Tuomilehto and colleagues found almost the same thing: a lifestyle programme "
           "reduced the risk of diabetes by 58% in middle-aged adults [{n}].")
TEAM = ("In 2023, a team at Hebrew SeniorLife and Harvard Medical School published a study that tracked "
        "50 older adults in their own homes for up to a year [{n}].")


def _mismatches(body: str, refs: tuple[ReferenceData, ...]) -> list[str]:
    return [f.excerpt[:40] for f in codes(run(body, refs), "attribution-mismatch")]


def test_authors_named_against_an_entry_by_others() -> None:
    assert _mismatches(FINNISH.format(n=1), (DPP, TUOMILEHTO)) == [FINNISH[:40]]
    assert _mismatches(FINNISH.format(n=2), (DPP, TUOMILEHTO)) == []


def test_authors_named_against_an_entry_that_prints_no_authors_are_left() -> None:
    assert _mismatches(FINNISH.format(n=1), (REVIEW,)) == []


def test_a_team_dated_against_a_work_of_another_year() -> None:
    assert _mismatches(TEAM.format(n=1), (REVIEW, STUDY)) == [TEAM[:40]]
    assert _mismatches(TEAM.format(n=2), (REVIEW, STUDY)) == []


def test_a_year_that_dates_what_people_did_is_no_attribution() -> None:
    body = "In 2019, 40 patients at the clinic published their own stories in a booklet [1]."
    assert _mismatches(body, (REVIEW,)) == []


def _cited(sentence: str) -> list[int | None]:
    body = f"A page\n\n{sentence}\n"
    return [f.reference for f in codes(run(body, (VAN_DYK, PETERS, NHS)), "attribution-mismatch")]


def test_an_author_named_with_a_possessive_against_another_authors_entry() -> None:
    assert _cited(
        "Petersen and colleagues' Danish trial in amateur football clubs found that Nordic curls cut "
        "new hamstring injuries by around 60% [1]."
    ) == [1]
    assert _cited("McDonald and colleagues found that Nordic curls cut new injuries [1].") == [1]


def test_the_authors_own_entry_and_a_bodys_page_hold() -> None:
    assert _cited("Pooling the trials, van Dyk and colleagues found that Nordic curls halved injuries [1].") == []
    assert _cited("Petersen and colleagues found that Nordic curls cut new injuries [3].") == []
    assert _cited("Peters-Veluthamaningal et al. found that injections helped [2].") == []


def test_a_citation_by_author_and_year_is_not_read_here() -> None:
    assert _cited("A Cochrane review found that injections helped (Peters-Veluthamaningal et al., 2009) [2].") == []
