"""Full-text search behind one function: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import (
    Connection,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    intersect,
    literal_column,
    or_,
    select,
    table,
    text,
    union,
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


def _typed_split(query: str) -> tuple[list[str], str | None]:
    """The completed words and the word still being typed (None after a space or a mark).

    The index stems words ("remission" is stored as "remiss"), so a word being typed
    is matched as a prefix of the stems as before ("studies" finds "study") and also of
    the words as written (``article_words``, ``words``): "remissi", longer than the
    stem "remiss", finds "remission". Completed words match their stemmed forms only.
    """
    lowered = query.lower()
    found = list(_TOKEN_RE.finditer(lowered))
    tokens = [m.group() for m in found[:MAX_TOKENS]]
    if tokens and len(found) <= MAX_TOKENS and found[-1].end() == len(lowered):
        return tokens[:-1], tokens[-1]
    return tokens, None


def _fts5_query(tokens: list[str]) -> str:
    # Each word quoted (so no FTS5 syntax can be injected) and matched as a prefix.
    return " ".join('"' + t.replace('"', "") + '"*' for t in tokens)


def _tsquery(tokens: list[str]) -> str:
    return " & ".join(t + ":*" for t in tokens)


# A tsvector table's stemmed ``document`` and its ``words`` as written (article_search, reference_page_search).
_PG_MATCH = {"english": "{table}.document @@ to_tsquery('english', :q)",
             "simple": "{table}.words @@ to_tsquery('simple', :w)"}
_SEARCH = table("article_search", column("article_id", Integer))
# Above this share of the articles a search is matched by its complement (SQLite): the
# articles that do not match are the fewer.
MOSTLY = 0.5


def join_matching(statement: Select, session: Session | Connection, query: str) -> Select:
    """The statement restricted to the articles whose title or body match (unchanged for an empty query).

    On SQLite (``article_terms``, the words without their positions) the first
    ``COMMON_MATCHES`` matches, read in id order, say which of three plans
    (ids are given in order from 1, so the last one read tells how many
    articles those matches were found among, an estimate that only chooses
    the plan):

    - fewer than that: the statement reads those ids and sorts them;
    - a word in most articles (more than ``MOSTLY`` of those up to the last
      id read): a test against the articles that do *not* match (``every : x
      NOT ...``: 3,600 of 100,000 for "lupus" rather than its 96,000), so an
      ordered statement walks its sort column's index and stops at its LIMIT
      after a set a thirtieth the size was built;
    - in between: a test against the set of matches.

    ``+ 0`` keeps SQLite from driving the query by that set. Every article is
    indexed in the transaction that writes it (``index_articles``), which the
    complement relies on: an article missing from the index would match.
    """
    completed, typing = _typed_split(query)
    if not completed and typing is None:
        return statement
    if session.get_bind().dialect.name == "sqlite":
        if completed and typing is not None:
            together = _together_on_terms(session, completed + [typing])
            if together is not None:
                return statement.where(together)
        words = [[("article_terms", completed)]] if completed else []
        if typing is not None:  # its stems as before, or a word it begins as written
            words.append([("article_terms", [typing]), ("article_words", [typing])])
        few: set[int] | None = None
        tests = []
        for alternatives in words:
            found = _sqlite_matching(session, alternatives)
            if isinstance(found, set):  # few matches: one list of ids, however many words
                few = found if few is None else few & found
            else:
                tests.append(found)
        if few is not None:
            tests.append(col(Article.id).in_(sorted(few)))
        return statement.where(and_(*tests))
    return statement.join(_SEARCH, _SEARCH.c.article_id == Article.id).where(_pg_match(completed, typing))


def _pg_match(completed: list[str], typing: str | None, table: str = "article_search"):  # type: ignore[no-untyped-def]
    """Completed words against the stemmed document; the word being typed against it or the words as written."""
    def stems(tokens: list[str]):  # type: ignore[no-untyped-def]  # unique: asked twice with a word being typed
        return text(_PG_MATCH["english"].format(table=table)).bindparams(
            bindparam("q", _tsquery(tokens), unique=True))

    tests = [stems(completed)] if completed else []
    if typing is not None:
        tests.append(or_(stems([typing]), text(_PG_MATCH["simple"].format(table=table)).bindparams(
            w=_tsquery([typing]))))
    return and_(*tests)


def _terms_match(index: str, fts5_query: str):  # type: ignore[no-untyped-def]
    # unique: one statement may test the same index twice (a completed word and one being typed)
    return text(f"{index} MATCH :{index}").bindparams(bindparam(index, fts5_query, unique=True))


def _together_on_terms(session: Session | Connection, tokens: list[str]):  # type: ignore[no-untyped-def]
    """One test for completed words and a word being typed that are common together; None otherwise.

    When the words' stems match together in ``COMMON_MATCHES`` articles, each of
    them does on its own, so the per-word plan would ask ``article_terms`` alone
    for each (a common stem covers the words it begins) and need every one of
    them: the same articles as one query of all the words. One complement then
    reads the ``every`` list once, not once per word: 5.7 ms against 8–15 ms for
    the first page of "stem cell" at 100,000 articles. Else (None) the words are
    planned one by one, where the word being typed may also match as written.
    """
    terms = table("article_terms", column("rowid", Integer)).c.rowid
    words = "{title body} : (" + _fts5_query(tokens) + ")"
    rows = driver_rows(session, select(terms).where(_terms_match("article_terms", words)).limit(COMMON_MATCHES)) or []
    if len(rows) < COMMON_MATCHES:
        return None
    walked = col(Article.id) + literal_column("0")
    if MOSTLY * rows[-1][0] < COMMON_MATCHES:  # most ids up to the last read match
        return walked.not_in(select(terms).where(_terms_match("article_terms", "every : x NOT " + words)))
    return walked.in_(select(terms).where(_terms_match("article_terms", words)))


def _sqlite_matching(session: Session | Connection, alternatives: list[tuple[str, list[str]]]):  # type: ignore[no-untyped-def]
    """The articles matching any of ``alternatives`` (an index and its words), by the plan their count suggests.

    The alternatives after the first are a fallback for the words it misses: when the
    first matches commonly they are not asked (a common stem already covers the words
    the typed letters begin, and a second index would double a common search's cost).

    A set of ids when they are few; else a test of ``article.id``: against the
    articles that match none of them (their complements intersected, less the few
    matches of any alternative that has few), or against the union of their matches.
    A test of its own per alternative, joined by OR, would make SQLite walk the sort
    index past every row for a rare word.
    """
    tables = {index: table(index, column("rowid", Integer)).c.rowid for index, _ in alternatives}
    queries, found = [], []
    for index, tokens in alternatives:
        words = "{title body} : (" + _fts5_query(tokens) + ")"
        queries.append((index, words))
        found.append(driver_rows(
            session, select(tables[index]).where(_terms_match(index, words)).limit(COMMON_MATCHES)) or [])
        if len(found[-1]) == COMMON_MATCHES:
            break  # a common match of the first: the others, a fallback for what it misses, are not asked
    if all(len(rows) < COMMON_MATCHES for rows in found):
        return {row[0] for rows in found for row in rows}
    walked = col(Article.id) + literal_column("0")
    common = [(q, rows) for q, rows in zip(queries, found, strict=True) if len(rows) == COMMON_MATCHES]
    if any(MOSTLY * rows[-1][0] < COMMON_MATCHES for _, rows in common):  # most ids up to the last read match
        rare = [row[0] for rows in found if len(rows) < COMMON_MATCHES for row in rows]
        complements = [select(tables[index]).where(_terms_match(index, "every : x NOT " + words))
                       for (index, words), _ in common]
        if rare:
            complements[0] = complements[0].where(tables[common[0][0][0]].not_in(rare))
        return walked.not_in(complements[0] if len(complements) == 1 else intersect(*complements))
    matches = [select(tables[index]).where(_terms_match(index, words)) for index, words in queries]
    return walked.in_(matches[0] if len(matches) == 1 else union(*matches))


def first_matches(session: Session | Connection, ids: list[int], query: str, limit: int) -> list[int] | None:
    """The first ``limit`` of ``ids`` (in that order) that match on PostgreSQL; None when fewer of them do.

    A common search's first page, found among the first articles in display order
    (a look-up of each one's document by id): the planner's join is led by its
    estimate of the matches, which for prefixes of two words is a few dozen where
    93,000 of 100,000 articles match, and read and sorted every match (0.4 s).
    None: the search is not that common; the join then reads its few matches.
    """
    completed, typing = _typed_split(query)
    if not ids or (not completed and typing is None):
        return None
    matched = {row[0] for row in driver_rows(session, select(_SEARCH.c.article_id).where(
        _SEARCH.c.article_id.in_(ids), _pg_match(completed, typing),
    )) or ()}
    first = [i for i in ids if i in matched][:limit]
    return first if len(first) == limit else None


def index_articles(connection: Connection, rows: Iterable[tuple[int, str, str]]) -> None:
    """(Re)index (article id, title, body) rows in the same transaction as the write."""
    rows = list(rows)
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        unindex_articles(connection, [r[0] for r in rows])
        # straight through the driver: an import indexes thousands of long bodies
        connection.exec_driver_sql("INSERT INTO article_fts(rowid, title, body) VALUES (?, ?, ?)", rows)
        for index in _INDEXES:
            connection.exec_driver_sql(f"INSERT INTO {index}(rowid, title, body, every) VALUES (?, ?, ?, 'x')", rows)
    else:
        connection.execute(
            text(
                "INSERT INTO article_search(article_id, document, words) VALUES "
                "(:id, setweight(to_tsvector('english', :title), 'A') || "
                "to_tsvector('english', :body), to_tsvector('simple', :title || ' ' || :body)) "
                "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document, words = EXCLUDED.words"
            ),
            [{"id": i, "title": t, "body": b} for i, t, b in rows],
        )


def unindex_articles(connection: Connection, ids: Iterable[int]) -> None:
    """Take these articles out of the search index (those not in it are left alone).

    On SQLite ``article_terms`` keeps no text of its own: a row is taken out
    by giving it the words it was indexed with, which ``article_fts`` holds.
    """
    ids = list(ids)
    if connection.dialect.name != "sqlite":
        connection.execute(text("DELETE FROM article_search WHERE article_id = :id"), [{"id": i} for i in ids])
        return
    for start in range(0, len(ids), _IDS_AT_ONCE):
        some = ids[start:start + _IDS_AT_ONCE]
        indexed = connection.execute(
            text("SELECT rowid, title, body FROM article_fts WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)), {"ids": some}).all()
        if indexed:
            for index in _INDEXES:
                connection.execute(
                    text(f"INSERT INTO {index}({index}, rowid, title, body, every) "
                         "VALUES ('delete', :id, :title, :body, 'x')"),
                    [{"id": i, "title": t, "body": b} for i, t, b in indexed],
                )
            connection.execute(text("DELETE FROM article_fts WHERE rowid = :id"), [{"id": r[0]} for r in indexed])


# The contentless indexes kept beside article_fts on SQLite: stemmed, and the words as written.
_INDEXES = ("article_terms", "article_words")
_IDS_AT_ONCE = 500  # ids a look-up in the index binds at once (SQLite allows 32,766 parameters)
