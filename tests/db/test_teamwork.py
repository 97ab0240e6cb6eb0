"""Assignment, the personal queue, notifications and edit leases, asserted on the database (both backends)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from db.tables import Article, AuditEvent, EditLease, Notification, User
from tests.conftest import seed_path
from tests.people import add_person
from tests.review_helpers import APPROVER, REVIEWER, add_team, approve
from workstation import leases
from workstation.errors import PermissionDenied, SignInRequired, ValidationError

FUTURE = (date.today() + timedelta(days=14)).isoformat()


@pytest.fixture
def team(seeded):  # type: ignore[no-untyped-def]
    add_team(seeded)
    add_person(seeded, "rita", "reviewer", display_name="Rita Lopez")
    add_person(seeded, "auth", "author")
    return seeded


def notes(ws, name: str) -> list[SimpleNamespace]:  # type: ignore[no-untyped-def]
    """The notification rows stored for ``name``, oldest first."""
    with ws._read() as session:
        uid = session.execute(select(User.id).where(User.name == name)).scalar_one()
        rows = session.execute(select(Notification).where(Notification.user_id == uid).order_by(Notification.id))
        return [SimpleNamespace(kind=n.kind, message=n.message, actor=n.actor, read_at=n.read_at) for n in rows.scalars()]


def test_assign_stores_audits_and_notifies(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    result = ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", approver="admin", due=FUTURE)
    assert result.as_json() == {"id": 2, "reviewer": "rita", "approver": "admin", "due": FUTURE}
    assert result.changes.workflow and result.changes.notifications and result.changes.articles == {2}
    with ws._read() as session:
        article = session.get(Article, 2)
        names = dict(session.execute(select(User.id, User.name)).all())
        assert (names[article.assigned_reviewer_id], names[article.assigned_approver_id]) == ("rita", "admin")
        assert article.due_date == date.fromisoformat(FUTURE)
        events = session.execute(select(AuditEvent.field, AuditEvent.old_value, AuditEvent.new_value, AuditEvent.actor)
                                 .where(AuditEvent.action == "assign")).all()
    assert {tuple(e) for e in events} == {
        ("reviewer", "", "rita", APPROVER), ("approver", "", "admin", APPROVER), ("due", "", FUTURE, APPROVER)}
    assert [n.kind for n in notes(ws, "rita")] == ["assigned"]
    assert "review" in notes(ws, "rita")[0].message and FUTURE in notes(ws, "rita")[0].message
    assert [n.kind for n in notes(ws, "admin")] == ["assigned"]
    # The same assignment again changes nothing and tells nobody twice.
    again = ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", approver="admin")
    assert not again.changes.event_ids and len(notes(ws, "rita")) == 1
    assert ws.audit.verify().ok


def test_assign_refusals_store_nothing(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    with pytest.raises(PermissionDenied, match="only approvers and admins"):
        ws.workflow.assign(article_id=2, user=REVIEWER, reviewer="rita")
    with pytest.raises(ValidationError, match="must be"):
        ws.workflow.assign(article_id=2, user=APPROVER, reviewer="auth")
    with pytest.raises(ValidationError, match="approver: rita is reviewer"):
        ws.workflow.assign(article_id=2, user=APPROVER, reviewer=REVIEWER, approver="rita")
    with pytest.raises(PermissionDenied, match="cannot also be the approver"):
        ws.workflow.assign(article_id=2, user="admin", reviewer=APPROVER, approver=APPROVER)
    with pytest.raises(ValidationError, match="in the past"):
        ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", due="2001-01-01")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", due="next week")
    with pytest.raises(SignInRequired):
        ws.workflow.assign(article_id=2, user="", reviewer="rita")
    with ws._read() as session:
        article = session.get(Article, 2)
        assert (article.assigned_reviewer_id, article.assigned_approver_id, article.due_date) == (None, None, None)
        assert not session.execute(select(AuditEvent).where(AuditEvent.action == "assign")).first()
    assert notes(ws, "rita") == []


def test_starting_a_review_keeps_the_assigned_reviewer(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita")
    ws.workflow.transition(article_id=2, to="Under Review", user=REVIEWER)
    assert ws.library.get_article(article_id=2).summary.assigned_reviewer == "rita"
    ws.workflow.transition(article_id=3, to="Under Review", user=REVIEWER)  # nobody assigned: the starter is
    assert ws.library.get_article(article_id=3).summary.assigned_reviewer == REVIEWER


def test_personal_filters_and_due_column(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", approver=APPROVER, due=FUTURE)
    ws.workflow.assign(article_id=4, user=APPROVER, reviewer="rita")
    ws.workflow.assign(article_id=5, user=APPROVER, reviewer=REVIEWER, approver=APPROVER)
    ws.workflow.transition(article_id=5, to="Under Review", user=REVIEWER)
    assert {r.id for r in ws.library.list_articles(status="assigned", user="rita")} == {2, 4}
    assert ws.library.count_articles(status="Assigned to me", user="rita") == 2
    assert ws.library.article_ids(status="assigned", user=REVIEWER) == [5]
    # Awaiting approval: under review with me as the approver (2 is still Submitted).
    assert [r.id for r in ws.library.list_articles(status="approval", user=APPROVER)] == [5]
    assert ws.library.library_page(status="approval", user="rita").ids == []
    with pytest.raises(ValidationError, match="own queue"):
        ws.library.list_articles(status="assigned")
    # Overdue: a due date that has passed on an article not yet approved.
    with ws._write() as session:
        session.execute(update(Article).where(Article.id == 4).values(due_date=date.today() - timedelta(days=1)))
    rows = ws.library.article_summaries(ids=[2, 4])
    assert (rows[2].due_date, rows[2].overdue) == (date.fromisoformat(FUTURE), False)
    assert rows[4].overdue and rows[4].as_json()["overdue"] is True
    assert ws.library.list_articles(sort="due_date", descending=False, limit=1)[0].id == 4


def test_workflow_and_mentions_notify(team, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ws = team
    report = ws.library.import_files(paths=[_copy(tmp_path, "000")], user="auth")
    aid = report.imported[0].id
    ws.workflow.transition(article_id=aid, to="Under Review", user=REVIEWER)
    ws.workflow.transition(article_id=aid, to="Submitted", user=REVIEWER, reason="cite the trial")
    changes = [n for n in notes(ws, "auth") if n.kind == "changes_requested"]
    assert len(changes) == 1 and "cite the trial" in changes[0].message and changes[0].actor == REVIEWER
    ws.review.add_comment(article_id=aid, body="@rita and @Dr. A. Approver, see this; @nobody too", user=REVIEWER)
    assert [n.kind for n in notes(ws, "rita")] == ["mention"]
    assert [n.kind for n in notes(ws, APPROVER)] == ["mention"]
    ws.review.add_comment(article_id=aid, body="note to self @rev", user=REVIEWER)  # nobody is told of their own words
    assert notes(ws, REVIEWER) == []
    approve(ws, aid)
    assert [n.kind for n in notes(ws, "auth")] == ["changes_requested", "approved"]


def test_due_reviews_are_announced_once(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    approve(ws, 3)
    ws.workflow.assign(article_id=3, user=APPROVER, reviewer="rita")
    assert not ws.notifications.notify_due_reviews().notifications  # not due yet
    with ws._write() as session:
        session.execute(update(Article).where(Article.id == 3).values(next_review=date.today()))
    assert ws.notifications.notify_due_reviews().notifications
    assert not ws.notifications.notify_due_reviews().notifications
    assert [n.kind for n in notes(ws, "rita")] == ["assigned", "due"]


def test_read_and_unread_are_per_user(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    ws.workflow.assign(article_id=2, user=APPROVER, reviewer="rita", approver="admin")
    ws.workflow.assign(article_id=3, user=APPROVER, reviewer="rita")
    assert ws.notifications.unread_count(user="rita") == 2 and ws.notifications.unread_count(user="admin") == 1
    newest = ws.notifications.for_user(user="rita")[0]
    assert newest.article_id == 3 and not newest.read
    assert ws.notifications.mark_read(user="rita", ids=[newest.id]).notifications
    assert ws.notifications.unread_count(user="rita") == 1 and ws.notifications.unread_count(user="admin") == 1
    assert [n.article_id for n in ws.notifications.for_user(user="rita", unread_only=True)] == [2]
    with pytest.raises(SignInRequired):
        ws.notifications.mark_read(user="")
    ws.notifications.mark_read(user="rita")
    assert ws.notifications.unread_count(user="rita") == 0 and ws.notifications.unread_count(user="admin") == 1
    assert not ws.notifications.mark_read(user="rita").notifications  # nothing left to mark


def test_edit_leases_show_who_edits_and_lapse(team) -> None:  # type: ignore[no-untyped-def]
    ws = team
    assert ws.review.begin_editing(article_id=1, user="rita").editing == {1}
    assert not ws.review.begin_editing(article_id=1, user="rita").editing  # a renewal is not news
    editors = ws.review.editors(article_id=1)
    assert [(e.name, e.display_name) for e in editors] == [("rita", "Rita Lopez")]
    assert editors[0].sentence().startswith("Rita Lopez is editing since ")
    # Two minutes without a renewal and the lease no longer counts.
    with ws._write() as session:
        session.execute(update(EditLease).values(renewed_at=datetime.now(UTC) - timedelta(seconds=leases.EXPIRES_S + 1)))
    assert ws.review.editors(article_id=1) == []
    assert ws.review.begin_editing(article_id=1, user=REVIEWER).editing == {1}  # the lapsed one is cleared on the way
    with ws._read() as session:
        assert session.execute(select(EditLease.user_id)).scalars().all() != []
    assert [e.name for e in ws.review.editors(article_id=1)] == [REVIEWER]
    assert ws.review.end_editing(article_id=1, user=REVIEWER).editing == {1}
    assert ws.review.editors(article_id=1) == []


def _copy(folder: Path, prefix: str) -> Path:
    """A seed under a title of its own (the same content is not stored twice)."""
    title, rest = seed_path(prefix).read_text(encoding="utf-8").split("\n", 1)
    target = folder / f"copy-{prefix}.txt"
    target.write_text(f"{title} (by the author)\n{rest}", encoding="utf-8")
    return target
