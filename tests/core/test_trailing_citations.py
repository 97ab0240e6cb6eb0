"""Citation numbers after a sentence's last word: by sentence structure and the reference list."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workstation.importers.trailing_citations import (
    is_citation,
    label_uses,
    link_trailing_citations,
)

LISTED = frozenset(range(1, 8))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The number belongs to the sentence.
        ("Obesity now affects about 1 in 4.", "Obesity now affects about 1 in 4."),
        ("Obesity affects about 1 in 4 adults 2.", "Obesity affects about 1 in 4 adults [2]."),
        ("Most adults start at 5 mg.", "Most adults start at 5 mg."),
        ("Most adults start at 5 mg 3.", "Most adults start at 5 mg [3]."),
        ("Weight loss was still seen at week 52.", "Weight loss was still seen at week 52."),
        ("The dose was raised at week 4.", "The dose was raised at week 4."),
        ("It is being tested in phase 3.", "It is being tested in phase 3."),
        ("Most people had type 2.", "Most people had type 2."),
        ("The median score was 2.", "The median score was 2."),
        ("HbA1c fell to below 7.", "HbA1c fell to below 7."),
        ("Doses ranged from 2 to 4.", "Doses ranged from 2 to 4."),
        ("Children can use it from age 6.", "Children can use it from age 6."),
        ("It is for adults aged over 3.", "It is for adults aged over 3."),
        (
            "Most scored 0 (none) to 3 (severe), and most were at 2.",
            "Most scored 0 (none) to 3 (severe), and most were at 2.",
        ),
        # The sentence reads complete without the number: a citation.
        (
            "Adults are offered 60 to 120 mg of elemental iron a day 6.",
            "Adults are offered 60 to 120 mg of elemental iron a day [6].",
        ),
        (
            "Intravenous iron worked faster in a multicentre cohort 4.",
            "Intravenous iron worked faster in a multicentre cohort [4].",
        ),
        ("Recheck the blood count after 2 to 4 weeks 2.", None),
        ("The dose rises every 4 weeks 4.", "The dose rises every 4 weeks [4]."),
        # An open-ended range after its number, and a place by its acronym, are complete.
        (
            "The JCVI advises one dose for adults aged 65 and over 3.",
            "The JCVI advises one dose for adults aged 65 and over [3].",
        ),
        ("It is safe at the levels used in the US 5.", "It is safe at the levels used in the US [5]."),
        ("Rates are rising across the EU 2.", "Rates are rising across the EU [2]."),
        ("It was approved in 2021 1.", "It was approved in 2021 [1]."),
        ("Ferritin was checked at 12 or 13 3.", "Ferritin was checked at 12 or 13 [3]."),
        ("Stroke fell by 20% 5.", "Stroke fell by 20% [5]."),
        ("Semaglutide is one option (STEP 1) 2.", "Semaglutide is one option (STEP 1) [2]."),
        ("It was studied in SURPASS-2 3.", "It was studied in SURPASS-2 [3]."),
        ("Options include surgery 2, 3, 4", "Options include surgery [2, 3, 4]"),
        # Acronyms and -ed forms may take a number of their own: the list decides.
        ("The panel was JNC 8.", "The panel was JNC 8."),
        ("Relapses were rarer in people with MS 2.", "Relapses were rarer in people with MS [2]."),
        ("The trial enrolled 120.", "The trial enrolled 120."),
        ("Use it only as needed 2.", "Use it only as needed [2]."),
    ],
)
def test_trailing_numbers(text: str, expected: str | None) -> None:
    result = link_trailing_citations(text, LISTED)
    if expected is None:
        assert "[" in result and result.replace("[", "").replace("]", "") == text
    else:
        assert result == expected


def test_an_unlisted_number_after_a_complete_sentence_is_an_unresolved_citation() -> None:
    text = "Earlier treatment was associated with a better response 5."
    assert link_trailing_citations(text, {1, 2, 3}) == (
        "Earlier treatment was associated with a better response [5]."
    )


def test_an_acronym_after_a_lower_case_word_names_a_thing_and_the_number_cites() -> None:
    # "blocks UVA": the acronym is the verb's object, not a document in a series.
    assert link_trailing_citations("It shows how well it blocks UVA 4.", {1, 2, 3}) == (
        "It shows how well it blocks UVA [4]."
    )
    # After a function word or another name the list still decides: "the JNC 8", "LIBERTY AD 2".
    assert link_trailing_citations("It follows the JNC 8.", {1, 2, 3}) == "It follows the JNC 8."
    assert link_trailing_citations("It was LIBERTY AD 5.", {1, 2, 3}) == "It was LIBERTY AD 5."


def test_ages_after_a_determiner_is_complete_and_bare_ages_keeps_its_number() -> None:
    assert link_trailing_citations("It helped at all ages 1.", LISTED) == "It helped at all ages [1]."
    assert link_trailing_citations("It is licensed from ages 6.", LISTED) == (
        "It is licensed from ages 6."
    )


def test_without_a_reference_list_ambiguous_numbers_stay_text() -> None:
    assert link_trailing_citations("The study followed 271.", ()) == "The study followed 271."
    assert link_trailing_citations("Treatment is shared with the team 2.", ()) == (
        "Treatment is shared with the team [2]."
    )


def test_zero_is_never_a_citation() -> None:
    assert not is_citation("The rate of relapses was low in people treated", [0], LISTED)


_NOUNS = st.sampled_from(["adults", "treatment", "cohort", "guideline", "risk", "women", "diet"])
_OPENERS = st.sampled_from(["a", "the", "each", "every", "one", "this"])
_ADJECTIVES = st.lists(st.sampled_from(["large", "multicentre", "recent", "daily"]), max_size=2)
_FUNCTION = st.sampled_from(["to", "of", "in", "than", "at", "from", "was", "and", "about"])
_LABELS = st.sampled_from(["week", "phase", "type", "stage", "grade", "day", "visit", "cycle"])
_NUMBER = st.integers(min_value=1, max_value=7)


@given(opener=_OPENERS, adjectives=_ADJECTIVES, noun=_NOUNS, number=_NUMBER)
def test_a_listed_number_after_a_complete_noun_phrase_cites(opener, adjectives, noun, number):
    head = " ".join(["Benefit was seen in", opener, *adjectives, noun])
    assert link_trailing_citations(f"{head} {number}.", LISTED) == f"{head} [{number}]."


@given(word=_FUNCTION, number=_NUMBER)
def test_a_number_after_a_function_word_belongs_to_the_sentence(word, number):
    text = f"The effect rose {word} {number}."
    assert link_trailing_citations(text, LISTED) == text


@given(label=_LABELS, number=_NUMBER)
def test_a_bare_numbering_noun_keeps_its_number(label, number):
    text = f"The change was seen at {label} {number}."
    assert link_trailing_citations(text, LISTED) == text
    cited = f"The change was seen within a {label} {number}."
    assert (
        link_trailing_citations(cited, LISTED)
        == f"The change was seen within a {label} [{number}]."
    )


@given(st.text(alphabet="ab 12,.\n", max_size=40))
def test_linking_only_brackets_numbers_and_is_idempotent(text):
    once = link_trailing_citations(text, LISTED)
    assert link_trailing_citations(once, LISTED) == once
    assert "".join(ch for ch in once if ch not in "[]").replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plural noun is never labelled by a number: the number cites.
        (
            "Protection was greatest in those with detectable drug levels 1.",
            "Protection was greatest in those with detectable drug levels [1].",
        ),
        ("Falls were fewer in care homes 6.", "Falls were fewer in care homes [6]."),
        ("Doses are lowered slowly over weeks 4.", "Doses are lowered slowly over weeks [4]."),
        # A numbering noun with an adjective before it reads complete.
        (
            "It affects 1 in 10 women of reproductive age 1.",
            "It affects 1 in 10 women of reproductive age [1].",
        ),
        (
            "Most relapses happen in the first year 3.",
            "Most relapses happen in the first year [3].",
        ),
        # A classifier after a noun keeps its label.
        ("Some had diabetes type 2.", "Some had diabetes type 2."),
        ("It is not advised from CKD stage 4.", "It is not advised from CKD stage 4."),
        # A noun of time, age or amount after a noun: the list decides.
        ("Treatment depends on drug level 2", "Treatment depends on drug level [2]"),
        ("Benefit was larger in children of school age 9.", None),
        # A passive takes no object.
        (
            "Routine imaging is not recommended 4.",
            "Routine imaging is not recommended [4].",
        ),
        ("Treatment is usually advised 9.", "Treatment is usually advised [9]."),
    ],
)
def test_trailing_numbers_by_structure(text: str, expected: str | None) -> None:
    result = link_trailing_citations(text, LISTED)
    assert result == (text if expected is None else expected)


def test_a_label_the_page_uses_elsewhere_stays_a_label() -> None:
    page = "Most trials give level 1 evidence. The advice is graded as evidence level 1."
    labels = label_uses(page)
    assert ("level", 1) in labels
    sentence = "The advice is graded as evidence level 1."
    assert link_trailing_citations(sentence, LISTED, labels) == sentence
    assert link_trailing_citations(sentence, LISTED) == "The advice is graded as evidence level [1]."


def test_a_citation_is_not_taken_for_a_label_use() -> None:
    # "level 1." ends its sentence: it is no evidence of "level 1" as a label.
    assert ("level", 1) not in label_uses("Protection needed a drug level 1. Then it rose.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle after a pronoun object ends a phrasal verb: the sentence is complete.
        (
            "Repeated injections may have sped it up 2.",
            "Repeated injections may have sped it up [2].",
        ),
        ("Most people give them away 3.", "Most people give them away [3]."),
        # A preposition standing alone as an adverb: the list decides.
        (
            "It is advised for people who have had dengue before 1.",
            "It is advised for people who have had dengue before [1].",
        ),
        ("Take the tablet before 9.", "Take the tablet before 9."),
        ("Take it with food, not before 2.", "Take it with food, not before 2."),
        # Adverbs without -ly between "be" and the -ed form still make a passive.
        ("It is generally well tolerated 4.", "It is generally well tolerated [4]."),
        ("The drug is very well absorbed 9.", "The drug is very well absorbed [9]."),
        # A number that is the preposition's object stays: "up to 2", "over 3".
        ("Doses can go up to 2.", "Doses can go up to 2."),
        ("It works best shortly after 6.", "It works best shortly after 6."),
    ],
)
def test_particles_adverbs_and_passives(text: str, expected: str) -> None:
    assert link_trailing_citations(text, LISTED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A demonstrative as a preposition's object is a pronoun: the phrase is complete,
        # listed or not (an unlisted number is then an unresolved citation).
        ("Screening rates have fallen below this 3.", "Screening rates have fallen below this [3]."),
        ("Symptoms ease soon after that 9.", "Symptoms ease soon after that [9]."),
        # "most" standing alone after a verb: the list decides; a limit keeps its number.
        ("Older patients gained most 4.", "Older patients gained most [4]."),
        ("Older patients gained most 9.", "Older patients gained most 9."),
        ("Take at most 2.", "Take at most 2."),
        ("Give it for at least 3.", "Give it for at least 3."),
        # A numbering noun after a time unit's "of" ends a fixed phrase.
        ("Solids start at about six months of age 5.", "Solids start at about six months of age [5]."),
        ("It is safe from age 5.", "It is safe from age 5."),
        # A newsletter's or a journal's number labels it.
        ("Welcome to Issue 7", "Welcome to Issue 7"),
        ("See volume 2.", "See volume 2."),
    ],
)
def test_pronouns_limits_fixed_phrases_and_issue_numbers(text: str, expected: str) -> None:
    assert link_trailing_citations(text, LISTED) == expected


def test_the_last_group_of_a_phone_number_or_a_code_is_not_a_citation() -> None:
    assert link_trailing_citations("Ring the clinic on 0161 496 0123.", {1, 2, 3}) == (
        "Ring the clinic on 0161 496 0123."
    )
    assert link_trailing_citations("Text the helpline on 85258 2.", {1, 2, 3}) == (
        "Text the helpline on 85258 [2]."
    )
    assert link_trailing_citations("Dial 0300 123 1.", {1, 2, 3}) == "Dial 0300 123 1."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of calling takes the number as its object.
        ("In an emergency, call 999.", "In an emergency, call 999."),
        ("To cancel, text STOP or press 2.", "To cancel, text STOP or press 2."),
        # So does a service it names by its acronym: "ring NHS 111", "text SHOUT 3".
        ("Out of hours, ring NHS 111.", "Out of hours, ring NHS 111."),
        ("For support, text SHOUT 3.", "For support, text SHOUT 3."),
        # A capitalised name in a series keeps its number unless the list has it.
        ("Clinics are held in Room 4, Block 9.", "Clinics are held in Room 4, Block 9."),
        ("The clinic is on Floor 12.", "The clinic is on Floor 12."),
        ("Funding came from Wellcome 3.", "Funding came from Wellcome [3]."),
        # "to" whose verb is left out ends the clause: the number cites.
        ("Keep eating small meals if you are able to 2.", "Keep eating small meals if you are able to [2]."),
        ("The dose rose to 2.", "The dose rose to 2."),
        # So does an auxiliary whose verb is left out after "as" or "than" and its subject.
        ("Swelling fades as the bruise does 2.", "Swelling fades as the bruise does [2]."),
        ("Pain eased sooner than it did 3.", "Pain eased sooner than it did [3]."),
        ("The limit was set as high as it is 2.", "The limit was set as high as it is [2]."),
        ("The usual dose is 2.", "The usual dose is 2."),
    ],
)
def test_numbers_after_a_calling_verb_a_name_in_a_series_or_an_elided_to(
    text: str, expected: str
) -> None:
    assert link_trailing_citations(text, LISTED) == expected
