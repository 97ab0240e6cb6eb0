"""The personal queue (filters, Due column, Assign…) and the bell, driven in the window, checked on the database."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import update

from db.tables import Article
from tests.people import board
from tests.ui.conftest import wait_idle
from ui.dialogs.assign import AssignDialog, Assignment
from ui.library_model import COLUMNS, DUE_COLUMN

LIVE_MS = 5_000


def choose_filter(qtbot, window, label: str) -> None:  # type: ignore[no-untyped-def]
    combo = window.library.status
    combo.setCurrentIndex(combo.findText(label))
    wait_idle(qtbot, window)


def test_assigned_to_me_and_awaiting_my_approval(qtbot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    soon = date.today() + timedelta(days=7)
    with board(ui_db) as desk:
        desk.workflow.assign(article_id=2, user="appr", reviewer="rev", due=soon)
        desk.workflow.assign(article_id=4, user="appr", reviewer="rev", approver="appr")
        desk.workflow.transition(article_id=4, to="Under Review", user="rev")
    with board(ui_db) as desk, desk._write() as session:  # time passes: article 4's due date is behind us
        session.execute(update(Article).where(Article.id == 4).values(due_date=date.today() - timedelta(days=2)))
    rita = main_window("rev", db=ui_db)
    choose_filter(qtbot, rita, "Assigned to me")
    assert sorted(rita.model.ids()) == [2, 4]
    assert rita.count_label.text() == "2 articles"
    anna = main_window("appr", db=ui_db)
    choose_filter(qtbot, anna, "Awaiting my approval")
    assert anna.model.ids() == [4]
    with board(ui_db) as desk:
        assert [r.id for r in desk.library.list_articles(status="approval", user="appr")] == [4]
    # The Due column; an overdue assignment is drawn on the alarm badge, with a tooltip saying so.
    assert COLUMNS[DUE_COLUMN][0] == "Due"
    row = rita.model.row_of(4)
    text, _align, badge = rita.model.cell(row, DUE_COLUMN)
    assert text == (date.today() - timedelta(days=2)).isoformat() and badge is not None
    tip = rita.model.data(rita.model.index(row, DUE_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Overdue: due ")
    text, _align, badge = rita.model.cell(rita.model.row_of(2), DUE_COLUMN)
    assert text == soon.isoformat() and badge is None


def test_assign_from_the_review_menu(qtbot, main_window, monkeypatch, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    due = date.today() + timedelta(days=10)
    offered = []

    def ask(parent, article, users, today):  # type: ignore[no-untyped-def]
        offered.append((article.id, sorted(u.name for u in users)))
        return Assignment("rev", "admin", due)

    monkeypatch.setattr(AssignDialog, "ask", ask)
    rita = main_window("rev", db=ui_db, article=3)
    action = rita.findChild(type(rita.teamwork.assign.action), "actionAssign")
    qtbot.waitUntil(lambda: "Only approvers and admins" in action.toolTip(), timeout=LIVE_MS)
    assert not action.isEnabled()
    anna = main_window("appr", db=ui_db, article=3)
    qtbot.waitUntil(lambda: anna.teamwork.assign.action.isEnabled(), timeout=LIVE_MS)
    anna.teamwork.assign.action.trigger()
    qtbot.waitUntil(lambda: bool(offered), timeout=LIVE_MS)
    wait_idle(qtbot, anna)
    assert offered[0][0] == 3 and "rev" in offered[0][1]
    with board(ui_db) as desk:
        summary = desk.library.get_article(article_id=3).summary
        assert (summary.assigned_reviewer, summary.assigned_approver, summary.due_date) == ("rev", "admin", due)
    # Rita's window hears of it: the bell, and the row in her queue.
    qtbot.waitUntil(lambda: rita.teamwork.bell.unread == 1, timeout=LIVE_MS)
    choose_filter(qtbot, rita, "Assigned to me")
    assert rita.model.ids() == [3]


def test_the_bell_lists_and_marks_read(qtbot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    rita = main_window("rev", db=ui_db, article=1)
    bell = rita.teamwork.bell
    assert bell.unread == 0 and bell.bell.text() == ""
    with board(ui_db) as desk:
        desk.workflow.assign(article_id=5, user="appr", reviewer="rev")
        claim = desk.library.get_article(article_id=2).claims[0]
        desk.review.add_comment(article_id=2, body="@rev could you look at this claim?", user="appr", claim_id=claim.id)
    qtbot.waitUntil(lambda: bell.unread == 2, timeout=LIVE_MS)
    assert bell.bell.text() == "2" and "2 unread" in bell.bell.toolTip()
    qtbot.mouseClick(bell.bell, Qt.MouseButton.LeftButton)
    listed = bell.popup.list
    qtbot.waitUntil(lambda: bell.popup.isVisible() and listed.count() == 2, timeout=LIVE_MS)
    assert listed.item(0).text().startswith("Mentioned you")
    assert listed.item(1).text().startswith("Assigned to you")
    bell.popup._activated(listed.item(0))  # a click on the mention opens its article
    qtbot.waitUntil(lambda: rita.current_article == 2, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: bell.unread == 1, timeout=LIVE_MS)
    with board(ui_db) as desk:
        assert [(n.kind, n.read) for n in desk.notifications.for_user(user="rev")] == [("mention", True), ("assigned", False)]
        assert desk.notifications.for_user(user="appr") == []  # nobody is told of their own doing
    bell.mark_all_read()
    qtbot.waitUntil(lambda: bell.unread == 0, timeout=LIVE_MS)
    with board(ui_db) as desk:
        assert desk.notifications.unread_count(user="rev") == 0
