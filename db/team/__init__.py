"""Team mode on PostgreSQL: the database itself enforces who may do what.

``apply_team_schema`` (run by ``workstation team init`` with a URL naming the
database owner or a superuser) installs, idempotently and in one transaction:
pgcrypto, the owner-only password table, the group roles (named with this
database's prefix, since roles belong to the whole server), the SECURITY
DEFINER functions, the triggers and the grants. The SQL lives beside this
module; ``calls.py`` holds the Python side of the functions a desk calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files

from sqlalchemy import Connection, Engine, text

from db.engine import write_session

PREFIX_KEY = "team.role_prefix"
# What "user".password_hash holds on a team database: the real hash is in
# team_password, which only the owner's functions read.
PASSWORD_MARKER = "team:held-by-database"
# The engine option that sends audit appends through team_append_event.
TEAM_OPTION = "workstation_team"
GROUPS = ("member", "author", "reviewer", "approver", "admin")
SQL_FILES = (
    "functions.sql", "logins.sql", "approval.sql", "roles.sql", "triggers.sql", "grants.sql", "gate.sql",
)
# The sign-in gate's password is no secret: the role may only count a failed
# sign-in (gate.sql), and every desk must be able to connect as it.
GATE_PASSWORD = "workstation-sign-in-gate"
_PLAIN_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_$]*$")
MAX_PREFIX = 40  # group names stay within PostgreSQL's 63 characters


class TeamSetupError(Exception):
    """team init cannot run here; the message says why and what to do."""


@dataclass(frozen=True)
class TeamSetup:
    role_prefix: str
    schema: str
    users_without_login: tuple[str, ...]


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def derive_prefix(database: str, schema: str) -> str:
    """``<database>_`` (and the schema when it is not public), folded to [a-z0-9_]."""
    base = database if schema == "public" else f"{database}_{schema}"
    folded = re.sub(r"[^a-z0-9_]", "_", base.lower())[:MAX_PREFIX]
    return folded + "_"


def role_prefix(connection: Connection) -> str | None:
    """This database's group role prefix, or None when it is not a team database."""
    if connection.dialect.name != "postgresql":
        return None
    return connection.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": PREFIX_KEY}).scalar()


def group_name(prefix: str, role: str) -> str:
    return prefix + role


def gate_name(prefix: str) -> str:
    """The sign-in gate's login role: the group prefix and ``gate``."""
    return prefix + "gate"


def sql_source(name: str, *, schema: str, crypto: str) -> str:
    """One of the SQL files, with the schema names and the password marker filled in."""
    source = files("db.team").joinpath(name).read_text(encoding="utf-8")
    return (
        source.replace("@SCHEMA@", quote_ident(schema))
        .replace("@CRYPTO@", quote_ident(crypto))
        .replace("@MARKER@", quote_literal(PASSWORD_MARKER))
        .replace("@GATE_PASSWORD@", quote_literal(GATE_PASSWORD))
    )


def apply_team_schema(engine: Engine) -> TeamSetup:
    """Install or refresh team mode on this PostgreSQL database (idempotent)."""
    if engine.dialect.name != "postgresql":
        raise TeamSetupError("team mode needs a PostgreSQL database; a SQLite file serves one desk")
    with write_session(engine) as session:
        connection = session.connection()
        schema, database, trusted = connection.execute(text(
            "SELECT current_schema(), current_database(), "
            "pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = 'article'::regclass"
        )).one()
        if not trusted:
            raise TeamSetupError(
                "team init must run as the owner of the workstation's tables or a superuser "
                f"(this connection is {connection.execute(text('SELECT current_user')).scalar()})"
            )
        if not _PLAIN_NAME.match(schema):
            raise TeamSetupError(f"team mode needs a plainly named schema (letters, digits, _), not {schema!r}")
        connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pgcrypto")
        crypto = connection.execute(text(
            "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
            "WHERE e.extname = 'pgcrypto'"
        )).scalar_one()
        prefix = role_prefix(connection)
        if prefix is None:
            prefix = derive_prefix(database, schema)
            connection.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"), {"k": PREFIX_KEY, "v": prefix})
        for name in SQL_FILES:
            _run_script(connection, sql_source(name, schema=schema, crypto=crypto))
        without = tuple(connection.execute(text(
            'SELECT u.name FROM "user" u WHERE NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = u.name) '
            "OR NOT team_owns_login(u.name) OR NOT EXISTS "
            "(SELECT 1 FROM team_password p WHERE p.user_id = u.id AND p.hash LIKE '$2%') ORDER BY u.name"
        )).scalars())
    return TeamSetup(role_prefix=prefix, schema=schema, users_without_login=without)


def refresh_team_functions(connection: Connection) -> bool:
    """Install functions.sql again on a team database (a migration that changed it); False elsewhere.

    Idempotent (CREATE OR REPLACE); the owner runs it, as it runs every migration.
    """
    if connection.dialect.name != "postgresql" or role_prefix(connection) is None:
        return False
    schema = connection.execute(text("SELECT current_schema()")).scalar_one()
    crypto = connection.execute(text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pgcrypto'"
    )).scalar_one()
    _run_script(connection, sql_source("functions.sql", schema=schema, crypto=crypto))
    return True


def _run_script(connection: Connection, script: str) -> None:
    """A file of several statements in one call: psycopg sends it as a simple query when it has no parameters."""
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(script)
    finally:
        cursor.close()
