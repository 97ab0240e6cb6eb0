"""Every way a search is run gives the answer of the plain query, on SQLite and PostgreSQL.

On SQLite ``db.search.join_matching`` chooses between reading the few matches,
testing each article against the set of matches, and testing it against the set
of articles that do not match (a word in most articles), all on ``article_terms``,
a second index kept beside ``article_fts``. Each plan is forced in turn here and
its lists, first pages and counts compared with the plain join on ``article_fts``
(on PostgreSQL, on ``article_search``) for common, rare, prefix, several-word and
quoted searches, in three orders.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlmodel import Session

import db.search
from db.engine import create_db_engine, database_url
from db.migrate import head_revision, migrate
from db.search import join_matching, search_tokens
from db.tables import Article
from tests.db.search_drafts import search_drafts
from tests.people import ensure_admin
from workstation.facade import Workstation

# lupus in about nine articles of ten, remission in half, scleroderma in three,
# "Sjögren" (an accent folded away) in five.
QUERIES = ("lupus", "LUPUS!", "lup", "l", "remission", "remis", "scleroderma", "sjogren", "Sjögren's",
           "stem cell", '"stem cell"', "stem c", "lupus remission", "Article 1", "zzz-not-found")
ORDERS = (("title", False), ("title", True), ("updated", True))
PLANS = {  # (COMMON_MATCHES, MOSTLY) that force each plan; "natural" leaves the choice to the estimate
    "few": (10**9, db.search.MOSTLY),
    "set": (1, 10**9),
    "complement": (1, 0.0),
    "natural": (10, db.search.MOSTLY),
}


@pytest.fixture
def library(ws: Workstation) -> Workstation:
    ws.library.import_drafts(drafts=search_drafts(60, seed=5, sjogren_every=12))
    return ws


def plain(ws: Workstation, query: str, sort: str = "title", descending: bool = False) -> list[int]:
    """The matching ids in display order by the obvious join on the backend's main search index."""
    tokens = search_tokens(query)
    column = {"title": "title", "updated": "updated_at"}[sort]
    order = "DESC" if descending else "ASC"
    with ws.engine.connect() as connection:
        if ws.engine.dialect.name == "sqlite":
            sql = ("SELECT a.id FROM article a JOIN article_fts f ON f.rowid = a.id WHERE article_fts MATCH :q "
                   f"ORDER BY a.{column} {order}, a.id {order}")
            q = " ".join(f'"{t}"*' for t in tokens)
        else:
            sql = ("SELECT a.id FROM article a JOIN article_search s ON s.article_id = a.id "
                   f"WHERE s.document @@ to_tsquery('english', :q) ORDER BY a.{column} {order}, a.id {order}")
            q = " & ".join(t + ":*" for t in tokens)
        return [row[0] for row in connection.execute(text(sql), {"q": q})]


def force(monkeypatch: pytest.MonkeyPatch, plan: str) -> None:
    common, mostly = PLANS[plan]
    monkeypatch.setattr(db.search, "COMMON_MATCHES", common)
    monkeypatch.setattr(db.search, "MOSTLY", mostly)


def assert_like_plain(ws: Workstation, query: str) -> None:
    for sort, descending in ORDERS:
        expected = plain(ws, query, sort, descending)
        where = f"{query!r} by {sort} {'descending' if descending else 'ascending'}"
        assert ws.library.article_ids(search=query, sort=sort, descending=descending) == expected, where
        first = ws.library.library_first_page(search=query, sort=sort, descending=descending, rows=7)
        assert first.ids == expected[:7] and first.complete == (len(expected) <= 7), where
        assert set(first.rows) == set(first.ids), where
        listed = ws.library.list_articles(search=query, sort=sort, descending=descending, offset=3, limit=5)
        assert [r.id for r in listed] == expected[3:8], where
    assert ws.library.count_articles(search=query) == len(plain(ws, query)), query


