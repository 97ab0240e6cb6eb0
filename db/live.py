"""Hearing that another desk or process committed something, on a connection of its own.

PostgreSQL announces commits with NOTIFY (triggers of migration 0005,
:mod:`db.live_sql`): :class:`PostgresNotices` LISTENs on an autocommit
connection and blocks in psycopg until a notice arrives. SQLite has no such
thing; :class:`SqliteDataVersion` polls ``PRAGMA data_version``, which changes
whenever another connection commits and costs microseconds to ask.

Both hand out their connection with ``engine.raw_connection()`` and detach it
from the pool, so they log in exactly as the desk does (a team desk's own role,
its password, the URL's search path) yet are never handed to a writer.
:func:`change_state` is the cheap "what changed since" query both use.
"""

from __future__ import annotations

import contextlib
import json
import threading
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Connection, Engine, func, select
from sqlmodel import col

from db.live_sql import channel
from db.tables import AuditEvent, EditLease, Notification

SQLITE_POLL_S = 0.1  # PRAGMA data_version every 100 ms: well inside the 2 s the window promises
EVENT_BATCH = 5_000  # audit events read per "what changed" query (a bulk import writes many)


class ConnectionLost(Exception):
    """The listening connection broke (a server restart); the caller connects again."""


class ChangeWaiter(Protocol):
    def connect(self) -> None: ...
    def wait(self, timeout: float) -> list[dict[str, Any]] | None: ...
    def close(self) -> None: ...


class PostgresNotices:
    """LISTEN on the schema's channel; ``wait`` returns the notices' payloads (empty on a timeout)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._connection: Any = None
        self.schema = ""

    def connect(self) -> None:
        from psycopg import sql

        self.close()
        pooled = self.engine.raw_connection()
        connection = pooled.driver_connection
        pooled.detach()  # ours alone, for as long as we listen
        connection.autocommit = True
        self.schema = connection.execute("SELECT current_schema()").fetchone()[0]
        connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(channel(self.schema))))
        self._connection = connection

    def wait(self, timeout: float) -> list[dict[str, Any]] | None:
        import psycopg

        if self._connection is None:
            raise ConnectionLost("not connected")
        try:
            notices = list(self._connection.notifies(timeout=timeout, stop_after=1))
            if notices:  # a burst of commits: take what is already there with the first
                notices += list(self._connection.notifies(timeout=0.001))
        except psycopg.Error as exc:
            self.close()
            raise ConnectionLost(str(exc)) from exc
        return [_payload(n.payload) for n in notices]

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):  # a broken connection may fail to close; it is gone either way
                connection.close()


class SqliteDataVersion:
    """Polls ``PRAGMA data_version``; ``wait`` returns ``[{}]`` once it moved, ``[]`` on a timeout."""

    def __init__(self, engine: Engine, *, poll: float = SQLITE_POLL_S, stop: threading.Event | None = None) -> None:
        self.engine = engine
        self.poll = poll
        self.stop = stop or threading.Event()
        self._connection: Any = None
        self._version: int | None = None

    def connect(self) -> None:
        self.close()
        pooled = self.engine.raw_connection()
        self._connection = pooled.driver_connection
        pooled.detach()
        self._version = self._data_version()

    def _data_version(self) -> int:
        import sqlite3

        try:
            return int(self._connection.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            self.close()
            raise ConnectionLost(str(exc)) from exc

    def wait(self, timeout: float) -> list[dict[str, Any]] | None:
        if self._connection is None:
            raise ConnectionLost("not connected")
        waited = 0.0
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return [{}]
            if waited >= timeout or self.stop.wait(self.poll):
                return []
            waited += self.poll

    def close(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def change_waiter(engine: Engine, stop: threading.Event) -> ChangeWaiter:
    if engine.dialect.name == "sqlite":
        return SqliteDataVersion(engine, stop=stop)
    return PostgresNotices(engine)


def _payload(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# ---------------------------------------------------------------------- what changed since


@dataclass(frozen=True)
class ChangedEvent:
    id: int
    action: str
    entity: str
    entity_id: int | None
    article_id: int | None


@dataclass(frozen=True)
class ChangeState:
    """What a listener remembers between wake-ups: cheap to read, cheap to compare."""

    last_event: int
    editing: dict[int, frozenset[tuple[int, str]]]  # article -> {(user id, started at)}
    notifications: tuple[int, int]  # (newest id, how many were read)


def change_state(connection: Connection) -> ChangeState:
    last = connection.execute(select(func.max(AuditEvent.id))).scalar() or 0
    editing: dict[int, set[tuple[int, str]]] = {}
    for article_id, user_id, started in connection.execute(
        select(EditLease.article_id, EditLease.user_id, EditLease.started_at)
    ):
        editing.setdefault(article_id, set()).add((user_id, _stamp(started)))
    newest, read = connection.execute(
        select(func.max(Notification.id), func.count(col(Notification.read_at)))
    ).one()
    return ChangeState(last, {a: frozenset(s) for a, s in editing.items()}, (newest or 0, read or 0))


def events_after(connection: Connection, after: int, *, limit: int = EVENT_BATCH) -> list[ChangedEvent]:
    """Audit events newer than ``after``, oldest first (every audited change writes at least one)."""
    rows = connection.execute(
        select(AuditEvent.id, AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id, AuditEvent.article_id)
        .where(col(AuditEvent.id) > after).order_by(col(AuditEvent.id)).limit(limit)
    ).all()
    return [ChangedEvent(*row) for row in rows]


def _stamp(value: datetime | str | None) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)


__all__ = [
    "ChangeState", "ChangeWaiter", "ChangedEvent", "ConnectionLost", "PostgresNotices", "SqliteDataVersion",
    "change_state", "change_waiter", "events_after",
]
