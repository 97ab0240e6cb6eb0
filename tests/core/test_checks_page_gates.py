"""The cheap tests that spare the checks work where nothing can match: each lets through a
text just past it, so what the checks find is what they found without it.

A sentence whose only capital is its first letter names no journal, organisation or trial by
its shape; a string absent from a whole page is absent from each of its sentences; a word
without white space occurs only inside one of a text's words.
"""

from __future__ import annotations

import random
import re

import pytest

from tests.core.checks_support import codes, run
from tests.core.test_checks_corpus import ARTICLES
from workstation.checks.named_sources import named_sources, organisation_years
from workstation.checks.open_promises import cues_in, open_promises
from workstation.checks.promotional import CODE as PROMOTIONAL
from workstation.checks.promotional import _PageTests, hype_terms
from workstation.checks.sources import attributed_names, may_name_by_shape
from workstation.checks.uncited_markers import markers_for, uncited_marker
from workstation.checks.vocabulary import _TOKEN_RE, _places, tokens, vocabulary
from workstation.importers import read_article
from workstation.prefilter import _split_alternation, branches, occurring
from workstation.structure import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A1 study found less pain.", "A1"),  # an acronym's digit after the first capital
        ("results were published in Nature.", "Nature"),  # one capital, not the first letter
    ],
)
def test_a_sentence_with_one_capital_past_its_start_still_names_its_source(text: str, name: str) -> None:
    assert may_name_by_shape(text)
    assert attributed_names(text) == [name]


@pytest.mark.parametrize("text", ["in monarchE, fewer relapses occurred.", "monarchE showed fewer relapses."])
def test_a_trial_named_by_one_inner_capital_is_still_found(text: str) -> None:
    assert [n.name for n in named_sources(text)] == ["monarchE"]


def test_a_sentence_whose_only_capital_starts_it_is_passed_over() -> None:
    assert not may_name_by_shape("Patients treatment therapy clinical study trial outcomes 3, 5.")
    assert not attributed_names("Patients published in nature found less pain.")


def test_a_name_in_capitals_of_a_name_matched_in_any_case_is_found() -> None:
    text = "results in the NEW ENGLAND JOURNAL OF MEDICINE showed"
    assert [m.text for m in vocabulary().mentions(text)] == ["NEW ENGLAND JOURNAL OF MEDICINE"]


def test_strings_are_found_where_they_occur_with_and_without_white_space() -> None:
    rng = random.Random(5)
    words = ["while", "you", "sleep", "of", "any", "best", "ever", "ll", "#1", "times", "faster", "ab"]
    strings = ("while you sleep", "of any", "ll ever", "best", "#1", "b", "es fa", "le y", "ab\nx")
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        assert occurring(strings, text) == {s for s in strings if s in text}, text


def test_strings_holding_one_another_and_a_few_strings_are_found_where_they_occur() -> None:
    # a string holding another found absent is not looked for; a few are looked for in the text itself
    rng = random.Random(9)
    words = ["best", "bestie", "selling", "bestselling", "sell", "your", "you", "  ", "\n", "x.y"]
    strings = ("best", "bestie", "bestsell", "sell", "selling", "es", "you r", "your", "bestie you", "", "x.y", " ")
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 10)))
        for chosen in (strings, strings[:3], strings[4:6], strings[8:], strings[1:2] * 2):
            assert occurring(chosen, text) == {s for s in chosen if s in text}, (text, chosen)


HYPE_PAGE = """Our shop sells tea.

It gives the smoothest shave of any app.

This is the smartest purchase you will ever make.

It burns calories while you sleep.

Patients rested well.
"""


def test_hype_found_only_by_a_phrase_of_several_words_is_still_flagged_on_a_page() -> None:
    found = [f.excerpt for f in codes(run(HYPE_PAGE), PROMOTIONAL)]
    assert found == [
        "It gives the smoothest shave of any app.",
        "This is the smartest purchase you will ever make.",
        "It burns calories while you sleep.",
    ]


def test_hype_in_the_title_or_a_heading_is_tested_with_the_page() -> None:
    body = "## A miracle cure\n\nPatients rested well.\n"
    found = codes(run(body, title="The fastest-acting collagen"), PROMOTIONAL)
    assert [f.excerpt for f in found] == ["A miracle cure", "The fastest-acting collagen"]


