"""Password rules and hashing (NIST SP 800-63B §5.1.1.2; 21 CFR Part 11 §11.300).

At least eight characters, not one of the 20,000 most commonly used passwords
(the list Django ships, from Royce Williams' compilation, in
``workstation/data/common-passwords.txt.gz``), not the user's own name, and no
composition rules: a long passphrase beats ``P@ssw0rd!``. Hashes are argon2id;
plain text is never stored.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from workstation.errors import ValidationError
from workstation.messages import message

MIN_LENGTH = 8
MAX_LENGTH = 256  # argon2 takes any length; a bound keeps a pasted file out
_hasher = PasswordHasher()


@cache
def common_passwords() -> frozenset[str]:
    """The shipped list of commonly used passwords, lower case."""
    data = files("workstation.data").joinpath("common-passwords.txt.gz").read_bytes()
    return frozenset(line.strip().lower() for line in gzip.decompress(data).decode("utf-8").splitlines())


def password_problem(password: str, *, user_name: str = "") -> str | None:
    """Why this password may not be chosen, or None when it may."""
    if len(password) < MIN_LENGTH:
        return message("password.too-short", count=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        return message("password.too-long", count=MAX_LENGTH)
    if password.strip().lower() in common_passwords():
        return message("password.common")
    if user_name and password.strip().lower() == user_name.strip().lower():
        return message("password.user-name")
    return None


def check_new_password(password: str, *, user_name: str = "") -> None:
    """Raise ValidationError naming the rule a new password breaks."""
    problem = password_problem(password, user_name=user_name)
    if problem:
        raise ValidationError(problem)


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether ``password`` matches the stored hash (False for a missing or foreign hash)."""
    if not password_hash or not password:
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
