"""Full-text search behind one function: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    column,
    literal_column,
    select,
    table,
    text,
)
from sqlmodel import Session, col

from db.driver import driver_rows
from db.tables import Article

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 12
# Matches from which a search counts as common (SQLite): FTS5 stops counting there.
COMMON_MATCHES = 2_000
# Articles a first page on PostgreSQL looks through (four pages) in display order before it asks the index (first_matches).
WALK = 400


def search_tokens(query: str) -> list[str]:
    """The words of a search box entry; operators and punctuation are not syntax here."""
    return _TOKEN_RE.findall(query.lower())[:MAX_TOKENS]


def _fts5_query(tokens: list[str]) -> str:
    # Each word quoted (so no FTS5 syntax can be injected) and matched as a prefix.
    return " ".join('"' + t.replace('"', "") + '"*' for t in tokens)


def _tsquery(tokens: list[str]) -> str:
    return " & ".join(t + ":*" for t in tokens)


_FTS = table("article_fts", column("rowid", Integer))
_SEARCH = table("article_search", column("article_id", Integer))


def join_matching(statement: Select, session: Session | Connection, query: str) -> Select:
    """The statement restricted to the articles whose title or body match (unchanged for an empty query).

    On SQLite a search matching fewer than ``COMMON_MATCHES`` articles is
    restricted to the ids that counting them found (the full-text query runs
    once): few rows to read by id and sort. A common one (a word in most of a large library) is a test against the set of
    matches instead (``+ 0`` keeps SQLite from driving the query by that set),
    so an ordered statement walks its sort column's index and stops at its
    LIMIT: the first page of "lupus" among 100,000 articles without reading
    and sorting all 96,000 matches first.
    """
    tokens = search_tokens(query)
    if not tokens:
        return statement
    if session.get_bind().dialect.name == "sqlite":
        match = text("article_fts MATCH :q").bindparams(q=_fts5_query(tokens))
        found = _few_matches(session, match)
        if found is not None:
            return statement.where(col(Article.id).in_(found))
        return statement.where((col(Article.id) + literal_column("0")).in_(select(_FTS.c.rowid).where(match)))
    return statement.join(_SEARCH, _SEARCH.c.article_id == Article.id).where(
        text("article_search.document @@ to_tsquery('english', :q)").bindparams(q=_tsquery(tokens))
    )


def first_matches(session: Session | Connection, ids: list[int], query: str, limit: int) -> list[int] | None:
    """The first ``limit`` of ``ids`` (in that order) that match on PostgreSQL; None when fewer of them do.

    A common search's first page, found among the first articles in display order
    (a look-up of each one's document by id): the planner's join is led by its
    estimate of the matches, which for prefixes of two words is a few dozen where
    93,000 of 100,000 articles match, and read and sorted every match (0.4 s).
    None: the search is not that common; the join then reads its few matches.
    """
    tokens = search_tokens(query)
    if not ids or not tokens:
        return None
    matched = {row[0] for row in driver_rows(session, select(_SEARCH.c.article_id).where(
        _SEARCH.c.article_id.in_(ids),
        text("article_search.document @@ to_tsquery('english', :q)").bindparams(q=_tsquery(tokens)),
    )) or ()}
    first = [i for i in ids if i in matched][:limit]
    return first if len(first) == limit else None


def _few_matches(session: Session | Connection, match) -> list[int] | None:  # type: ignore[no-untyped-def]
    """The ids that match when they are fewer than COMMON_MATCHES; None for a common search.

    Read no further than that: under a millisecond for a word in every article.
    """
    found = driver_rows(session, select(_FTS.c.rowid).where(match).limit(COMMON_MATCHES)) or []
    return [row[0] for row in found] if len(found) < COMMON_MATCHES else None


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
