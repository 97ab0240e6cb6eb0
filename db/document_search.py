"""Full-text search over the pages of attached reference documents: FTS5 on SQLite, tsvector on PostgreSQL.

The same shape as :mod:`db.search` (article search): words of a search box,
each matched as a prefix, no query syntax passed through. Completed words match
their stemmed forms; the word still being typed also matches the words it begins
as written ("remissi" finds "remission", whose stem is "remiss"): on SQLite
through ``reference_page_words`` (unstemmed, contentless, same row ids as
``reference_page_fts``), on PostgreSQL through the ``words`` column of
``reference_page_search`` (migration 0017).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, bindparam, column, func, literal_column, select, table, text

from db.search import _fts5_query, _pg_match, _tsquery, _typed_split


@dataclass(frozen=True)
class PageHit:
    document_id: int
    page: int  # 1-based
    rank: float  # higher is better


def index_pages(connection: Connection, document_id: int, pages: Sequence[str]) -> None:
    """(Re)index a document's pages in the same transaction as the write that stored it."""
    unindex_document(connection, document_id)
    rows = [{"id": document_id, "page": n, "body": body} for n, body in enumerate(pages, 1) if body.strip()]
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(
            text("INSERT INTO reference_page_fts(body, document_id, page) VALUES (:body, :id, :page)"), rows
        )
        connection.execute(text("INSERT INTO reference_page_words(rowid, body) "
                                "SELECT rowid, body FROM reference_page_fts WHERE document_id = :id"),
                           {"id": document_id})
    else:
        connection.execute(
            text("INSERT INTO reference_page_search(document_id, page, document, words) "
                 "VALUES (:id, :page, to_tsvector('english', :body), to_tsvector('simple', :body))"),
            rows,
        )


def unindex_document(connection: Connection, document_id: int) -> None:
    if connection.dialect.name != "sqlite":
        connection.execute(text("DELETE FROM reference_page_search WHERE document_id = :id"), {"id": document_id})
        return
    # The contentless index forgets a row when given the words it was indexed with.
    connection.execute(text(
        "INSERT INTO reference_page_words(reference_page_words, rowid, body) "
        "SELECT 'delete', rowid, body FROM reference_page_fts WHERE document_id = :id"), {"id": document_id})
    connection.execute(text("DELETE FROM reference_page_fts WHERE document_id = :id"), {"id": document_id})


def search_pages(connection: Connection, query: str, *, limit: int = 50) -> list[PageHit]:
    """The pages whose text has every word of ``query`` (the last one, being typed, as a prefix of a stem
    or of a word as written), best first."""
    completed, typing = _typed_split(query)
    if not completed and typing is None:
        return []
    if connection.dialect.name == "sqlite":
        return _sqlite_pages(connection, completed, typing, limit)
    tokens = completed + ([typing] if typing is not None else [])
    pages = table("reference_page_search", column("document_id"), column("page"), column("document"),
                  column("words"))
    rank = func.ts_rank(pages.c.document, func.to_tsquery(literal_column("'english'::regconfig"), _tsquery(tokens)))
    if typing is not None:
        rank = rank + func.ts_rank(pages.c.words, func.to_tsquery(literal_column("'simple'::regconfig"),
                                                                   _tsquery([typing])))
    rows = connection.execute(
        select(pages.c.document_id, pages.c.page, rank)
        .where(_pg_match(completed, typing, "reference_page_search"))
        .order_by(rank.desc(), pages.c.document_id, pages.c.page).limit(limit)
    )
    return [PageHit(int(d), int(p), float(r)) for d, p, r in rows]


def _sqlite_pages(connection: Connection, completed: list[str], typing: str | None, limit: int) -> list[PageHit]:
    """The pages the stems match (every word as a prefix of a stem), best first as before; when they are
    fewer than ``limit``, then those where the word being typed begins a word as written (and the
    completed words match their stems), best first by that index's bm25.

    A word being typed seldom begins a word whose stem it does not begin ("remissi" and "remiss"), so
    a common search fills its page from the stems alone, at what it cost before.
    """
    tokens = completed + ([typing] if typing is not None else [])
    found = connection.execute(text(
        "SELECT rowid, document_id, page, -bm25(reference_page_fts) FROM reference_page_fts "
        "WHERE reference_page_fts MATCH :q ORDER BY rank, rowid LIMIT :n"), {"q": _fts5_query(tokens), "n": limit}
    ).all()
    hits = [PageHit(int(d), int(p), float(r)) for _, d, p, r in found]
    if typing is None or len(found) >= limit:
        return hits
    # MATERIALIZED: bm25() works only in the statement that matches, and a join led by an FTS5
    # table would ask the other index again for every row
    done = ("done AS MATERIALIZED (SELECT rowid AS row FROM reference_page_fts "
            "WHERE reference_page_fts MATCH :completed), " if completed else "")
    rows = connection.execute(text(
        "WITH " + done + "typed AS MATERIALIZED (SELECT rowid AS row, -bm25(reference_page_words) AS score "
        "FROM reference_page_words WHERE reference_page_words MATCH :typed) "
        "SELECT f.document_id, f.page, t.score FROM (SELECT row, score FROM typed WHERE row NOT IN :found"
        + (" AND row IN (SELECT row FROM done)" if completed else "") +
        " ORDER BY score DESC, row LIMIT :n) AS t JOIN reference_page_fts AS f ON f.rowid = t.row "
        "ORDER BY t.score DESC, t.row"
    ).bindparams(bindparam("found", expanding=True)), {
        "typed": _fts5_query([typing]), "found": [r[0] for r in found], "n": limit - len(found),
        **({"completed": _fts5_query(completed)} if completed else {})})
    return hits + [PageHit(int(d), int(p), float(r)) for d, p, r in rows]
