"""An import's write transaction runs as many statements for many articles as for a few.

Each table's rows of a batch go in with one executemany, the articles' and revisions'
included (their ids are taken up front under the write lock, in the order the table's own
numbering would give them), so the statements sent to the database, each a round trip on
PostgreSQL and a pass through SQLAlchemy on both, do not grow with the articles stored.
"""

from __future__ import annotations

import re

from sqlalchemy import event, select

from db.tables import Article, Revision
from tests.conftest import SEEDS
from workstation.importers import read_article
from workstation.model import ArticleDraft


def _drafts(count: int, tag: str) -> list[ArticleDraft]:
    seed = read_article(sorted(SEEDS.glob("*.txt"))[0])
    return [ArticleDraft(title=f"{seed.title} ({tag} {n})", body=seed.body, audience=seed.audience,
                         last_updated=seed.last_updated, references=seed.references) for n in range(count)]


def _statements_storing(ws, drafts: list[ArticleDraft]) -> list[str]:  # type: ignore[no-untyped-def]
    ran: list[str] = []

    def remember(_conn, _cursor, statement, _parameters, _context, _many):  # type: ignore[no-untyped-def]
        ran.append(re.sub(r"IN \((?:[^()]|\([^()]*\))*\)", "IN (...)", statement))  # a list of keys, as long as the batch

    event.listen(ws.engine, "before_cursor_execute", remember)
    try:
        report = ws.library.import_drafts(drafts=drafts)
    finally:
        event.remove(ws.engine, "before_cursor_execute", remember)
    assert len(report.imported) == len(drafts)
    return ran


def test_a_batch_of_many_articles_runs_the_statements_of_a_batch_of_one(ws) -> None:  # type: ignore[no-untyped-def]
    ws.library.import_drafts(drafts=_drafts(1, "first"))  # the trail's head is recorded once, at its first event
    one = _statements_storing(ws, _drafts(1, "one"))
    eight = _statements_storing(ws, _drafts(8, "eight"))  # the first write transaction's size
    assert sorted(eight) == sorted(one)


def test_the_ids_are_the_ones_the_tables_would_give(ws) -> None:  # type: ignore[no-untyped-def]
    """In order, one past the last on SQLite, the sequence's next on PostgreSQL: the same as an insert's own."""
    first = ws.library.import_drafts(drafts=_drafts(3, "first")).ids
    assert first == (1, 2, 3)
    with ws._read() as session:
        revisions = session.execute(select(Revision.id, Revision.article_id).order_by(Revision.id)).all()
        articles = session.execute(select(Article.id, Article.current_revision_id, Article.version,
                                          Article.claims_reviewed, Article.assigned_reviewer_name)).all()
    assert [tuple(r) for r in revisions] == [(1, 1), (2, 2), (3, 3)]
    assert [tuple(a) for a in articles] == [(1, 1, 1, 0, ""), (2, 2, 1, 0, ""), (3, 3, 1, 0, "")]
    assert ws.library.import_drafts(drafts=_drafts(2, "then")).ids == (4, 5)
