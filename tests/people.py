"""People for tests: the first admin, users added by that admin, and signing them in.

A database's first user must be an admin and every later user is added by a
signed-in admin, so tests that need a reviewer go through the same door a real
board does. Passwords follow the real policy (eight characters or more, not a
common one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from workstation.facade import Workstation
from workstation.users import UserView

ADMIN = "admin"
ADMIN_PASSWORD = "board-admin-passphrase"
PASSWORDS = {
    "rev": "reviewer-pass-12", "appr": "approver-pass-34", "auth": "author-pass-56",
    "rita": "rita-reviews-2026", "alan": "alan-writes-2026", "ana": "ana-approves-2026",
}
DEFAULT_PASSWORD = "correct-horse-staple"


def password_for(name: str) -> str:
    return ADMIN_PASSWORD if name == ADMIN else PASSWORDS.get(name, DEFAULT_PASSWORD)


def ensure_admin(ws) -> str:  # type: ignore[no-untyped-def]
    """The name of a signed-in admin, creating the database's first admin if it has no user."""
    if not ws.users.has_users():
        ws.users.add_user(name=ADMIN, role="admin", password=ADMIN_PASSWORD, display_name="Board Admin")
    if ADMIN not in ws.signed_in:
        ws.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)
    return ADMIN


def add_person(  # type: ignore[no-untyped-def]
    ws, name: str, role: str, *, password: str | None = "", display_name: str = "", sign_in: bool = True,
) -> UserView:
    """Add ``name`` as the admin would and sign them in (password None: a user without one)."""
    if password == "":
        password = password_for(name)
    by = ensure_admin(ws)
    view = ws.users.add_user(name=name, role=role, password=password, display_name=display_name, by=by).user
    if sign_in and password:
        ws.users.sign_in(name=name, password=password)
    return view


def sign_in(ws, *names: str):  # type: ignore[no-untyped-def]
    """Sign these people in at ``ws`` with their test passwords; returns ``ws``."""
    for name in names:
        ws.users.sign_in(name=name, password=password_for(name))
    return ws


@contextmanager
def board(db: str) -> Iterator[Workstation]:
    """The database at ``db`` opened with every test person in it signed in (as several desks would be)."""
    with Workstation.open(db) as ws:
        for person in ws.users.list_users(include_inactive=False):
            if person.has_password and not person.locked:
                sign_in(ws, person.name)
        yield ws
