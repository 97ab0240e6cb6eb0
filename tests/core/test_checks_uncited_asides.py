"""Sentences with a figure that are no claim of their own to cite: the next words on a statistic
just flagged, a declaration of interests, a service's own record, a post's replies, a target, a
speaker's own week, an approval not given, and a sample the page's own validation studied."""

from __future__ import annotations

from tests.core.checks_support import codes, refs, run, uncited_excerpts


def test_the_next_words_on_a_flagged_figure_are_not_flagged_again() -> None:
    found = uncited_excerpts(
        "About 10 million adults in the UK have arthritis. That is roughly one in six adults, "
        "and the number keeps rising."
    )
    assert found == ["About 10 million adults in the UK have arthritis."]


def test_most_of_those_deaths_after_a_flagged_count_is_the_same_claim() -> None:
    found = uncited_excerpts(
        "Around 400 children under five drown in England each year. Many of those deaths "
        "happen in garden ponds."
    )
    assert len(found) == 1 and found[0].startswith("Around 400 children")


def test_a_declaration_of_interests_is_not_a_finding() -> None:
    assert uncited_excerpts("The study authors report advisory fees from the maker of the drug.") == []


def test_those_a_service_has_supported_are_its_record_not_a_statistic() -> None:
    assert uncited_excerpts("Our midwives have supported more than 4,000 families since 2015.") == []
    assert uncited_excerpts("We have screened over 12,000 patients for diabetic eye disease.") == []


def test_the_replies_to_a_forum_post_are_furniture() -> None:
    assert uncited_excerpts("Best pram for city living – 1,240 replies") == []


def test_a_target_is_not_a_measured_share() -> None:
    assert uncited_excerpts("The board's target is 95% of patients seen within four hours.") == []


def test_a_speakers_own_week_is_not_a_rate() -> None:
    assert uncited_excerpts('"My knees feel better. Now I walk five mornings a week with the group." – Jean, 71') == []


def test_an_approval_not_given_is_not_a_regulatory_fact() -> None:
    assert uncited_excerpts("These injections are not approved by the FDA for weight loss.") == []
    assert uncited_excerpts("The patch has not been licensed by the MHRA for children.") == []


def test_the_sample_of_a_validation_the_next_sentence_cites_is_covered() -> None:
    body = (
        "A page\n\nWe validated the cuff against clinic readings in 150 adults at two surgeries. "
        "It agreed to within 5 mmHg in 92% of readings [1].\n"
    )
    assert codes(run(body, refs(1), audience="patient"), "claim-uncited") == []