def test_a_pattern_narrowed_to_a_page_narrows_each_of_its_parts_as_before() -> None:
    pattern = re.compile(r"\bbest\s+(?:in|on)\s+town|#\s?1(?!\d)|while\s+you\s+sleep|risk[- ]free", re.IGNORECASE)
    parts = ["The BEST in town.", "Our #1 pick.", "Burns fat while you sleep.", "Nothing here.", "Risk-free."]
    whole = branches(pattern)
    page = whole.within("\n".join(parts), "\n".join(p.lower() for p in parts))
    for part in parts:
        assert page.pattern_for(part, part.lower()) == whole.pattern_for(part, part.lower()), part
    assert page.pattern_for("Nothing here.", "nothing here.") is None


def test_an_alternation_is_split_past_escapes_and_classes_holding_bars_and_brackets() -> None:
    assert _split_alternation(r"x(?:a|[|)]b)y") == ("x(?:", ["a", "[|)]b"], ")y")
    assert _split_alternation(r"a\|b|[]|]c") == ("", ["a\\|b", "[]|]c"], "")
    assert _split_alternation(r"(?:a|[b)") is None  # a class left open


def test_a_one_word_name_is_found_with_its_capital_and_not_without() -> None:
    assert [m.text for m in vocabulary().mentions("Results published in Cell showed it.")] == ["Cell"]
    assert vocabulary().mentions("each cell showed it.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A study in Neurology showed less pain.", "Neurology"),
        ("A review in the journal Gut found less pain.", "Gut"),
        ("A review in the Lancet\tfound less pain.", "Lancet"),
    ],
)
def test_a_journal_after_a_study_noun_and_in_is_still_found(text: str, name: str) -> None:
    assert attributed_names(text) == [name]


@pytest.mark.parametrize(
    "text", ["The ESC concluded in 2022 that statins help.", "The ESC concluded IN 2022 that statins help."]
)
def test_the_year_an_organisation_spoke_in_is_still_read(text: str) -> None:
    assert organisation_years(text, named_sources(text)) == [2022]


def _pages() -> list[list[str]]:
    """The sentence texts of every tuning article of the checks corpus, a list per article (the
    parts not yet measured stay unread)."""
    pages = []
    for path in ARTICLES:
        draft = read_article(path)
        pages.append([draft.title, *(s.text for s in analyze(draft.body).sentences)])
    return pages


def test_a_page_reads_each_of_its_sentences_as_the_sentence_alone_does() -> None:
    for texts in _pages():
        page_markers = markers_for(texts)
        hype = _PageTests.of(texts)
        for text in texts:
            assert uncited_marker(text, page_markers) == uncited_marker(text), text
            assert hype_terms(text, hype) == hype_terms(text), text
            low = text.lower()
            spans = [m.span() for m in open_promises(text, low)]
            assert [m.span() for m in open_promises(text, low, hype.promise_cues)] == spans, text


def test_a_pages_promise_cues_are_those_it_holds_and_its_promises_are_still_found() -> None:
    texts = ["Our clinic is the best.", "The cleanest water in the world, for good."]
    page = _PageTests.of(texts)
    assert page.promise_cues is not None and "forever" not in page.promise_cues
    assert {"world", "for good", "cleanest"} <= set(page.promise_cues)
    assert [m.group(0) for m in open_promises(texts[1], texts[1].lower(), page.promise_cues)] == [
        m.group(0) for m in open_promises(texts[1], texts[1].lower())
    ]
    # a text read with the page's tests but not part of it (the sentence below a heading) is
    # given its cues by ``also``
    below = "Your pain will be gone forever."
    assert "forever" in _PageTests.of(texts, also=[below]).promise_cues
    assert open_promises(below, below.lower(), _PageTests.of(texts, also=[below]).promise_cues)
    assert cues_in("\n".join(t.lower() for t in texts)) == page.promise_cues



def test_the_places_of_a_sentences_words_are_where_the_word_pattern_finds_them() -> None:
    rng = random.Random(3)
    alphabet = "abcXYZ019 -.,\u00e9\u2019\u212a"
    texts = ["STEP1 and the SURMOUNT-1 trial", "the The tHe", *(
        "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(2000)
    )]
    for text in texts:
        assert _places(text, _TOKEN_RE.findall(text)) == [(start, end) for _, start, end in tokens(text)], text
