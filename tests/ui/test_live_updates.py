"""A change made at another desk or by another process reaches an open window by itself.

Two windows (or a window and another facade, or another OS process) on one
database, on SQLite and on PostgreSQL; and a PostgreSQL server restarted while
a window listens. Nothing here clicks to refresh: the windows must learn of it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.conftest import ROOT, SEEDS, postgres_unavailable
from tests.people import add_person, board, password_for
from tests.pg_cluster import cluster_unavailable, throwaway_cluster
from tests.ui.conftest import wait_idle
from ui.live_updates import REMOTE

LIVE_MS = 5_000  # a bound for a broken feed, not a delay: waitUntil returns as soon as the change shows


def seed_team(db: str) -> None:
    from workstation.facade import Workstation

    with Workstation.open(db) as ws:
        report = ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")))
        assert not report.failed
        add_person(ws, "rev", "reviewer", display_name="Rita Reviewer")
        add_person(ws, "appr", "approver", display_name="Anna Approver")
        add_person(ws, "auth", "author", display_name="Arthur Author")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def team_db(request: pytest.FixtureRequest) -> str:
    """The seeded database with rev, appr and auth: a SQLite copy, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        return request.getfixturevalue("ui_db")
    url = request.getfixturevalue("pg_url")
    seed_team(url)
    return url


def shown(window, article_id: int):  # type: ignore[no-untyped-def]
    """The library row the window holds for the article (None until it is loaded)."""
    row = window.model.row_of(article_id)
    return window.model.summary(row) if row >= 0 else None


def status_shown(window, article_id: int) -> str | None:  # type: ignore[no-untyped-def]
    summary = shown(window, article_id)
    return summary.status if summary else None


def test_another_window_sees_a_transition_and_its_own_refresh(qtbot, main_window, team_db: str) -> None:  # type: ignore[no-untyped-def]
    mine = main_window("rev", db=team_db, article=3)
    theirs = main_window("appr", db=team_db, article=3)
    qtbot.waitUntil(lambda: mine.teamwork.live.connected and theirs.teamwork.live.connected, timeout=LIVE_MS)
    heard = []
    theirs.runner.changes_applied.connect(lambda changes, initiator: heard.append(initiator))
    mine.workflow.trigger("start_review")
    qtbot.waitUntil(lambda: status_shown(theirs, 3) == "Under Review", timeout=LIVE_MS)
    # The open article refreshed too (its header and workflow actions), without a click.
    qtbot.waitUntil(lambda: theirs.controller.shown.workspace.detail.summary.status == "Under Review", timeout=LIVE_MS)
    assert REMOTE in heard
    assert status_shown(mine, 3) == "Under Review"


def test_a_change_from_another_desk_reaches_the_library_and_article(qtbot, main_window, team_db: str) -> None:  # type: ignore[no-untyped-def]
    window = main_window("rev", db=team_db, article=2)
    qtbot.waitUntil(lambda: window.teamwork.live.connected, timeout=LIVE_MS)
    before = len(window.controller.shown.workspace.comments)
    with board(team_db) as desk:
        desk.review.add_comment(article_id=2, body="Please check the dosage table.", user="appr")
        desk.workflow.transition(article_id=4, to="Under Review", user="appr")
    qtbot.waitUntil(lambda: status_shown(window, 4) == "Under Review", timeout=LIVE_MS)
    qtbot.waitUntil(lambda: len(window.controller.shown.workspace.comments) == before + 1, timeout=LIVE_MS)
    window.review.setCurrentWidget(window.review.comments_tab)
    assert window.review.comments_tab.comments.count() >= 1


def test_unsaved_edits_are_never_overwritten(qtbot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window = main_window("rev", db=ui_db, article=1)
    qtbot.waitUntil(lambda: window.teamwork.live.connected, timeout=LIVE_MS)
    review = window.review
    # Half-typed evidence on the first citation, a half-typed comment, and an edited source.
    claims = review.claims_tab
    qtbot.waitUntil(lambda: claims.evidence.isEnabled() or claims.citations.count() > 0, timeout=LIVE_MS)
    claims.evidence.setFocus()
    qtbot.keyClicks(claims.evidence, "page 4, table 2")
    qtbot.keyClicks(review.comments_tab.body, "I think the @app")
    review.setCurrentWidget(review.editor_tab)
    wait_idle(qtbot, window)  # the source is put in once the tab is shown
    editor = review.editor_tab.source
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "My new closing line.")
    typed = editor.toPlainText()
    revisions = len(window.controller.shown.workspace.revisions)
    with board(ui_db) as desk:
        body = desk.library.get_article(article_id=1).body
        desk.review.save_revision(article_id=1, body=body + "\n\nTheir addendum.\n", user="appr")
    qtbot.waitUntil(lambda: len(window.controller.shown.workspace.revisions) == revisions + 1, timeout=LIVE_MS)
    wait_idle(qtbot, window)
    assert editor.toPlainText() == typed and editor.document().isModified()
    assert review.comments_tab.body.text() == "I think the @app"
    if claims.evidence.isEnabled():
        assert claims.evidence.text() == "page 4, table 2"


def test_a_change_by_another_process_reaches_the_window(qtbot, main_window, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_window("rev", db=ui_db, article=1)
    qtbot.waitUntil(lambda: window.teamwork.live.connected, timeout=LIVE_MS)
    env = {**os.environ, "WORKSTATION_PASSWORD": password_for("appr"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", "from ui.cli import main; raise SystemExit(main())", "--db", ui_db,
         "assign", "5", "--reviewer", "rev", "--as", "appr", "--json"],
        env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.teamwork.bell.unread == 1, timeout=LIVE_MS)
    qtbot.waitUntil(lambda: getattr(shown(window, 5), "assigned_reviewer", None) == "rev", timeout=LIVE_MS)


def test_a_window_keeps_listening_across_a_postgresql_restart(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    reason = cluster_unavailable() or postgres_unavailable()
    if reason:
        pytest.skip(reason)
    with throwaway_cluster() as cluster:
        seed_team(cluster.url)
        window = main_window("rev", db=cluster.url, article=1)
        live = window.teamwork.live
        qtbot.waitUntil(lambda: live.connected, timeout=LIVE_MS)
        with board(cluster.url) as desk:
            desk.workflow.transition(article_id=2, to="Under Review", user="appr")
        qtbot.waitUntil(lambda: status_shown(window, 2) == "Under Review", timeout=LIVE_MS)
        states: list[bool] = []
        live.connection_changed.connect(states.append)
        cluster.restart()
        qtbot.waitUntil(lambda: False in states, timeout=LIVE_MS)
        # A change made before the window has reconnected is caught up on; one after is heard.
        with board(cluster.url) as desk:
            desk.workflow.transition(article_id=4, to="Under Review", user="appr")
        qtbot.waitUntil(lambda: states[-1] is True and live.connected, timeout=15_000)
        qtbot.waitUntil(lambda: status_shown(window, 4) == "Under Review", timeout=LIVE_MS)
        with board(cluster.url) as desk:
            desk.workflow.transition(article_id=5, to="Under Review", user="appr")
        qtbot.waitUntil(lambda: status_shown(window, 5) == "Under Review", timeout=LIVE_MS)
        assert window.teamwork.live_label.text() == "● Live"
        window.shutdown()
