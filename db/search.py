"""Full-text search behind one function: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, Integer, column, text
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col

from db.tables import Article

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 12


def search_tokens(query: str) -> list[str]:
    """The words of a search box entry; operators and punctuation are not syntax here."""
    return _TOKEN_RE.findall(query.lower())[:MAX_TOKENS]


def _fts5_query(tokens: list[str]) -> str:
    # Each word quoted (so no FTS5 syntax can be injected) and matched as a prefix.
    return " ".join('"' + t.replace('"', "") + '"*' for t in tokens)


def _tsquery(tokens: list[str]) -> str:
    return " & ".join(t + ":*" for t in tokens)


def matching_article_filter(session: Session | Connection, query: str) -> ColumnElement[bool] | None:
    """A WHERE clause selecting the articles whose title or body match; None for an empty query."""
    tokens = search_tokens(query)
    if not tokens:
        return None
    if session.get_bind().dialect.name == "sqlite":
        sub = text("SELECT rowid AS id FROM article_fts WHERE article_fts MATCH :q").bindparams(
            q=_fts5_query(tokens)
        )
    else:
        sub = text(
            "SELECT article_id AS id FROM article_search "
            "WHERE document @@ to_tsquery('english', :q)"
        ).bindparams(q=_tsquery(tokens))
    return col(Article.id).in_(sub.columns(column("id", Integer)))


def index_articles(connection: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """(Re)index (article id, title, body) rows in the same transaction as the write."""
    rows = list(rows)
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        connection.execute(
            text("DELETE FROM article_fts WHERE rowid = :id"), [{"id": r[0]} for r in rows]
        )
        connection.execute(
            text("INSERT INTO article_fts(rowid, title, body) VALUES (:id, :title, :body)"),
            [{"id": i, "title": t, "body": b} for i, t, b in rows],
        )
    else:
        connection.execute(
            text(
                "INSERT INTO article_search(article_id, document) VALUES "
                "(:id, setweight(to_tsvector('english', :title), 'A') || "
                "to_tsvector('english', :body)) "
                "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document"
            ),
            [{"id": i, "title": t, "body": b} for i, t, b in rows],
        )


def unindex_articles(connection: Connection, ids: Iterable[int]) -> None:
    table, key = (
        ("article_fts", "rowid") if connection.dialect.name == "sqlite" else ("article_search", "article_id")
    )
    connection.execute(text(f"DELETE FROM {table} WHERE {key} = :id"), [{"id": i} for i in ids])
