"""A database from before the checks ran at store time: checked once when opened, never by a read.

Its never-checked revisions have no findings and no ``checks.revision.<id>`` mark. Opening
it (``Workstation.open``) checks those of articles not yet Approved, once; an Approved
article keeps what its approval was signed over (no findings) and its workspace says it
was not checked. Reading an article's workspace writes nothing, checked or not.
"""

from __future__ import annotations

from sqlalchemy import Engine, delete, event, func, select, update
from sqlmodel import SQLModel

from db.tables import Article, AuditEvent, Finding, Meta
from tests.people import sign_in
from tests.review_helpers import APPROVER, REVIEWER, add_team, approve
from workstation.facade import Workstation
from workstation.stored_checks import CHECKED_AT_STORE, checked_key

WRITES = ("INSERT", "UPDATE", "DELETE")


def as_if_never_checked(ws: Workstation, *article_ids: int) -> None:
    """The articles' current revisions as a database written before checks ran at store time holds them."""
    revisions = [ws.library.get_article(article_id=a).revision_id for a in article_ids]
    with ws._write() as session:
        session.execute(delete(Finding).where(Finding.revision_id.in_(revisions)))  # type: ignore[attr-defined]
        session.execute(delete(Meta).where(Meta.key.in_([CHECKED_AT_STORE, *map(checked_key, revisions)])))  # type: ignore[attr-defined]
        session.execute(update(Article).where(Article.id.in_(article_ids)).values(open_findings=0))  # type: ignore[union-attr]


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


def check_runs(ws: Workstation, article_id: int) -> int:
    with ws.engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "checks.run", AuditEvent.article_id == article_id)).scalar_one()


def test_reading_the_workspace_writes_nothing_even_for_a_revision_never_checked(seeded: Workstation) -> None:
    add_team(seeded)
    as_if_never_checked(seeded, 1)
    before = row_counts(seeded.engine)
    statements: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(seeded.engine, "before_cursor_execute", seen)
    try:
        unchecked = seeded.library.article_workspace(article_id=1, user=REVIEWER)
        checked = seeded.library.article_workspace(article_id=2, user=REVIEWER)
    finally:
        event.remove(seeded.engine, "before_cursor_execute", seen)
    assert statements and not [s for s in statements if s.lstrip().upper().startswith(WRITES)]
    assert row_counts(seeded.engine) == before
    assert not unchecked.checked and unchecked.findings == () and not unchecked.detail.summary.checked
    assert checked.checked and checked.findings == tuple(seeded.review.findings(article_id=2))


def test_opening_an_old_database_checks_its_unapproved_articles_once(seeded: Workstation) -> None:
    expected = {a: seeded.review.findings(article_id=a) for a in (1, 2)}
    assert expected[1]  # seed 000 has findings, so "checked" is not "empty" by accident
    as_if_never_checked(seeded, 1, 2)
    assert not seeded.library.article_workspace(article_id=1).checked
    runs = {a: check_runs(seeded, a) for a in (1, 2)}
    with Workstation.open(seeded.url) as reopened:
        for article_id in (1, 2):
            workspace = reopened.library.article_workspace(article_id=article_id)
            assert workspace.checked
            assert [(f.code, f.excerpt) for f in workspace.findings] == [(f.code, f.excerpt) for f in expected[article_id]]
            summary = reopened.library.article_summaries(ids=[article_id])[article_id]
            assert summary.checked and summary.findings == sum(not f.dismissed for f in workspace.findings)
            assert check_runs(reopened, article_id) == runs[article_id] + 1
    with Workstation.open(seeded.url) as again:  # the scan ran: later opens skip it
        with again._read() as session:
            assert session.get(Meta, CHECKED_AT_STORE) is not None
        assert [check_runs(again, a) for a in (1, 2)] == [runs[1] + 1, runs[2] + 1]


def test_an_approved_article_never_checked_is_not_checked_behind_the_signers_back(seeded: Workstation) -> None:
    add_team(seeded)
    approve(seeded, 3)
    as_if_never_checked(seeded, 3)
    runs = check_runs(seeded, 3)
    with Workstation.open(seeded.url) as reopened:
        workspace = reopened.library.article_workspace(article_id=3, user=APPROVER)
        assert workspace.detail.summary.status == "Approved"
        assert not workspace.checked and workspace.findings == ()
        summary = reopened.library.article_summaries(ids=[3])[3]
        assert summary.findings == 0 and not summary.checked  # the library's count says "not checked", not 0
        assert check_runs(reopened, 3) == runs
        reopened.library.article_workspace(article_id=3)  # reading it again changes nothing either
        assert check_runs(reopened, 3) == runs
        # someone who asks for the checks gets them, audited, and the workspace then says so
        sign_in(reopened, REVIEWER).review.run_checks(article_id=3, user=REVIEWER)
        assert reopened.library.article_workspace(article_id=3).checked
        assert reopened.library.article_summaries(ids=[3])[3].checked
        assert check_runs(reopened, 3) == runs + 1
