"""Answering the sign-in and password dialogs in tests: the real dialogs, filled in and accepted without exec()."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ui.dialogs.change_password import ChangePasswordDialog
from ui.dialogs.sign_in import SignInDialog


def answer_sign_in(monkeypatch: pytest.MonkeyPatch, *answers: tuple[str, str] | None) -> list[SignInDialog]:
    """Each time the window asks who is there, the next (name, password) is typed and Sign in pressed.

    None cancels. The dialogs shown are returned (in order) for the test to look at.
    """
    queue = list(answers)
    shown: list[SignInDialog] = []

    def ask(cls: type[SignInDialog], workstation: Any, *, user: str = "", parent: Any = None) -> Any:
        assert queue, "the sign-in dialog was asked for more often than the test expected"
        dialog = cls(workstation, user=user, first_admin=not workstation.users.has_users(), parent=parent)
        shown.append(dialog)
        answer = queue.pop(0)
        if answer is None:
            return None
        dialog.name.setText(answer[0])
        dialog.password.setText(answer[1])
        dialog.try_accept()
        assert dialog.view is not None, dialog.error.text()
        return dialog.view

    monkeypatch.setattr(SignInDialog, "ask", classmethod(ask))
    return shown


def answer_password_change(monkeypatch: pytest.MonkeyPatch, fill: Callable[[ChangePasswordDialog], None] | None
                           ) -> list[ChangePasswordDialog]:
    """The change-password dialog is filled by ``fill`` and accepted (None: cancelled)."""
    shown: list[ChangePasswordDialog] = []

    def ask(cls: type[ChangePasswordDialog], workstation: Any, name: str, *, display_name: str = "",
            forced: bool = False, parent: Any = None) -> Any:
        dialog = cls(workstation, name, display_name=display_name, forced=forced, parent=parent)
        shown.append(dialog)
        if fill is None:
            return None
        fill(dialog)
        dialog.try_accept()
        return dialog.view

    monkeypatch.setattr(ChangePasswordDialog, "ask", classmethod(ask))
    return shown
