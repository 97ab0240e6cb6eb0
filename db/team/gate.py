"""The desk's side of the sign-in gate (gate.sql): counting a password PostgreSQL refused.

A desk knows only the URL before anyone signs in, so it finds the gate by the
name ``team init`` gives it: the group prefix derived from the URL's database
and schema (its ``search_path`` option), and ``gate``. A prefix set by hand in
meta ``team.role_prefix`` is not found this way; such failures then go
uncounted, as psql's do.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db.engine import create_db_engine
from db.team import GATE_PASSWORD, derive_prefix, gate_name

_SEARCH_PATH = re.compile(r"search_path\s*=\s*([^\s,]+)")


def gate_role(url: str) -> str | None:
    """The gate's login role for a desk's URL, or None when the URL names no database."""
    parsed = make_url(url)
    if not parsed.database:
        return None
    options = parsed.query.get("options", "")
    if not isinstance(options, str):
        options = " ".join(options)
    found = _SEARCH_PATH.search(unquote(options))
    schema = found.group(1).strip('"') if found else "public"
    return gate_name(derive_prefix(parsed.database, schema))


def record_failed_sign_in(url: str, name: str) -> int | None:
    """Count a wrong password for ``name``; the attempts left (0: locked), or None when nothing was counted.

    None also when the gate cannot be reached (a database set up before the
    gate existed, or with a prefix set by hand): the sign-in is refused anyway.
    """
    role = gate_role(url)
    if role is None:
        return None
    engine = create_db_engine(url, user=role, password=GATE_PASSWORD)
    try:
        with engine.begin() as connection:
            left = connection.execute(text("SELECT team_failed_sign_in(:n)"), {"n": name}).scalar()
    except DBAPIError:
        return None
    finally:
        engine.dispose()
    return None if left is None else int(left)
