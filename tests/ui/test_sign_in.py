"""The sign-in dialog: the first administrator on a database without users, sign-in, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from tests.people import ADMIN, board, password_for
from tests.ui.signing import answer_password_change, answer_sign_in
from ui import settings
from ui.dialogs.sign_in import SignInDialog
from ui.main_window import SignInCancelled, create_main_window
from workstation.errors import SignInFailed
from workstation.facade import Workstation

TEMPORARY = "temporary-pass-1"
NEW = "rita's own passphrase"


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
        (admin,) = ws.users.list_users()
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
        assert not ws.users.has_users()


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


# ----------------------------------------------------------------- refusals, a forced change, cancelling
def test_a_database_with_users_asks_for_a_sign_in_with_the_last_name_remembered(qtbot, ui_db: str,  # type: ignore[no-untyped-def]
                                                                              monkeypatch) -> None:
    settings.save_user("appr")
    shown = answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    window = create_main_window(ui_db)
    qtbot.addWidget(window)
    try:
        (dialog,) = shown
        assert dialog.objectName() == "signInDialog" and not dialog.display.isVisibleTo(dialog)
        assert "Database: ui.db" in dialog.database.text()
        assert window.user == "appr" and window.user_label.text() == "Signed in as Anna Approver (approver)"
    finally:
        window.shutdown()


def test_refusals_count_the_attempts_left_then_say_the_account_is_locked(qtbot, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    with Workstation.open(ui_db) as ws:
        dialog = SignInDialog(ws, user="rev")
        qtbot.addWidget(dialog)
        for left in (4, 3, 2, 1):
            dialog.password.setText("not the password")
            dialog.try_accept()
            assert dialog.error.text() == f"Wrong user name or password ({left} attempt(s) left before the account locks)"
            assert dialog.error.isVisibleTo(dialog) and dialog.error.is_error
        dialog.password.setText("not the password")
        dialog.try_accept()
        assert "the account is now locked until an admin unlocks it" in dialog.error.text()
        dialog.password.setText(password_for("rev"))  # the right one no longer opens it
        dialog.try_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.text() == "rev's account is locked after 5 failed sign-ins; an admin must unlock it"
        assert ws.signed_in == ()
        assert next(u for u in ws.users.list_users() if u.name == "rev").locked


def test_a_deactivated_account_is_refused(qtbot, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        ws.users.deactivate_user(name="auth", by=ADMIN)
    with Workstation.open(ui_db) as ws:
        dialog = SignInDialog(ws, user="auth")
        qtbot.addWidget(dialog)
        dialog.password.setText(password_for("auth"))
        dialog.try_accept()
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.text() == "auth's account is deactivated"


def test_an_empty_answer_is_asked_for_again_without_counting(qtbot, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    with Workstation.open(ui_db) as ws:
        dialog = SignInDialog(ws)
        qtbot.addWidget(dialog)
        dialog.try_accept()
        assert dialog.error.text() == "Enter your user name"
        dialog.name.setText("rev")
        dialog.try_accept()
        assert dialog.error.text() == "Enter your password"
        assert next(u for u in ws.users.list_users() if u.name == "rev").locked is False
    with sqlite3.connect(ui_db) as raw:
        assert raw.execute("SELECT failed_signins FROM user WHERE name = 'rev'").fetchone() == (0,)


def test_cancelling_the_sign_in_opens_no_window(qtbot, ui_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_sign_in(monkeypatch, None)
    with pytest.raises(SignInCancelled):
        create_main_window(ui_db)


def test_an_admin_reset_asks_for_a_new_password_before_the_window_opens(qtbot, ui_db: str,  # type: ignore[no-untyped-def]
                                                                        monkeypatch) -> None:
    with board(ui_db) as ws:
        ws.users.reset_password(name="rev", new_password=TEMPORARY, by=ADMIN)
    answer_sign_in(monkeypatch, ("rev", TEMPORARY))
    attempts: list[tuple[str, str, str]] = [
        (TEMPORARY, "password1", "password1"),  # a common one
        ("not the temporary one", NEW, NEW),  # a wrong current password
        (TEMPORARY, NEW, NEW),
    ]
    messages: list[str] = []

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.objectName() == "changePasswordDialog" and "An administrator reset" in dialog.intro.text()
        for current, new, repeat in attempts:
            dialog.current.setText(current)
            dialog.new.setText(new)
            dialog.repeat.setText(repeat)
            if (current, new) != (TEMPORARY, NEW):
                dialog.try_accept()
                messages.append(dialog.error.text())

    shown = answer_password_change(monkeypatch, fill)
    window = create_main_window(ui_db)
    qtbot.addWidget(window)
    try:
        assert len(shown) == 1 and window.user == "rev"
        assert messages == ["Password: this is a commonly used password; choose another (a phrase of a few words "
                            "works well)", "The current password is wrong; the password was not changed"]
    finally:
        window.shutdown()
    with Workstation.open(ui_db) as ws:
        assert ws.users.sign_in(name="rev", password=NEW).must_change_password is False


def test_cancelling_the_forced_change_opens_no_window_and_signs_out(qtbot, ui_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        ws.users.reset_password(name="rev", new_password=TEMPORARY, by=ADMIN)
    answer_sign_in(monkeypatch, ("rev", TEMPORARY))
    shown = answer_password_change(monkeypatch, None)
    with pytest.raises(SignInCancelled):
        create_main_window(ui_db)
    assert len(shown) == 1
    with sqlite3.connect(ui_db) as raw:
        last = raw.execute("SELECT actor, action FROM audit_event WHERE entity = 'user' ORDER BY id DESC LIMIT 2")
        assert list(last) == [("rev", "user.sign_out"), ("rev", "user.sign_in")]
    with Workstation.open(ui_db) as ws:
        assert ws.users.sign_in(name="rev", password=TEMPORARY).must_change_password