@pytest.mark.parametrize("plan", list(PLANS))
def test_each_plan_gives_the_plain_answer(library: Workstation, plan: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(plain(library, "lupus")) > 45 and len(plain(library, "scleroderma")) == 3  # the mix meant
    assert len(plain(library, "Sjögren")) == 5 and plain(library, "zzz-not-found") == []
    force(monkeypatch, plan)
    for query in QUERIES:
        assert_like_plain(library, query)
    # A filter beside the search: the plan's test is one condition among others.
    status = library.library.list_articles(limit=1)[0].status
    filtered = [r.id for r in library.library.list_articles(search="lupus", status=status, sort="title")]
    assert filtered and filtered == [r.id for r in library.library.list_articles(status=status, sort="title")
                                     if r.id in set(plain(library, "lupus"))]


def _plan(ws: Workstation, query: str) -> str:
    with Session(ws.engine) as session:
        sql = str(join_matching(select(Article.id), session, query).compile(dialect=ws.engine.dialect))
    return "complement" if "NOT IN" in sql else "set" if " MATCH " in sql else "few"


def test_the_estimate_chooses_by_how_common_the_search_is(library: Workstation,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    if library.engine.dialect.name != "sqlite":
        pytest.skip("the plans are SQLite's")
    monkeypatch.setattr(db.search, "COMMON_MATCHES", 10)
    assert _plan(library, "lupus") == "complement"  # nine in ten
    assert _plan(library, "stem") == "complement"  # seven in ten
    assert _plan(library, "remission") == "set"  # one in two: no fewer that do not match
    assert _plan(library, "scleroderma") == "few"


def _vocabulary(ws: Workstation, table: str) -> list[tuple]:
    """(word, articles with it) over the index, by FTS5's own vocabulary table."""
    with ws.engine.begin() as connection:
        connection.execute(text(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_v USING fts5vocab(main, {table}, 'row')"))
        return list(connection.execute(text(f"SELECT term, doc FROM temp.{table}_v")))


def assert_indexes_in_step(ws: Workstation) -> None:
    terms = _vocabulary(ws, "article_terms")
    assert terms and [t for t in terms if t[0] != "x"] == _vocabulary(ws, "article_fts")
    with ws.engine.connect() as connection:
        every = connection.execute(text("SELECT count(*) FROM article_terms WHERE article_terms MATCH 'every : x'"))
        assert every.scalar_one() == connection.execute(text("SELECT count(*) FROM article")).scalar_one()


def test_a_new_revision_leaves_both_indexes_in_step(library: Workstation, monkeypatch: pytest.MonkeyPatch) -> None:
    if library.engine.dialect.name != "sqlite":
        pytest.skip("article_terms is SQLite's")
    user = ensure_admin(library)
    lupus = plain(library, "lupus")
    library.review.save_revision(article_id=lupus[0], body="Zebrafish fins regrow.\n", title="Fins", user=user)
    assert_indexes_in_step(library)
    for plan in PLANS:
        force(monkeypatch, plan)
        assert library.library.article_ids(search="lupus", sort="title", descending=False) == plain(library, "lupus")
        assert sorted(plain(library, "lupus")) == sorted(lupus[1:])
        assert library.library.article_ids(search="zebrafish") == [lupus[0]] == plain(library, "zebra")
        assert library.library.article_ids(search="fins") == [lupus[0]]


def test_the_migration_builds_the_index_of_an_existing_library(library: Workstation, db_url: str) -> None:
    if library.engine.dialect.name != "sqlite":
        pytest.skip("article_terms is SQLite's")
    library.close()
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, "0014", down=True)
        with engine.connect() as connection:
            assert not connection.execute(text("SELECT name FROM sqlite_master WHERE name = 'article_terms'")).all()
        migrate(engine, head_revision())
    finally:
        engine.dispose()
    with Workstation.open(db_url) as reopened:
        assert_indexes_in_step(reopened)
        for query in ("lupus", "stem cell", "scleroderma"):
            assert reopened.library.article_ids(search=query, sort="title", descending=False) == plain(reopened, query)
