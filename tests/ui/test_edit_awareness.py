"""Editing side by side: who else is editing, and each way out of an edit conflict (asserted on the database)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.tables import Article, AuditEvent, Revision
from tests.people import board
from tests.ui.conftest import wait_idle
from ui.dialogs.edit_conflict import ConflictChoice, EditConflictDialog
from workstation.edit_conflict import (
    KEEP_BOTH,
    KEEP_THEIRS,
    MERGE,
    EditConflict,
    RevisionSide,
    merge_texts,
)

LIVE_MS = 5_000


def open_editor(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.review.setCurrentWidget(window.review.editor_tab)
    wait_idle(qtbot, window)


def test_others_see_who_is_editing_since_when(qtbot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    rita = main_window("rev", db=ui_db, article=1)
    anna = main_window("appr", db=ui_db, article=1)
    open_editor(qtbot, anna)
    notice = anna.review.editor_tab.editing
    assert not notice.isVisible()
    open_editor(qtbot, rita)
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=LIVE_MS)
    assert notice.text().startswith("⚠ Rita Reviewer is editing since ")
    assert "Anna" not in notice.text()  # nobody is told about themselves
    assert anna.review.tabText(anna.review.indexOf(anna.review.editor_tab)) == "Editor •"
    qtbot.waitUntil(lambda: rita.review.editor_tab.editing.text().startswith("⚠ Anna Approver is editing since "),
                    timeout=LIVE_MS)
    with board(ui_db) as desk:
        assert [e.name for e in desk.review.editors(article_id=1)] == ["appr", "rev"]  # earliest first
    rita.review.setCurrentWidget(rita.review.claims_tab)  # leaving the editor lets go of the lease
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=LIVE_MS)
    with board(ui_db) as desk:
        assert [e.name for e in desk.review.editors(article_id=1)] == ["appr"]
    anna.shutdown()  # closing the window lets go too
    with board(ui_db) as desk:
        assert desk.review.editors(article_id=1) == []


def test_opening_an_article_someone_edits_says_so_from_its_workspace_read(
        qtbot, main_window, monkeypatch, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    anna = main_window("appr", db=ui_db, article=1)
    open_editor(qtbot, anna)
    rita = main_window("rev", db=ui_db, article=2)
    notice = rita.review.editor_tab.editing
    assert notice.text() == ""
    reads: list[int] = []
    real = rita.workstation.review.editors
    monkeypatch.setattr(rita.workstation.review, "editors",
                        lambda *, article_id: (reads.append(article_id), real(article_id=article_id))[1])
    rita.select_article(1)
    qtbot.waitUntil(lambda: notice.text().startswith("⚠ Anna Approver is editing since "), timeout=LIVE_MS)
    wait_idle(qtbot, rita)
    assert reads == []  # it came with the article's one read
    rita.select_article(2)
    qtbot.waitUntil(lambda: notice.text() == "", timeout=LIVE_MS)


@pytest.fixture
def conflict(qtbot, main_window, ui_db: str):  # type: ignore[no-untyped-def]
    """Rita edits article 1 in her window; meanwhile Anna saves a revision at another desk."""
    window = main_window("rev", db=ui_db, article=1)
    open_editor(qtbot, window)
    editor = window.review.editor_tab.source
    base = window.controller.shown.workspace.detail
    mine = base.body.replace("\n", "\nRita's opening note.\n", 1)
    editor.setPlainText(mine)
    editor.document().setModified(True)
    with board(ui_db) as desk:
        theirs = desk.review.save_revision(article_id=1, body=base.body + "\n\nAnna's closing note.\n", user="appr")
    return window, base, mine, theirs


def save_choosing(qtbot, monkeypatch, window, choice: ConflictChoice | None):  # type: ignore[no-untyped-def]
    seen = []

    def ask(parent, conflict, merge):  # type: ignore[no-untyped-def]
        seen.append((conflict, merge))
        return choice

    monkeypatch.setattr(EditConflictDialog, "ask", ask)
    window.controller.save_revision()
    qtbot.waitUntil(lambda: bool(seen), timeout=LIVE_MS)
    wait_idle(qtbot, window)
    return seen[0]


def trail(ui_db: str) -> list[tuple[str, str, str]]:
    with board(ui_db) as desk, desk._read() as session:
        return [tuple(r) for r in session.execute(
            select(AuditEvent.action, AuditEvent.new_value, AuditEvent.reason)
            .where(AuditEvent.article_id == 1, AuditEvent.action == "revision.conflict"))]


def current(ui_db: str) -> Revision:
    with board(ui_db) as desk, desk._read() as session:
        article = session.get(Article, 1)
        revision = session.get(Revision, article.current_revision_id)
        session.expunge(revision)
        return revision


def test_merge(qtbot, monkeypatch, conflict, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, base, mine, theirs = conflict
    seen_conflict, merge = save_choosing(qtbot, monkeypatch, window, None)  # first look, then decide
    assert seen_conflict.theirs.number == theirs.revision_number and seen_conflict.theirs.author == "appr"
    assert seen_conflict.base.revision_id == base.revision_id and seen_conflict.yours == mine
    assert merge.clean and "Rita's opening note." in merge.text and "Anna's closing note." in merge.text
    assert current(ui_db).id == theirs.revision_id  # cancelled: nothing saved, nothing overwritten
    assert window.review.editor_tab.source.toPlainText() == mine
    save_choosing(qtbot, monkeypatch, window, ConflictChoice(MERGE, merge.text + "Merged by Rita.\n"))
    saved = current(ui_db)
    assert saved.number == theirs.revision_number + 1
    assert "Rita's opening note." in saved.body and "Anna's closing note." in saved.body
    assert [(a, v) for a, v, _r in trail(ui_db)] == [("revision.conflict", MERGE)]
    assert "appr saved revision" in trail(ui_db)[0][2] and "merged" in trail(ui_db)[0][2]
    qtbot.waitUntil(lambda: not window.review.editor_tab.source.document().isModified(), timeout=LIVE_MS)


def test_keep_theirs(qtbot, monkeypatch, conflict, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, _base, mine, theirs = conflict
    save_choosing(qtbot, monkeypatch, window, ConflictChoice(KEEP_THEIRS))
    assert current(ui_db).id == theirs.revision_id
    assert [(a, v) for a, v, _r in trail(ui_db)] == [("revision.conflict", KEEP_THEIRS)]
    editor = window.review.editor_tab.source
    qtbot.waitUntil(lambda: "Anna's closing note." in editor.toPlainText(), timeout=LIVE_MS)
    assert "Rita's opening note." not in editor.toPlainText()
    assert "your edit was dropped" in window.review.editor_tab.status.text()


def test_keep_theirs_and_a_copy_of_mine(qtbot, monkeypatch, conflict, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, _base, mine, theirs = conflict
    save_choosing(qtbot, monkeypatch, window, ConflictChoice(KEEP_BOTH))
    assert current(ui_db).id == theirs.revision_id  # theirs stays current
    with board(ui_db) as desk, desk._read() as session:
        copy = session.execute(select(Revision).where(Revision.article_id == 1, Revision.note == "copy")).scalar_one()
        assert copy.body == mine and copy.number == theirs.revision_number + 1
    assert [(a, v) for a, v, _r in trail(ui_db)] == [("revision.conflict", KEEP_BOTH)]
    assert f"revision {theirs.revision_number + 1}" in trail(ui_db)[0][2]
    with board(ui_db) as desk:
        assert desk.audit.verify().ok


def test_yet_another_save_meanwhile_asks_again(qtbot, monkeypatch, conflict, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, _base, _mine, theirs = conflict
    asked = []

    def ask(parent, conflict, merge):  # type: ignore[no-untyped-def]
        asked.append(conflict.theirs.number)
        if len(asked) == 1:  # while Rita looks at the dialog, Anna saves once more
            with board(ui_db) as desk:
                desk.review.save_revision(article_id=1, body=conflict.theirs.body + "One more line.\n", user="appr")
        return ConflictChoice(KEEP_THEIRS)

    monkeypatch.setattr(EditConflictDialog, "ask", ask)
    window.controller.save_revision()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=LIVE_MS)
    wait_idle(qtbot, window)
    assert asked == [theirs.revision_number, theirs.revision_number + 1]
    assert [v for _a, v, _r in trail(ui_db)] == [KEEP_THEIRS]


def test_the_dialog_shows_both_sides_and_a_merge_to_edit(qtbot) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2026, 12, 1, 10, 2, tzinfo=UTC)
    base = RevisionSide(1, 1, "Line one.\nLine two.\n", "auth", at)
    theirs = RevisionSide(2, 2, "Line one, theirs.\nLine two.\n", "appr", at)
    error = EditConflict(7, base, theirs, "Line one.\nLine two, mine.\n")
    merge = merge_texts(base.body, theirs.body, error.yours)
    dialog = EditConflictDialog(error, merge)
    qtbot.addWidget(dialog)
    assert dialog.theirs.isReadOnly() and dialog.yours.isReadOnly() and not dialog.merged.isReadOnly()
    assert (dialog.theirs.toPlainText(), dialog.yours.toPlainText()) == (theirs.body, error.yours)
    assert dialog.merged.toPlainText() == "Line one, theirs.\nLine two, mine.\n"
    assert "all placed in their text (1 passage" in dialog.merge_note.text()
    dialog.merged.setPlainText("Edited by hand.\n")
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == ConflictChoice(MERGE, "Edited by hand.\n")
    other = EditConflictDialog(error, merge)
    qtbot.addWidget(other)
    qtbot.mouseClick(other.keep_both_button, Qt.MouseButton.LeftButton)
    assert other.choice == ConflictChoice(KEEP_BOTH)


def test_switching_user_moves_the_lease_and_the_bell(qtbot, main_window, monkeypatch, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    from tests.people import password_for
    from tests.ui.signing import answer_sign_in

    with board(ui_db) as desk:
        desk.workflow.assign(article_id=1, user="appr", reviewer="rev")  # one unread notification for rev, none for appr
    desk_window = main_window("rev", db=ui_db, article=1)
    watcher = main_window("auth", db=ui_db, article=1)
    open_editor(qtbot, watcher)
    open_editor(qtbot, desk_window)
    notice = watcher.review.editor_tab.editing
    qtbot.waitUntil(lambda: "Rita Reviewer is editing" in notice.text(), timeout=LIVE_MS)
    qtbot.waitUntil(lambda: desk_window.teamwork.bell.unread == 1, timeout=LIVE_MS)
    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    desk_window.session.action_switch.trigger()
    qtbot.waitUntil(lambda: desk_window.user == "appr", timeout=LIVE_MS)
    # Rita's lease went with her sign-out; Anna, now at that desk with the editor open, holds one.
    qtbot.waitUntil(lambda: "Anna Approver is editing" in notice.text() and "Rita" not in notice.text(),
                    timeout=LIVE_MS)
    qtbot.waitUntil(lambda: desk_window.teamwork.bell.unread == 0, timeout=LIVE_MS)
    with board(ui_db) as desk:
        assert [e.name for e in desk.review.editors(article_id=1)] == ["auth", "appr"]
