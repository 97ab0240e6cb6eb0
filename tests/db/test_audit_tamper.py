"""Tampering with a 10,000-event audit trail is detected, and the first bad event is named.

The trail is append-only through database triggers; to tamper, each test first
drops them, as someone with raw access to the database file or server could.
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from db.engine import write_session
from db.tables import AuditEvent
from workstation.audit import EventData, append_events, event_hash

EVENTS = 10_000
BATCH = 2_000
COLUMNS = ("at", "actor", "action", "entity", "entity_id", "article_id", "field", "old_value", "new_value",
           "reason", "prev_hash", "hash")


@pytest.fixture
def trail(ws):  # type: ignore[no-untyped-def]
    """A workstation whose audit trail holds exactly 10,000 events (ids 1..10000)."""
    started = time.perf_counter()
    for start in range(0, EVENTS, BATCH):
        with write_session(ws.engine) as session:
            append_events(session.connection(), [
                EventData(actor=f"user{i % 7}", action="verdict.set", entity="claim", entity_id=i,
                          article_id=i % 50, field="verdict", old_value="", new_value="supported",
                          reason=f"event {i}")
                for i in range(start + 1, start + BATCH + 1)
            ])
    result = ws.audit.verify()
    assert (result.ok, result.events) == (True, EVENTS)
    assert time.perf_counter() - started < 20
    return ws


def drop_append_only_triggers(ws) -> None:  # type: ignore[no-untyped-def]
    with ws.engine.begin() as connection:
        if ws.backend == "sqlite":
            connection.execute(text("DROP TRIGGER audit_event_no_update"))
            connection.execute(text("DROP TRIGGER audit_event_no_delete"))
        else:
            connection.execute(text("DROP TRIGGER audit_event_append_only ON audit_event"))


def raw(ws, sql: str, **params: object) -> None:  # type: ignore[no-untyped-def]
    with ws.engine.begin() as connection:
        connection.execute(text(sql), params)


def test_the_trail_refuses_update_and_delete(trail) -> None:  # type: ignore[no-untyped-def]
    for sql in ("UPDATE audit_event SET reason = 'x' WHERE id = 5", "DELETE FROM audit_event WHERE id = 5"):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(trail, sql)
    assert trail.audit.verify().ok


def test_an_edited_event_is_detected(trail) -> None:  # type: ignore[no-untyped-def]
    drop_append_only_triggers(trail)
    raw(trail, "UPDATE audit_event SET new_value = 'contradicted' WHERE id = :id", id=6_543)
    result = trail.audit.verify()
    assert (result.ok, result.first_bad) == (False, 6_543)
    assert "does not match its hash" in result.problem


def test_an_edit_with_a_recomputed_hash_breaks_the_next_link(trail) -> None:  # type: ignore[no-untyped-def]
    drop_append_only_triggers(trail)
    with trail.engine.begin() as connection:
        row = connection.execute(select(AuditEvent).where(AuditEvent.id == 3_000)).one()
        forged = EventData(actor=row.actor, action=row.action, entity=row.entity, entity_id=row.entity_id,
                           article_id=row.article_id, field=row.field, old_value=row.old_value,
                           new_value="contradicted", reason=row.reason)
        digest = event_hash(event_id=3_000, at=row.at, prev_hash=row.prev_hash, data=forged)
        connection.execute(text("UPDATE audit_event SET new_value = 'contradicted', hash = :h WHERE id = 3000"),
                           {"h": digest})
    result = trail.audit.verify()
    assert (result.ok, result.first_bad) == (False, 3_001)
    assert "link to the previous event is broken" in result.problem


def test_a_deleted_event_is_detected(trail) -> None:  # type: ignore[no-untyped-def]
    drop_append_only_triggers(trail)
    raw(trail, "DELETE FROM audit_event WHERE id = :id", id=4_321)
    result = trail.audit.verify()
    assert not result.ok
    assert result.first_bad == 4_322 and "event 4321 is missing" in result.problem


def test_a_truncated_trail_is_detected(trail) -> None:  # type: ignore[no-untyped-def]
    drop_append_only_triggers(trail)
    raw(trail, "DELETE FROM audit_event WHERE id > :id", id=9_990)
    result = trail.audit.verify()
    assert (result.ok, result.first_bad) == (False, 9_990)
    assert "ends before its recorded head" in result.problem


def test_reordered_events_are_detected(trail) -> None:  # type: ignore[no-untyped-def]
    drop_append_only_triggers(trail)
    with trail.engine.begin() as connection:
        cols = ", ".join(COLUMNS)
        first = connection.execute(text(f"SELECT {cols} FROM audit_event WHERE id = 2000")).mappings().one()
        second = connection.execute(text(f"SELECT {cols} FROM audit_event WHERE id = 7000")).mappings().one()
        assignments = ", ".join(f"{c} = :{c}" for c in COLUMNS)
        connection.execute(text(f"UPDATE audit_event SET {assignments} WHERE id = 2000"), dict(second))
        connection.execute(text(f"UPDATE audit_event SET {assignments} WHERE id = 7000"), dict(first))
    result = trail.audit.verify()
    assert (result.ok, result.first_bad) == (False, 2_000)
