"""The word still being typed in a search matches every article with a word that starts with it.

The index stems words ("remission" is stored as "remiss", "studies" as "studi"), so
matching the typed letters only as a prefix of the stems found nothing for "remissi".
Here every prefix of several words is searched, under each SQLite plan and on
PostgreSQL, and compared with the articles whose stored title or body has a word
beginning with it, found by plain Python, together with those the stems match as
before ("studies" still finds "study" while it is being typed); completed words
(followed by a space) match their stemmed variants only.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from sqlalchemy import text

from db.engine import create_db_engine, database_url
from db.migrate import head_revision, migrate
from tests.db.test_search_plans import PLANS, force, plain
from tests.db.typed_words import FILLER, KIN, WORDS, prefixes, starting_with, words_of
from workstation.facade import Workstation
from workstation.model import ArticleDraft


def _drafts(count: int = 48) -> list[ArticleDraft]:
    rng = random.Random(16)
    drafts = []
    for n in range(count):
        words = [rng.choice(FILLER) for _ in range(8)] + rng.sample(WORDS + KIN, rng.randrange(0, 5))
        rng.shuffle(words)
        title = f"Article {n}: " + " ".join(rng.sample(FILLER + list(KIN), 2))
        drafts.append(ArticleDraft(title=title, body="## Summary\n\n" + " ".join(words) + ".\n",
                                   last_updated=date(2025, 1 + n % 12, 1 + n % 28)))
    return drafts


@pytest.fixture
def library(ws: Workstation) -> Workstation:
    ws.library.import_drafts(drafts=_drafts())
    return ws


def _stored_words(ws: Workstation) -> dict[int, set[str]]:
    """Each article's words, from the title and the body of its current revision as stored."""
    with ws.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT a.id, a.title, r.body FROM article a JOIN revision r ON r.id = a.current_revision_id"))
        return {i: words_of(f"{t} {b}") for i, t, b in rows}


def _typed(ws: Workstation, words: dict[int, set[str]], prefix: str) -> set[int]:
    """What a word being typed matches: the words it begins, and the stems it begins as before."""
    return starting_with(words, prefix) | set(plain(ws, prefix))


@pytest.mark.parametrize("plan", list(PLANS))
def test_every_prefix_of_a_word_matches_the_words_it_begins(
        library: Workstation, plan: str, monkeypatch: pytest.MonkeyPatch) -> None:
    stored = _stored_words(library)
    assert starting_with(stored, "remiss") != starting_with(stored, "remissi")  # "remiss" alone is there
    assert starting_with(stored, "studi") != starting_with(stored, "stud")  # and "study"
    force(monkeypatch, plan)
    for prefix in prefixes():
        expected = _typed(library, stored, prefix)
        assert expected >= starting_with(stored, prefix) and expected, prefix
        assert set(library.library.article_ids(search=prefix)) == expected, prefix
        assert library.library.count_articles(search=prefix.upper()) == len(expected), prefix
        first = library.library.library_first_page(search=prefix, sort="title", rows=5)
        assert set(first.ids) <= expected and len(first.ids) == min(5, len(expected)), prefix


def test_completed_words_match_their_stemmed_variants(library: Workstation) -> None:
    stored = _stored_words(library)
    studies = set(plain(library, "studies"))
    # "studies" stemmed is "studi": study, studied, and as a prefix studio too
    assert studies == starting_with(stored, "studi") | {i for i, found in stored.items() if "study" in found}
    assert studies > starting_with(stored, "studies")
    assert set(library.library.article_ids(search="studies ")) == studies
    assert set(library.library.article_ids(search="Studies.")) == studies
    # Being typed, "studies" finds what it found before (its stem) and the words it begins.
    assert set(library.library.article_ids(search="studies")) == studies
    # and "remissi", longer than the stem "remiss", finds "remission" (before: nothing)
    assert set(library.library.article_ids(search="remissi")) == starting_with(stored, "remissi") != set()
    # A completed word and one being typed: each matched its own way.
    remission = set(plain(library, "remission"))
    assert remission >= starting_with(stored, "remission")
    for typed in ("h", "hyperte", "hypertensi", "c", "childr"):
        expected = remission & _typed(library, stored, typed)
        assert set(library.library.article_ids(search=f"remission {typed}")) == expected, typed


def test_the_migration_indexes_the_words_of_an_existing_library(library: Workstation, db_url: str) -> None:
    library.close()
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, "0015", down=True)
        migrate(engine, head_revision())
    finally:
        engine.dispose()
    with Workstation.open(db_url) as reopened:
        stored = _stored_words(reopened)
        for prefix in ("remissi", "vaccinati", "childre", "studie"):
            assert set(reopened.library.article_ids(search=prefix)) == _typed(reopened, stored, prefix), prefix
