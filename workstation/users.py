"""Users, roles and password hashes (argon2; never plain text)."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from db.tables import User
from workstation.errors import NotFound, ValidationError
from workstation.model import ROLES

_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    display_name: str
    role: str
    has_password: bool


def to_view(user: User) -> UserView:
    assert user.id is not None
    return UserView(user.id, user.name, user.display_name or user.name, user.role, bool(user.password_hash))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def validate_new_user(name: str, role: str) -> tuple[str, str]:
    name = name.strip()
    if not name or len(name) > 80 or any(ch in name for ch in "\x00\n\r\t"):
        raise ValidationError("user name: 1 to 80 characters on one line")
    role = role.strip().lower()
    if role not in ROLES:
        raise ValidationError(f"role: one of {', '.join(ROLES)}, not {role!r}")
    return name, role


def find_user(session: Session, name: str) -> User:
    user = session.exec(select(User).where(User.name == name.strip())).first()
    if user is None or not user.active:
        raise NotFound(f"no user named {name!r}: add one with 'workstation users add NAME --role ROLE'")
    return user
