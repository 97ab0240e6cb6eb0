"""The sign-in dialog: the first administrator on a database without users, sign-in, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tests.people import password_for
from ui import settings
from ui.dialogs.sign_in import SignInDialog
from ui.main_window import create_main_window
from workstation.errors import SignInFailed
from workstation.facade import Workstation


def answer_with(monkeypatch: pytest.MonkeyPatch, fill) -> list[SignInDialog]:  # type: ignore[no-untyped-def]
    """Replace the dialog's event loop by ``fill(dialog)`` followed by pressing its button."""
    shown: list[SignInDialog] = []

    def exec_(dialog: SignInDialog) -> int:
        shown.append(dialog)
        fill(dialog)
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", exec_)
    return shown


def test_a_database_without_users_creates_its_first_administrator(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: SignInDialog) -> None:
        assert dialog.objectName() == "firstAdminDialog" and dialog.repeat.isVisibleTo(dialog)
        dialog.name.setText("maria")
        dialog.display.setText("Dr. Maria Lopez")
        dialog.password.setText("a long board passphrase")
        dialog.repeat.setText("a long board passphrase")

    shown = answer_with(monkeypatch, fill)
    db = str(tmp_path / "new.db")
    window = create_main_window(db, seed=True)
    qtbot.addWidget(window)
    try:
        assert len(shown) == 1
        assert window.user == "maria" and "Dr. Maria Lopez" in window.user_label.text()
    finally:
        window.shutdown()
    assert settings.saved_user() == "maria"
    with Workstation.open(db) as ws:
        (admin,) = ws.list_users()
        assert (admin.name, admin.role) == ("maria", "admin")
    with sqlite3.connect(db) as raw:
        actions = [row[0] for row in raw.execute("SELECT action FROM audit_event WHERE entity = 'user'")]
    assert actions == ["user.add", "user.sign_in"]


@pytest.mark.parametrize(("password", "repeat", "message"), [
    ("short", "short", "Password: at least 8 characters"),
    ("password123", "password123", "commonly used"),
    ("a long board passphrase", "a different one!", "The two passwords differ"),
])
def test_the_first_administrator_needs_a_good_password(qtbot, tmp_path: Path, password: str, repeat: str,  # type: ignore[no-untyped-def]
                                                      message: str) -> None:
    with Workstation.open(str(tmp_path / "new.db")) as ws:
        dialog = SignInDialog(ws, first_admin=True)
        qtbot.addWidget(dialog)
        dialog.name.setText("maria")
        dialog.password.setText(password)
        dialog.repeat.setText(repeat)
        dialog.try_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert message in dialog.error.text()
        assert not ws.has_users()


def test_sign_in_with_the_right_password_only(qtbot, ui_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with Workstation.open(ui_db) as ws:
        dialog = SignInDialog(ws, user="rev")
        qtbot.addWidget(dialog)
        assert dialog.objectName() == "signInDialog" and not dialog.repeat.isVisibleTo(dialog)
        dialog.password.setText("not the password")
        dialog.try_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "Wrong user name or password" in dialog.error.text() and dialog.password.text() == ""
        dialog.password.setText(password_for("rev"))
        dialog.try_accept()
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.view.name == "rev"
        assert ws.signed_in == ("rev",)


def test_a_window_with_a_wrong_password_does_not_open(qtbot, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        create_main_window(ui_db, user="rev", password="not the password")
