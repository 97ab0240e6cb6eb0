"""Admin → Users, driven through the real dialog on the window's op runner; every change checked in the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QDialog

from tests.people import ADMIN, password_for
from tests.ui.conftest import wait_idle
from ui.dialogs.user_forms import AddUserDialog, NewUser, ResetPasswordDialog, RoleDialog
from ui.dialogs.users import NAME, PASSWORD, ROLE, UsersDialog
from ui.users_admin import UsersAdmin
from workstation.facade import Workstation

TEMPORARY = "temporary-pass-1"


def open_users(qtbot, window) -> UsersDialog:  # type: ignore[no-untyped-def]
    dialog = UsersDialog(window)
    qtbot.addWidget(dialog)
    UsersAdmin(dialog, window)
    wait_idle(qtbot, window)
    return dialog


def select(dialog: UsersDialog, name: str) -> None:
    table = dialog.table
    (row,) = [r for r in range(table.rowCount()) if table.item(r, NAME).text() == name]
    table.selectRow(row)


def cell(dialog: UsersDialog, name: str, column: int) -> str:
    table = dialog.table
    return next(table.item(r, column).text() for r in range(table.rowCount()) if table.item(r, NAME).text() == name)


def stored(db: str, name: str) -> dict:
    with sqlite3.connect(db) as raw:
        raw.row_factory = sqlite3.Row
        return dict(raw.execute("SELECT * FROM user WHERE name = ?", (name,)).fetchone())


def audit(db: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as raw:
        return list(raw.execute("SELECT actor, action FROM audit_event WHERE entity = 'user' ORDER BY id"))


def press(qtbot, window, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.toolTip()
    button.click()
    wait_idle(qtbot, window)


@pytest.fixture
def admin_window(main_window):  # type: ignore[no-untyped-def]
    return main_window(user=ADMIN)


def test_only_an_admin_opens_users(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    reviewer = main_window(user="rev")
    users = reviewer.session.action_users
    assert not users.isEnabled() and users.toolTip() == "Users: only an admin manages users; rev is reviewer"
    admin = main_window(user=ADMIN)
    assert admin.session.action_users.isEnabled()
    assert admin.session.admin_menu.title() == "&Admin"
    assert admin.session.admin_menu.actions() == [admin.session.action_users]
    shown: list[UsersDialog] = []
    monkeypatch.setattr(UsersDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    admin.session.action_users.trigger()
    wait_idle(qtbot, admin)
    (dialog,) = shown
    assert dialog.table.rowCount() == 4 and cell(dialog, "rev", ROLE) == "reviewer"


def test_add_a_user(qtbot, admin_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    monkeypatch.setattr(AddUserDialog, "ask", classmethod(lambda cls, parent: NewUser(
        "rita", "Dr. Rita Ramos", "reviewer", password_for("rita"), True)))
    press(qtbot, admin_window, dialog.add)
    assert dialog.message.text() == "Added rita as reviewer." and not dialog.message.is_error
    assert cell(dialog, "rita", ROLE) == "reviewer"
    assert cell(dialog, "rita", PASSWORD) == "must change at next sign-in"
    row = stored(ui_db, "rita")
    assert (row["role"], row["display_name"], row["must_change_password"]) == ("reviewer", "Dr. Rita Ramos", 1)
    assert audit(ui_db)[-1] == (ADMIN, "user.add")
    # The same name again is refused and changes nothing.
    press(qtbot, admin_window, dialog.add)
    assert dialog.message.is_error and dialog.message.text() == "A user named 'rita' already exists"
    assert dialog.table.rowCount() == 5


def test_the_add_form_checks_before_it_closes(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = AddUserDialog()
    qtbot.addWidget(form)
    form.try_accept()
    assert form.error.text() == "Enter a user name"
    form.name.setText("rita")
    for password, repeat, message in (("short", "short", "Password: at least 8 characters"),
                                      ("iloveyou", "iloveyou", "commonly used"),
                                      ("rita-reviews-2026", "rita-reviews-2027", "The two passwords differ")):
        form.password.setText(password)
        form.repeat.setText(repeat)
        form.try_accept()
        assert message in form.error.text() and form.result() != QDialog.DialogCode.Accepted
    form.role.setCurrentIndex(form.role.findData("approver"))
    form.repeat.setText("rita-reviews-2026")
    form.password.setText("rita-reviews-2026")
    form.try_accept()
    assert form.result() == QDialog.DialogCode.Accepted
    assert form.answer() == NewUser("rita", "", "approver", "rita-reviews-2026", True)


def test_change_a_role(qtbot, admin_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    select(dialog, "rev")
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(RoleDialog, "ask", classmethod(
        lambda cls, parent, name, current: asked.append((name, current)) or "approver"))
    press(qtbot, admin_window, dialog.role)
    assert asked == [("rev", "reviewer")]
    assert stored(ui_db, "rev")["role"] == "approver" and cell(dialog, "rev", ROLE) == "approver"
    assert dialog.message.text() == "rev is now approver."
    assert audit(ui_db)[-1] == (ADMIN, "user.role")


def test_the_last_admin_cannot_be_demoted_or_deactivated(qtbot, admin_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    select(dialog, ADMIN)
    assert not dialog.active.isEnabled() and "your own account" in dialog.active.toolTip()
    monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, *a: "reviewer"))
    press(qtbot, admin_window, dialog.role)
    assert dialog.message.is_error
    assert dialog.message.text() == "admin is the last active admin; make another user admin first"
    assert stored(ui_db, ADMIN)["role"] == "admin" and cell(dialog, ADMIN, ROLE) == "admin"


def test_reset_a_password(qtbot, admin_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    select(dialog, "rev")
    monkeypatch.setattr(ResetPasswordDialog, "ask", classmethod(lambda cls, parent, name, own=False: TEMPORARY))
    press(qtbot, admin_window, dialog.reset)
    assert dialog.message.text() == "The password of rev was reset; they choose their own at the next sign-in."
    assert cell(dialog, "rev", PASSWORD) == "must change at next sign-in"
    with Workstation.open(ui_db) as ws:
        assert ws.users.sign_in(name="rev", password=TEMPORARY).must_change_password
    assert (ADMIN, "user.password_reset") in audit(ui_db)


def test_the_reset_form_keeps_to_the_password_rules(qtbot) -> None:  # type: ignore[no-untyped-def]
    form = ResetPasswordDialog("rev")
    qtbot.addWidget(form)
    form.password.setText("rev")
    form.repeat.setText("rev")
    form.try_accept()
    assert form.error.text() == "Password: at least 8 characters"
    form.password.setText("password1")
    form.repeat.setText("password1")
    form.try_accept()
    assert "commonly used" in form.error.text() and form.result() != QDialog.DialogCode.Accepted


def test_deactivate_and_reactivate(qtbot, admin_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    select(dialog, "auth")
    assert dialog.active.text() == "&Deactivate"
    press(qtbot, admin_window, dialog.active)
    assert stored(ui_db, "auth")["active"] == 0
    assert dialog.message.text() == "auth is deactivated and can no longer sign in."
    assert dialog.active.text() == "R&eactivate" and not dialog.role.isEnabled() and not dialog.reset.isEnabled()
    press(qtbot, admin_window, dialog.active)
    assert stored(ui_db, "auth")["active"] == 1 and dialog.active.text() == "&Deactivate"
    assert [a for _actor, a in audit(ui_db)][-2:] == ["user.deactivated", "user.reactivated"]


def test_unlock_an_account(qtbot, admin_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    with Workstation.open(ui_db) as ws:
        for _ in range(5):
            with pytest.raises(Exception, match="wrong user name or password"):
                ws.users.sign_in(name="rev", password="not the password")
    dialog = open_users(qtbot, admin_window)
    assert cell(dialog, "rev", 4) == "locked"
    select(dialog, "auth")
    assert not dialog.unlock.isEnabled()
    select(dialog, "rev")
    press(qtbot, admin_window, dialog.unlock)
    row = stored(ui_db, "rev")
    assert (row["locked"], row["failed_signins"]) == (0, 0) and cell(dialog, "rev", 4) == "no"
    assert dialog.message.text() == "rev is unlocked." and audit(ui_db)[-1] == (ADMIN, "user.unlocked")
    with Workstation.open(ui_db) as ws:
        ws.users.sign_in(name="rev", password=password_for("rev"))


def test_the_idle_lock_setting(qtbot, admin_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    dialog = open_users(qtbot, admin_window)
    assert dialog.idle_minutes.value() == 15 and not dialog.apply_idle.isEnabled()
    dialog.idle_minutes.setValue(5)
    press(qtbot, admin_window, dialog.apply_idle)
    assert dialog.message.text() == "Windows now lock after 5 minutes without input."
    assert not dialog.apply_idle.isEnabled()
    assert admin_window.idle.timer.interval() == 5 * 60_000
    with Workstation.open(ui_db) as ws:
        assert ws.users.idle_lock_minutes() == 5
    dialog.idle_minutes.setValue(0)
    assert dialog.idle_minutes.text() == "never"
    press(qtbot, admin_window, dialog.apply_idle)
    assert not admin_window.idle.timer.isActive()
    assert dialog.message.text() == "Windows no longer lock when left unattended."


def test_an_admin_who_hands_over_and_steps_down_loses_the_admin_menu(qtbot, admin_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def work(dialog: UsersDialog) -> int:
        wait_idle(qtbot, admin_window)
        select(dialog, "appr")
        monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, *a: "admin"))
        press(qtbot, admin_window, dialog.role)
        select(dialog, ADMIN)
        monkeypatch.setattr(RoleDialog, "ask", classmethod(lambda cls, *a: "approver"))
        press(qtbot, admin_window, dialog.role)
        assert cell(dialog, ADMIN, ROLE) == "approver"
        return 0

    monkeypatch.setattr(UsersDialog, "exec", work)
    admin_window.session.action_users.trigger()
    qtbot.waitUntil(lambda: admin_window.role == "approver", timeout=10_000)
    users = admin_window.session.action_users
    assert not users.isEnabled() and "admin is approver" in users.toolTip()
    assert admin_window.user_label.text() == "Signed in as Board Admin (approver)"
