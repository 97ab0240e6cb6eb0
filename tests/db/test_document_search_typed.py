"""The word still being typed in a search of attached documents matches every page with a word it begins.

As for articles (tests/db/test_search_typed.py): the page index stems words, so
"remissi" (on the way to "remission", stored as "remiss") found no page. Every
prefix of several words is searched on both backends and compared with the pages
whose stored text has a word beginning with it, found by plain Python, together
with those the stems match as before; completed words match their stemmed forms.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import text

from db.document_search import search_pages
from db.engine import create_db_engine, database_url
from db.migrate import head_revision, migrate
from db.search import _fts5_query, _tsquery
from tests.db.typed_words import FILLER, KIN, WORDS, prefixes, starting_with, words_of
from tests.documents import write_article
from tests.review_helpers import REVIEWER, add_team
from workstation.facade import Workstation

PAGES = 40


def _pages() -> str:
    rng = random.Random(17)
    pages = []
    for _ in range(PAGES):
        words = [rng.choice(FILLER) for _ in range(10)] + rng.sample(WORDS + KIN, rng.randrange(0, 5))
        rng.shuffle(words)
        pages.append(" ".join(words).capitalize() + ".")
    return "\f".join(pages)


@pytest.fixture
def documents(ws: Workstation, tmp_path: Path) -> Workstation:
    add_team(ws)
    report = ws.library.import_files(paths=[write_article(tmp_path)], user="admin")
    source = tmp_path / "pages.txt"
    source.write_text(_pages(), encoding="utf-8")
    ws.review.attach_document(article_id=report.imported[0].id, number=1, path=source, user=REVIEWER)
    return ws


def _stored_pages(ws: Workstation, pages: int = PAGES) -> dict[tuple[int, int], set[str]]:
    """(document id, page) -> the page's words, from the document's text and page spans as stored."""
    with ws.engine.connect() as connection:
        (document_id,) = connection.execute(text("SELECT id FROM reference_document")).scalars()
    view = ws.review.reference_document(article_id=1, number=1)
    assert view is not None and len(view.page_spans) == pages
    return {(document_id, n): words_of(view.text[s:e]) for n, (s, e) in enumerate(view.page_spans, 1)}


def _stemmed(ws: Workstation, query: str) -> set[tuple[int, int]]:
    """The pages every word matches as a prefix of a stem: the search before the words as written."""
    tokens = query.lower().split()
    with ws.engine.connect() as connection:
        if ws.engine.dialect.name == "sqlite":
            rows = connection.execute(text("SELECT document_id, page FROM reference_page_fts "
                                           "WHERE reference_page_fts MATCH :q"), {"q": _fts5_query(tokens)})
        else:
            rows = connection.execute(text("SELECT document_id, page FROM reference_page_search "
                                           "WHERE document @@ to_tsquery('english', :q)"), {"q": _tsquery(tokens)})
        return {(int(d), int(p)) for d, p in rows}


def _found(ws: Workstation, query: str) -> set[tuple[int, int]]:
    with ws.engine.connect() as connection:
        hits = search_pages(connection, query, limit=PAGES * 2)
    assert len(hits) == len({(h.document_id, h.page) for h in hits}), query  # a page once
    return {(h.document_id, h.page) for h in hits}


def test_every_prefix_of_a_word_finds_the_pages_with_words_it_begins(documents: Workstation) -> None:
    stored = _stored_pages(documents)
    assert starting_with(stored, "remiss") != starting_with(stored, "remissi")  # "remiss" alone is there
    for prefix in prefixes():
        expected = starting_with(stored, prefix) | _stemmed(documents, prefix)
        assert expected, prefix
        assert _found(documents, prefix) == expected, prefix
        assert _found(documents, prefix.upper()) == expected, prefix
    # the facade's search of documents reports the same pages
    hits = documents.review.search_documents(query="remissi", limit=PAGES)
    assert {h.page for h in hits} == {page for _, page in starting_with(stored, "remissi")}


def test_completed_words_match_their_stems_and_the_last_one_typed_also_as_written(documents: Workstation) -> None:
    stored = _stored_pages(documents)
    studies = _stemmed(documents, "studies")
    assert studies > starting_with(stored, "studies")  # "study", "studied" through the stem "studi"
    assert _found(documents, "studies ") == studies == _found(documents, "Studies.")
    remission = _stemmed(documents, "remission")
    assert remission >= starting_with(stored, "remission")
    for typed in ("h", "hyperte", "hypertensi", "c", "childr", "vaccinati"):
        expected = remission & (starting_with(stored, typed) | _stemmed(documents, typed))
        assert _found(documents, f"remission {typed}") == expected, typed
    assert _found(documents, "remission hypertensi") != set()


def test_the_migration_indexes_the_words_of_attached_documents(documents: Workstation, db_url: str) -> None:
    documents.close()
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, "0016", down=True)
        migrate(engine, head_revision())
    finally:
        engine.dispose()
    with Workstation.open(db_url) as reopened:
        stored = _stored_pages(reopened)
        for prefix in ("remissi", "vaccinati", "childre", "hypertensi"):
            assert _found(reopened, prefix) == starting_with(stored, prefix) | _stemmed(reopened, prefix), prefix


def test_a_document_attached_again_forgets_the_words_of_the_one_it_replaced(
        documents: Workstation, tmp_path: Path) -> None:
    assert _found(documents, "remissi")
    source = tmp_path / "again.txt"
    source.write_text("Zebrafish models of kidney injury.\fHopi communities were asked.\fPatients hoping for relief.",
                      encoding="utf-8")
    documents.review.attach_document(article_id=1, number=1, path=source, user=REVIEWER)
    assert _found(documents, "remissi") == set() == _found(documents, "remission")
    (document,) = {key[0] for key in _stored_pages(documents, pages=3)}
    assert _found(documents, "zebrafi") == {(document, 1)} == _found(documents, "kidney injur")
    # "hopi" begins the stem "hopi" (page 2) and the word "hoping", whose stem is "hope" (page 3):
    # the stems' pages come first, and the page holds what they leave room for
    assert _found(documents, "hopi") == {(document, 2), (document, 3)}
    with documents.engine.connect() as connection:
        assert [h.page for h in search_pages(connection, "hopi", limit=2)] == [2, 3]
        assert [h.page for h in search_pages(connection, "hopi", limit=1)] == [2]
        assert [h.page for h in search_pages(connection, "communities hopi", limit=2)] == [2]
