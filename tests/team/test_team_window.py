"""The window at a team desk: it signs in as the person's own login role and works as on any database."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.people import password_for
from tests.team.board import import_article, set_up_board
from tests.team.conftest import TeamDatabase
from workstation.errors import SignInFailed

pytestmark = pytest.mark.team


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSTATION_SETTINGS_DIR", str(tmp_path / "settings"))
    import ui.errors

    monkeypatch.setattr(ui.errors, "show_dialogs", False)


def test_a_desk_window_works_as_the_signed_in_login(qtbot, team_db: TeamDatabase, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import create_main_window

    set_up_board(team_db)
    article_id = import_article(team_db, tmp_path)
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        create_main_window(team_db.desk_url, "rita", password="not-ritas-password")
    window = create_main_window(team_db.desk_url, "rita", password=password_for("rita"), seed=True)
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.model.rowCount() == 1 and window.runner.is_idle(), timeout=10_000)
        with window.workstation.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == "rita"
        result = window.workstation.workflow.transition(article_id=article_id, to="Under Review", user="rita")
        assert result.status == "Under Review"
    finally:
        window.shutdown()
