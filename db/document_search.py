"""Full-text search over the pages of attached reference documents: FTS5 on SQLite, tsvector on PostgreSQL.

The same shape as :mod:`db.search` (article search): words of a search box,
each matched as a prefix, no query syntax passed through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text

from db.search import _fts5_query, _tsquery, search_tokens


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
    else:
        connection.execute(
            text("INSERT INTO reference_page_search(document_id, page, document) "
                 "VALUES (:id, :page, to_tsvector('english', :body))"),
            rows,
        )


def unindex_document(connection: Connection, document_id: int) -> None:
    table = "reference_page_fts" if connection.dialect.name == "sqlite" else "reference_page_search"
    connection.execute(text(f"DELETE FROM {table} WHERE document_id = :id"), {"id": document_id})


def search_pages(connection: Connection, query: str, *, limit: int = 50) -> list[PageHit]:
    """The pages whose text has every word of ``query`` (as a word or a prefix), best first."""
    tokens = search_tokens(query)
    if not tokens:
        return []
    if connection.dialect.name == "sqlite":
        rows = connection.execute(text(
            "SELECT document_id, page, -bm25(reference_page_fts) FROM reference_page_fts "
            "WHERE reference_page_fts MATCH :q ORDER BY rank LIMIT :n"
        ), {"q": _fts5_query(tokens), "n": limit})
    else:
        rows = connection.execute(text(
            "SELECT document_id, page, ts_rank(document, q) FROM reference_page_search, "
            "to_tsquery('english', :q) AS q WHERE document @@ q ORDER BY 3 DESC, 1, 2 LIMIT :n"
        ), {"q": _tsquery(tokens), "n": limit})
    return [PageHit(int(d), int(p), float(r)) for d, p, r in rows]
