"""Users and roles: who may sign in, and the rules on changing them.

Users are never deleted (the audit trail names them); they are deactivated.
The first user of a database is its administrator, and the last active admin
can be neither deactivated nor demoted, so a database never locks its owner out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from db.tables import User
from workstation.changes import OpChanges
from workstation.errors import NotFound, ValidationError
from workstation.messages import message
from workstation.model import ROLES
from workstation.passwords import verify_password

MAX_FAILED_SIGNINS = 5  # in a row, then the account locks until an admin unlocks it
ADMIN = "admin"


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    display_name: str
    role: str
    has_password: bool
    active: bool = True
    locked: bool = False
    must_change_password: bool = False
    last_sign_in: datetime | None = None

    def as_json(self) -> dict:
        return {
            "name": self.name, "display_name": self.display_name, "role": self.role, "active": self.active,
            "locked": self.locked, "must_change_password": self.must_change_password,
            "last_sign_in": self.last_sign_in.isoformat() if self.last_sign_in else None,
        }


@dataclass(frozen=True)
class UserChange:
    """What a change to a user returns: the user as they are now, and what changed (nothing, if already so)."""

    user: UserView
    changes: OpChanges


def changed(user: User) -> UserChange:
    """The result of a change that reached the user's row."""
    return UserChange(to_view(user), OpChanges(users=True))


def unchanged(user: User) -> UserChange:
    """The result of a change that found the user already as asked."""
    return UserChange(to_view(user), OpChanges())


def to_view(user: User) -> UserView:
    assert user.id is not None
    return UserView(
        user.id, user.name, user.display_name or user.name, user.role, bool(user.password_hash),
        active=user.active, locked=user.locked, must_change_password=user.must_change_password,
        last_sign_in=user.last_sign_in,
    )


def password_matches(user: User, password: str) -> bool:
    return verify_password(user.password_hash, password)


def validate_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 63 or any(ch in name for ch in "\x00\n\r\t\"'\\"):
        raise ValidationError(message("users.bad-name"))
    return name


def validate_role(role: str) -> str:
    role = role.strip().lower()
    if role not in ROLES:
        raise ValidationError(message("users.bad-role", allowed=", ".join(ROLES), given=repr(role)))
    return role


def validate_new_user(name: str, role: str) -> tuple[str, str]:
    return validate_name(name), validate_role(role)


def user_row(session: Session, name: str) -> User | None:
    """The user named so, active or not."""
    return session.exec(select(User).where(User.name == name.strip())).first()


def find_user(session: Session, name: str) -> User:
    """The active user named so, or NotFound."""
    user = user_row(session, name)
    if user is None or not user.active:
        raise NotFound(message("users.not-found", name=repr(name)))
    return user


def user_count(session: Session) -> int:
    return int(session.exec(select(func.count()).select_from(User)).one())


def active_admins(session: Session) -> int:
    return int(session.exec(
        select(func.count()).select_from(User).where(col(User.active), User.role == ADMIN)
    ).one())


def refuse_losing_last_admin(session: Session, user: User, *, new_role: str | None = None,
                             deactivate: bool = False) -> None:
    """The last active admin can be neither demoted nor deactivated."""
    if user.role != ADMIN or not user.active:
        return
    if (deactivate or (new_role is not None and new_role != ADMIN)) and active_admins(session) <= 1:
        raise ValidationError(message("users.last-admin", name=user.name))
