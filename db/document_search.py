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

from sqlalchemy import Connection, column, func, literal_column, select, table, text

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
    tokens = completed + ([typing] if typing is not None else [])
    if connection.dialect.name == "sqlite":
        return _sqlite_pages(connection, completed, typing, limit)
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
    """Pages the stems match (every word as a prefix of a stem, as before), and those where the word
    being typed begins a word as written while the completed words match their stems; each ranked by
    its own index's bm25, the better of the two when both match."""
    tokens = completed + ([typing] if typing is not None else [])
    parts = ["SELECT rowid AS row, document_id, page, -bm25(reference_page_fts) AS score "
             "FROM reference_page_fts WHERE reference_page_fts MATCH :stems"]
    params: dict[str, object] = {"stems": _fts5_query(tokens), "n": limit}
    if typing is not None:
        words = ("SELECT f.rowid, f.document_id, f.page, w.score FROM (SELECT rowid AS row, "
                 "-bm25(reference_page_words) AS score FROM reference_page_words WHERE reference_page_words "
                 "MATCH :typed) AS w JOIN reference_page_fts AS f ON f.rowid = w.row")
        params["typed"] = _fts5_query([typing])
        if completed:
            words += (" WHERE f.rowid IN (SELECT rowid FROM reference_page_fts "
                      "WHERE reference_page_fts MATCH :completed)")
            params["completed"] = _fts5_query(completed)
        parts.append(words)
    # MATERIALIZED: bm25() works only in the statement that matches, which flattening would undo
    rows = connection.execute(text(
        "WITH hits AS MATERIALIZED (" + " UNION ALL ".join(parts) + ") "
        "SELECT document_id, page, max(score) FROM hits GROUP BY row ORDER BY 3 DESC, 1, 2 LIMIT :n"), params)
    return [PageHit(int(d), int(p), float(r)) for d, p, r in rows]
