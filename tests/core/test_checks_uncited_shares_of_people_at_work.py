"""A share of people named by their work ("1 in 3 bar staff", "two in five nurses", "half of
farmers") is a statistic about people, as "1 in 3 adults" is: stated on its own with no mark,
it is uncited, even after cited sentences in its paragraph."""

from __future__ import annotations

from tests.core.checks_support import uncited_excerpts

CITED = "Loud music damages the hair cells of the inner ear [1]. The damage adds up over the years [1]. "


def test_a_share_of_people_by_their_work_is_a_statistic() -> None:
    assert uncited_excerpts("Back pain affects an estimated 1 in 3 kitchen staff.") != []
    assert uncited_excerpts("About two in five nurses report back pain every year.") != []
    assert uncited_excerpts("Half of farmers have some hearing loss by the age of 50.") != []


def test_it_is_not_covered_by_the_cited_sentences_before_it() -> None:
    assert uncited_excerpts(CITED + "Hearing loss affects an estimated 1 in 3 bar staff with ten years in the job.") != []


def test_the_pages_own_staff_are_not_a_statistic() -> None:
    assert uncited_excerpts("Speak to a member of staff if you need help.") == []
    assert uncited_excerpts("Our nurses will see you within a week of your referral.") == []
