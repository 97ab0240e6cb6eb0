"""Who sits at the window: sign-in, sign-out, switching user, one's password, the Users dialog.

The window holds one signed-in person at a time. Signing out ends that person's
session at the facade (and with it their undo history), discards what they had
typed but not saved, and leaves the window read-only until someone signs in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import settings as store
from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.sign_in import SignInDialog
from ui.i18n import role_label
from ui.unsaved_edits import unsaved_changes_box
from workstation.facade import ADMIN, UserView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def sign_in_at(workstation: Any, *, user: str = "", parent: QWidget | None = None) -> UserView | None:
    """Ask who is at the desk; a password an admin reset must be changed before going on.

    None when the person cancels either dialog (a cancelled change also signs them out again).
    """
    view = SignInDialog.ask(workstation, user=user, parent=parent)
    if view is None or not view.must_change_password:
        return view
    changed = ChangePasswordDialog.ask(workstation, view.name, display_name=view.display_name, forced=True,
                                       parent=parent)
    if changed is None:
        workstation.users.sign_out(name=view.name)
        return None
    return changed


class SignInCancelled(Exception):
    """Nobody signed in when the window was to open (the sign-in or a forced password change was cancelled)."""


def sign_in_for_window(workstation: Any, user: str | None, password: str | None, *,
                       interactive: bool = True) -> UserView | None:
    """Who a new window opens for: ``user`` with ``password``, else the sign-in dialog's answer.

    None only when nobody can be asked (``interactive=False``, a screenshot): the window
    opens read-only. Raises SignInCancelled when the person cancels.
    """
    if user is not None and password is not None:
        view = workstation.users.sign_in(name=user, password=password)
        if not view.must_change_password:
            return view
        changed = None
        if interactive:
            changed = ChangePasswordDialog.ask(workstation, view.name, display_name=view.display_name, forced=True)
        if changed is None:
            workstation.users.sign_out(name=view.name)
            raise SignInCancelled(QCoreApplication.translate("Session", "{name} must choose a new password first (an admin reset it)").format(name=view.name))
        return changed
    if not interactive:
        return None
    view = sign_in_at(workstation, user=user or store.saved_user() or "")
    if view is None:
        raise SignInCancelled(QCoreApplication.translate("Session", "nobody signed in"))
    return view


def confirm_discard(parent: QWidget, what: str) -> bool:
    """Whether the person agrees to lose ``what`` they have not saved (tests replace this).

    The box is the one asked before unsaved source is left behind (:mod:`ui.unsaved_edits`),
    without Save: the comment being written has no save of its own to offer here.
    """
    box = unsaved_changes_box(
        parent, QCoreApplication.translate("Session", "{what} has not been saved and will be discarded. Sign out anyway?").format(what=what),
        "", can_save=False)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is not None and box.standardButton(clicked) == QMessageBox.StandardButton.Discard


class Session(QObject):
    """The File menu's identity commands and the Admin menu, and what changes with the person signed in."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        act = window._action
        self.action_sign_in = act("actionSignIn", self.tr("Sign &in…"), self.sign_in, None,
                                  self.tr("Sign in to review (the window is read-only until someone does)"))
        self.action_switch = act("actionSwitchUser", self.tr("S&witch user…"), self.switch_user, None,
                                 self.tr("Let someone else sign in at this window"))
        self.action_sign_out = act("actionSignOut", self.tr("Sign &out"), self.sign_out, None,
                                   self.tr("Sign out; the window stays open, read-only, until someone signs in"))
        self.action_password = act("actionChangePassword", self.tr("Change my &password…"), self.change_password, None,
                                   self.tr("Choose a new password"))
        self.action_users = act("actionUsers", self.tr("&Users…"), self.open_users, None,
                                self.tr("Add users, change roles, reset passwords, unlock accounts"))
        file_menu = window.file_menu
        first = file_menu.actions()[-1]  # Quit stays last
        file_menu.insertActions(first, [self.action_password, self.action_switch, self.action_sign_out,
                                        self.action_sign_in])
        file_menu.insertSeparator(first)
        self.admin_menu = window.menuBar().addMenu(self.tr("&Admin"))
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.setToolTipsVisible(True)  # a disabled Users… says why
        self.admin_menu.addAction(self.action_users)

    # ----------------------------------------------------------------- showing who is here
    def apply_user(self) -> None:
        """What the person signed in may use, and what a read-only window (nobody signed in) may not."""
        window = self.window
        signed_in = window.user is not None
        self.update_actions()
        for action, what in ((window.action_import, self.tr("Import article files")), (window.action_save, self.tr("Save revision"))):
            action.setEnabled(signed_in)
            action.setToolTip(what if signed_in else self.tr("{what}: nobody is signed in (File → Sign in…)").format(what=what))
        window.review.editor_tab.source.setReadOnly(not signed_in)
        window.controller.apply_user()
        window.idle.restart()  # nobody signed in: nothing to lock

    def unsaved_input(self) -> str:
        """What the person at the window typed and has not saved, in words ("" when nothing)."""
        review = self.window.review
        parts = []
        if review.editor_tab.source.document().isModified():
            parts.append(self.tr("The article source in the editor"))
        if review.comments_tab.body.text().strip():
            parts.append(self.tr("the comment being written"))
        return " and ".join(parts)

    def discard_unsaved(self) -> None:
        """Drop what the person leaving typed, so the next one cannot save it under their own name."""
        review = self.window.review
        review.editor_tab.source.document().setModified(False)
        review.comments_tab.body.clear()
        self.window.controller.reset_inputs()

    def update_actions(self) -> None:
        """Menus and the status bar for the person now signed in (or nobody)."""
        window = self.window
        signed_in = window.user is not None
        self.action_sign_in.setVisible(not signed_in)
        for action in (self.action_switch, self.action_sign_out, self.action_password):
            action.setVisible(signed_in)
        is_admin = window.role == ADMIN
        self.action_users.setEnabled(signed_in and is_admin)
        if is_admin:
            tip = self.tr("Add users, change roles, reset passwords, unlock accounts")
        elif signed_in:
            tip = self.tr("Users: only an admin manages users; {user} is {role}").format(user=window.user, role=role_label(window.role))
        else:
            tip = self.tr("Users: sign in as an admin first")
        self.action_users.setToolTip(tip)
        self.action_users.setStatusTip(tip)
        label = window.user_label
        if signed_in:
            label.setText(self.tr("Signed in as {display_name} ({role})").format(display_name=window.display_name, role=role_label(window.role)))
            label.setToolTip(self.tr("{display_name}, user name {user}, role {role}").format(display_name=window.display_name, user=window.user,
                                                                                role=role_label(window.role)))
        else:
            label.setText(self.tr("Not signed in · read-only"))
            label.setToolTip(self.tr("Nobody is signed in: the window shows the database but changes nothing. "
                             "File → Sign in…"))

    # ----------------------------------------------------------------- commands
    def sign_in(self) -> None:
        """Ask who is at the desk (when nobody is signed in)."""
        if self.window.is_closed() or self.window.user is not None:
            return
        view = sign_in_at(self.window.workstation, user=store.saved_user() or "", parent=self.window)
        if view is not None:
            self.window.set_user(view)

    def sign_out(self) -> None:
        """End the session; the window stays, read-only, with the sign-in dialog asking who is next."""
        window = self.window
        if window.user is None or not self._may_discard():
            return
        leaving = window.user
        self.discard_unsaved()
        window.set_user(None)
        ws = window.workstation
        # Queued behind whatever the person leaving had asked for, so their last changes land first.
        window.runner.mutate(lambda: ws.users.sign_out(name=leaving),
                             lambda _result: QTimer.singleShot(0, self, self.sign_in), label=self.tr("Signing out"))

    def switch_user(self, *, from_lock: bool = False) -> bool:
        """Someone else signs in; until they do, the present person stays. True when the window changed hands.

        From the lock screen the person away cannot be asked: what they had not saved is discarded.
        """
        window = self.window
        leaving = window.user
        if leaving is not None and not from_lock and not self._may_discard():
            return False
        view = sign_in_at(window.workstation, parent=window)
        if view is None:
            return False
        if view.name == leaving:
            window.set_user(view)  # the same person, signed in again
            return True
        self.discard_unsaved()
        if leaving is not None:
            ws = window.workstation
            window.runner.mutate(lambda: ws.users.sign_out(name=leaving), label=self.tr("Signing out"))
        window.set_user(view)
        return True

    def change_password(self) -> None:
        window = self.window
        if window.user is None:
            return
        view = ChangePasswordDialog.ask(window.workstation, window.user, display_name=window.display_name,
                                        parent=window)
        if view is not None:
            window.statusBar().showMessage(self.tr("Your password was changed."), 8000)

    def open_users(self) -> None:
        """The Users dialog (admins); afterwards the window follows any change to its own user or the idle lock."""
        from ui.dialogs.users import UsersDialog

        window = self.window
        if window.user is None or window.role != ADMIN:
            return
        UsersDialog.ask(window)
        self.refresh_own_view()

    def refresh_own_view(self) -> None:
        """Read the signed-in person again (an admin may have changed their own role) and the idle-lock setting."""
        window, name = self.window, self.window.user
        if name is None:
            return
        ws = window.workstation

        def show(view: UserView) -> None:
            if window.user == view.name and (view.role, view.display_name) != (window.role, window.display_name):
                window.set_user(view)

        window.runner.query(lambda: ws.users.get_user(name=name), show)
        window.idle.reload()

    # ----------------------------------------------------------------- plumbing
    def _may_discard(self) -> bool:
        unsaved = self.unsaved_input()
        return not unsaved or confirm_discard(self.window, unsaved)

    def actions(self) -> list[QAction]:
        return [self.action_sign_in, self.action_switch, self.action_sign_out, self.action_password,
                self.action_users]
