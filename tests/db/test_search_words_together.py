"""Completed words and a word being typed that are common together are one query on SQLite, with the same answer.

``db.search.join_matching`` asks ``article_terms`` once for all the words of a
search when their stems match together in many articles (one complement of them
all, rather than one per word, each of which read the list of every article).
Each search here is answered both ways (the joint test, and the per-word plan it
replaces, forced by turning the joint test off) and must give the same ids in the
same order, the same first page, page and count, for common and rare words,
prefixes, punctuation and accents, in several orders and beside a status filter.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlmodel import Session

import db.search
from db.search import join_matching
from db.tables import Article
from tests.db.search_drafts import search_drafts
from workstation.facade import Workstation

# lupus in about nine articles of ten, "stem cell" in seven, remission in one of two,
# scleroderma in three, "Sjögren's" in five; the last word of each is being typed.
QUERIES = ("lupus stem", "stem cell", "stem c", "STEM, cel", "lupus remission", "lupus remissi", "stem rem",
           "scleroderma lup", "sjogren's lupus", "Sjögren lu", "lupus zzz", "l s", "lupus cell!", "stem cell ")
ORDERS = (("title", False), ("title", True), ("updated", True), ("findings", False), ("due_date", False))


@pytest.fixture
def library(ws: Workstation, monkeypatch: pytest.MonkeyPatch) -> Workstation:
    ws.library.import_drafts(drafts=search_drafts(80, seed=11, sjogren_every=16))
    monkeypatch.setattr(db.search, "COMMON_MATCHES", 10)  # common at this size as at 100,000 articles
    return ws


def _answers(ws: Workstation, query: str) -> list:
    """Everything the library shows of a search: its lists, first pages, pages and counts."""
    status = ws.library.list_articles(limit=1)[0].status
    found: list = [ws.library.count_articles(search=query), ws.library.count_articles(search=query, status=status)]
    for sort, descending in ORDERS:
        first = ws.library.library_first_page(search=query, sort=sort, descending=descending, rows=7)
        found += [
            ws.library.article_ids(search=query, sort=sort, descending=descending),
            ws.library.article_ids(search=query, sort=sort, descending=descending, status=status),
            (first.ids, first.complete, sorted(first.rows)),
            [r.id for r in ws.library.list_articles(search=query, sort=sort, descending=descending, offset=3,
                                                    limit=5)],
        ]
    return found


def test_words_asked_together_give_the_per_word_answer(library: Workstation,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    together = {query: _answers(library, query) for query in QUERIES}
    monkeypatch.setattr(db.search, "_together_on_terms", lambda session, tokens: None)
    for query in QUERIES:
        assert together[query] == _answers(library, query), query
    assert len(together["stem cell"][2]) > 40 and together["scleroderma lup"][0] == 3  # the mix meant
    assert together["lupus remissi"][0] > 30  # "remissi" is a typed word as written, longer than its stem
    assert together["lupus zzz"][0] == 0


def _sql(ws: Workstation, query: str) -> str:
    with Session(ws.engine) as session:
        statement = join_matching(select(Article.id), session, query)
        return str(statement.compile(dialect=ws.engine.dialect, compile_kwargs={"literal_binds": True}))


def test_common_words_read_the_list_of_every_article_once(library: Workstation) -> None:
    if library.engine.dialect.name != "sqlite":
        pytest.skip("the plans are SQLite's")
    for query in ("stem cell", "lupus stem", "l s"):  # common together: one complement of all the words
        sql = _sql(library, query)
        assert sql.count("every : x NOT") == 1 and sql.count(" MATCH ") == 1, query
    assert "NOT IN" not in _sql(library, "stem rem")  # common together, not in most: one set of matches
    assert _sql(library, "stem rem").count(" MATCH ") == 1
    assert "article_words" in _sql(library, "lupus remissi")  # the typed word as written: word by word

