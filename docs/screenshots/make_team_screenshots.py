"""Regenerate the README screenshots of working as a team: the queue filters, the bell, an edit conflict.

    .venv/bin/python docs/screenshots/make_team_screenshots.py

Builds a throw-away database from the seeds with a small board (admin, Rita
Reviewer, Anna Approver, Maria Lopez), assigns reviews with due dates (one
overdue), mentions Rita in a comment and has two people edit one article, then
renders real windows and dialogs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="team-shots-"))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import update  # noqa: E402

from db.tables import Article  # noqa: E402
from workstation.facade import Workstation  # noqa: E402

PASSWORDS = {"admin": "board-admin-passphrase", "rev": "reviewer-pass-12", "appr": "approver-pass-34",
             "maria": "maria-edits-2026"}
PEOPLE = (("rev", "reviewer", "Rita Reviewer"), ("appr", "approver", "Anna Approver"),
          ("maria", "reviewer", "Maria Lopez"))


def build(db: str) -> None:
    today = date.today()
    with Workstation.open(db) as ws:
        ws.library.seed_if_empty()
        ws.users.add_user(name="admin", role="admin", password=PASSWORDS["admin"], display_name="Board Admin")
        ws.users.sign_in(name="admin", password=PASSWORDS["admin"])
        for name, role, display in PEOPLE:
            ws.users.add_user(name=name, role=role, password=PASSWORDS[name], display_name=display, by="admin")
            ws.users.sign_in(name=name, password=PASSWORDS[name])
        ws.workflow.assign(article_id=5, user="appr", reviewer="rev", approver="admin", due=today + timedelta(days=5))
        ws.workflow.assign(article_id=2, user="appr", reviewer="rev", approver="appr", due=today + timedelta(days=1))
        ws.workflow.assign(article_id=3, user="appr", reviewer="maria", approver="appr", due=today + timedelta(days=12))
        ws.workflow.transition(article_id=2, to="Under Review", user="rev")
        with ws._write() as session:  # as if the due date of article 2 had passed
            session.execute(update(Article).where(Article.id == 2).values(due_date=today - timedelta(days=3)))
        claim = ws.library.get_article(article_id=5).claims[1]
        ws.review.add_comment(article_id=5, claim_id=claim.id, user="appr",
                              body="@rev the survival figure needs the SCOT trial itself; can you check before Friday?")
        ws.workflow.transition(article_id=3, to="Under Review", user="maria")
        ws.workflow.transition(article_id=3, to="Submitted", user="maria", reason="Cite the 2023 EULAR update directly")
        ws.review.begin_editing(article_id=5, user="maria")


def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    path = HERE / name
    widget.grab().save(str(path))
    print(path)


def settle(app: QApplication, window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(400):
        app.processEvents()
        if window.runner.is_idle() and window.current_article is not None:
            break
        window.runner._worker.msleep(5)
    for _ in range(20):
        app.processEvents()


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.dialogs.edit_conflict import EditConflictDialog
    from ui.main_window import create_main_window
    from ui.theme import apply_theme
    from workstation.edit_conflict import merge_texts

    apply_theme(app, "light")
    with tempfile.TemporaryDirectory(prefix="workstation-team-shots-") as folder:
        db = str(Path(folder) / "team.db")
        build(db)
        window = create_main_window(db, user="rev", password=PASSWORDS["rev"])
        window.resize(1400, 900)
        window.show()
        settle(app, window)
        combo = window.library.status
        combo.setCurrentIndex(combo.findText("Assigned to me"))
        window.select_article(5)
        settle(app, window)
        for column in (2, 3, 4, 5, 7):  # room for Reviewer and Due beside the title and status
            window.library.table.setColumnHidden(column, True)
        window.library.table.horizontalHeader().resizeSection(0, 230)
        settle(app, window)
        shot(window, "queue-filters.png")

        # The bell's list, drawn where it opens under the bell.
        window.teamwork.bell.show_list()
        settle(app, window)
        popup = window.teamwork.bell.popup
        picture = window.grab()
        bell = window.teamwork.bell.bell
        corner = bell.mapTo(window, QPoint(bell.width() - popup.width(), bell.height()))
        painter = QPainter(picture)
        painter.drawPixmap(corner, popup.grab())
        painter.end()
        picture.save(str(HERE / "notifications.png"))
        print(HERE / "notifications.png")
        popup.hide()

        # Maria has the editor open on article 5; Rita opens it too.
        window.review.setCurrentWidget(window.review.editor_tab)
        settle(app, window)
        window.teamwork.editing.refresh_others()
        settle(app, window)
        shot(window, "editing-notice.png")

        # Rita saves over a revision Maria saved meanwhile.
        with Workstation.open(db) as desk:
            desk.users.sign_in(name="maria", password=PASSWORDS["maria"])
            desk.users.sign_in(name="rev", password=PASSWORDS["rev"])
            detail = desk.library.get_article(article_id=5)
            theirs = detail.body.replace("## ", "## Overview\n\nReviewed by the board in 2026.\n\n## ", 1)
            desk.review.save_revision(article_id=5, body=theirs, user="maria")
            mine = detail.body.replace("systemic sclerosis", "systemic sclerosis (scleroderma)", 1)
            try:
                desk.review.save_revision(article_id=5, body=mine, user="rev", base_revision_id=detail.revision_id)
            except Exception as conflict:  # noqa: BLE001 - the EditConflict to show
                dialog = EditConflictDialog(conflict, merge_texts(conflict.base.body, conflict.theirs.body,
                                                                  conflict.yours))  # type: ignore[attr-defined]
                dialog.resize(1200, 760)
                dialog.show()
                for _ in range(20):
                    app.processEvents()
                shot(dialog, "edit-conflict.png")
                dialog.close()
        window.shutdown()
        window.close()


if __name__ == "__main__":
    main()
