"""Every control can be named by a screen reader and every menu command reached from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QTabBar, QWidget


def unnamed_controls(top: QWidget) -> list[str]:
    """Focusable controls under ``top`` that a screen reader could not name."""
    unnamed = []
    for widget in top.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QTabBar):  # each tab's own text is what is read out
            assert all(widget.tabText(i) for i in range(widget.count()))
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return unnamed


def test_every_focusable_control_has_an_accessible_name(main_window) -> None:  # type: ignore[no-untyped-def]
    assert unnamed_controls(main_window()) == []


def test_the_identity_dialogs_and_the_lock_name_every_control(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import wait_idle
    from ui.dialogs.change_password import ChangePasswordDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.dialogs.signature import SignatureDialog
    from ui.dialogs.user_forms import AddUserDialog, ResetPasswordDialog, RoleDialog
    from ui.dialogs.users import UsersDialog
    from ui.users_admin import UsersAdmin

    window = main_window(user="admin")
    ws = window.workstation
    users = UsersDialog(window)
    UsersAdmin(users, window)
    wait_idle(qtbot, window)
    dialogs = [SignInDialog(ws, user="rev"), SignInDialog(ws, first_admin=True), users,
               ChangePasswordDialog(ws, "admin", forced=True), AddUserDialog(), RoleDialog("rev", "reviewer"),
               ResetPasswordDialog("rev"), SignatureDialog("Board Admin", [])]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.objectName(), type(dialog).__name__
        assert unnamed_controls(dialog) == [], dialog.objectName()
    window.idle.lock()
    assert unnamed_controls(window.idle.screen) == []


def test_every_menu_command_has_a_mnemonic_or_a_shortcut(main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert {m.title().replace("&", "") for m in menus} >= {"File", "Edit", "Review", "Admin"}
    assert all("&" in m.title() for m in menus)
    unreachable = [
        action.text() for menu in menus for action in menu.actions()
        if not action.isSeparator() and "&" not in action.text() and action.shortcut().isEmpty()
    ]
    assert unreachable == []


def test_a_workflow_step_from_the_keyboard(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.conftest import wait_idle

    window = main_window(article=2)
    start = window.findChild(type(window.action_import), "actionStartReview")
    assert start.isEnabled() and "Ctrl+Shift+R" in start.toolTip()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.workstation.library.get_article(article_id=2).summary.status == "Under Review",
                    timeout=10_000)
    wait_idle(qtbot, window)
    assert window.workstation.library.get_article(article_id=2).summary.assigned_reviewer == "rev"
