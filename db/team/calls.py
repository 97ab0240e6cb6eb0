"""The functions of a team database that the program calls, one Python function each.

Each runs in the caller's transaction on the caller's connection; PostgreSQL
checks who is asking (session_user) and refuses with SQLSTATE 42501 (or 28P01
for a wrong signing password) and a message naming the rule.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, text


def append_event(
    connection: Connection, *, actor: str, action: str, entity: str, entity_id: int | None,
    article_id: int | None, field: str, old_value: str, new_value: str, reason: str,
) -> int:
    """Append one audit event in the database (hash and chain head computed there); returns its id."""
    return int(connection.execute(
        text("SELECT team_append_event(:actor, :action, :entity, :entity_id, :article_id, :field, :old, :new, :reason)"),
        {"actor": actor, "action": action, "entity": entity, "entity_id": entity_id, "article_id": article_id,
         "field": field, "old": old_value, "new": new_value, "reason": reason},
    ).scalar_one())


def note_sign_in(connection: Connection) -> int:
    """Record the session user's sign-in (the server has checked the password); returns the user id."""
    return int(connection.execute(text("SELECT team_note_sign_in()")).scalar_one())


def check_password(connection: Connection, password: str) -> str:
    """'ok', 'wrong', 'locked' or 'inactive' for the session user's password; wrong ones count."""
    return str(connection.execute(text("SELECT team_check_password(:p)"), {"p": password}).scalar_one())


def verify_password(connection: Connection, name: str, password: str) -> bool:
    """Whether the password is ``name``'s (the desk's own, or anyone's for the owner); not counted."""
    return bool(connection.execute(
        text("SELECT team_verify_password(:n, :p)"), {"n": name, "p": password}
    ).scalar_one())


def stored_hash(connection: Connection, user_id: int) -> str | None:
    """The owner reads a user's stored hash (a pre-team argon2 hash is checked by the program)."""
    return connection.execute(
        text("SELECT hash FROM team_password WHERE user_id = :u"), {"u": user_id}
    ).scalar()


def set_password(connection: Connection, name: str, password: str) -> None:
    """Set the user's checked hash and, when they have one, their login role's password."""
    connection.execute(text("SELECT team_set_password(:n, :p)"), {"n": name, "p": password})


def create_login(connection: Connection, user_id: int, password: str | None) -> None:
    """Create the user's login role in the group of their role (an admin, or the owner)."""
    connection.execute(text("SELECT team_create_login(:u, :p)"), {"u": user_id, "p": password})


def sign(
    connection: Connection, *, article_id: int, password: str, meaning: str, signed_at: datetime,
    approval_event_id: int,
) -> int:
    """The approver's signature, checked and written by the database; returns the signature id."""
    return int(connection.execute(
        text("SELECT team_sign(:a, :p, :m, :t, :e)"),
        {"a": article_id, "p": password, "m": meaning, "t": signed_at, "e": approval_event_id},
    ).scalar_one())
