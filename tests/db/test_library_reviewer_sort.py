"""The library sorted by its Reviewer column: the name kept on the article, the same order on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import create_db_engine, database_url
from tests.conftest import SEEDS
from tests.db.test_migration_teamwork import migrate
from tests.people import add_person
from tests.review_helpers import APPROVER, add_team
from workstation.facade import Workstation
from workstation.model import ArticleDraft

# Byte order and a locale's order disagree on these (case, punctuation, accents): the list
# must follow the names as SQLite compares them, on PostgreSQL too.
ASSIGNED = {1: "Zoe", 2: "alb", 3: "alb", 5: "Émile"}
STARTER = "al_b"  # starts the review of article 4 and so becomes its reviewer
UNASSIGNED = (6, 7)


def _board(db: str) -> Workstation:
    ws = Workstation.open(db)
    assert not ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))).failed
    ws.library.import_drafts(drafts=[ArticleDraft(title=f"Unassigned {n}", body=f"## Summary\n\nText {n}.\n")
                                     for n in UNASSIGNED])
    add_team(ws)
    for name in {*ASSIGNED.values(), STARTER}:
        add_person(ws, name, "reviewer")
    for article_id, name in ASSIGNED.items():
        ws.workflow.assign(article_id=article_id, reviewer=name, user=APPROVER)
    ws.workflow.transition(article_id=4, to="under-review", user=STARTER)
    return ws


def _expected(descending: bool) -> list[int]:
    """The order a reader sees: by the shown name ('' when none, as the column shows it), ties by id."""
    names = {**dict.fromkeys(UNASSIGNED, ""), **ASSIGNED, 4: STARTER}
    return sorted(names, key=lambda i: (names[i].encode(), i), reverse=descending)


def _orders(ws: Workstation) -> dict[str, list[int]]:
    out = {}
    for descending in (False, True):
        listed = ws.library.article_ids(sort="assigned_reviewer", descending=descending)
        first = ws.library.library_first_page(sort="assigned_reviewer", descending=descending, rows=3)
        paged = ws.library.library_page(sort="assigned_reviewer", descending=descending)
        assert first.ids == listed[:3] and paged is not None and paged.ids == listed
        shown = [ws.library.article_summaries(ids=[i])[i].assigned_reviewer or "" for i in listed]
        out[f"{'descending' if descending else 'ascending'}"] = listed
        out[f"{'descending' if descending else 'ascending'} shown"] = shown  # type: ignore[assignment]
        out[f"first {descending}"] = first.ids
        out[f"status {descending}"] = ws.library.article_ids(status="Submitted", sort="assigned_reviewer",
                                                             descending=descending)
    return out


@pytest.mark.postgres
def test_both_backends_list_the_same_order_by_reviewer(tmp_path: Path, pg_url: str) -> None:
    orders = {}
    for db in (str(tmp_path / "review.db"), pg_url):
        with _board(db) as ws:
            orders[ws.engine.dialect.name] = _orders(ws)
    assert orders["sqlite"] == orders["postgresql"]
    sqlite = orders["sqlite"]
    assert sqlite["ascending"] == _expected(False) and sqlite["descending"] == _expected(True)
    assert sqlite["ascending"][:2] == list(UNASSIGNED)  # no reviewer first ascending, last descending
    assert sqlite["descending shown"] == sorted(sqlite["descending shown"], key=str.encode, reverse=True)


def test_the_sort_key_follows_assignment_and_start_of_review(db_url: str) -> None:
    with _board(db_url) as ws:
        assert ws.library.article_ids(sort="assigned_reviewer", descending=False) == _expected(False)
        ws.workflow.assign(article_id=1, reviewer="", user=APPROVER)  # cleared: sorts with the unassigned
        ws.workflow.assign(article_id=6, reviewer="alb", user=APPROVER)
        assert ws.library.article_ids(sort="assigned_reviewer", descending=False) == [1, 7, 4, 2, 3, 6, 5]


def test_the_migration_fills_the_name_of_reviewers_assigned_before_it(db_url: str) -> None:
    with _board(db_url) as ws:
        revisions = {a: ws.library.get_article(article_id=a).revision_id for a in ASSIGNED}
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, "0012", down=True)
        with engine.connect() as connection:
            columns = connection.execute(text("SELECT * FROM article LIMIT 0")).keys()
            assert "assigned_reviewer_name" not in columns
        migrate(engine, "0013")
        with engine.connect() as connection:
            names = dict(connection.execute(text("SELECT id, assigned_reviewer_name FROM article")).all())  # type: ignore[arg-type]
        assert names == {**dict.fromkeys(UNASSIGNED, ""), **ASSIGNED, 4: STARTER}
        migrate(engine, "0012", down=True)  # and back down: the column goes, every other row stays
        migrate(engine, "0013")
    finally:
        engine.dispose()
    with Workstation.open(db_url) as ws:
        assert ws.library.article_ids(sort="assigned_reviewer", descending=True) == _expected(True)
        assert {a: ws.library.get_article(article_id=a).revision_id for a in ASSIGNED} == revisions
        assert ws.library.get_article(article_id=1).claims and ws.review.findings(article_id=1)
