"""The tamper-evident audit trail: append-only, hash-chained events.

Each event stores its predecessor's hash and its own SHA-256 over a canonical
JSON of its fields (id and prev_hash included), so editing, deleting or
reordering any event breaks the chain at that event. Appends happen inside the
caller's write transaction, which holds the database's write lock, so the chain
never forks.

A chain alone cannot show that its tail was cut off, or that someone rewrote an
event and hashed every later one again: whoever can write the file can redo the
hashes. So verification also checks the trail against what the rest of the
database says happened (every article, transition and signature names its
event), and :mod:`workstation.audit_anchor` checks it against heads kept outside
the database.

On a team database a desk may not insert events itself: each goes through the
database's ``team_append_event``, which hashes it the same way and accepts only
the session user as its actor.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, select, text

from db.tables import AuditEvent, Meta
from db.team import TEAM_OPTION
from db.team import calls as team_calls

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class EventData:
    """What to record: who did what to which entity, and why."""

    actor: str
    action: str
    entity: str = ""
    entity_id: int | None = None
    article_id: int | None = None
    field: str = ""
    old_value: str = ""
    new_value: str = ""
    reason: str = ""


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    events: int
    first_bad: int | None
    problem: str = ""
    head: str = GENESIS  # the hash of the last event checked (GENESIS for an empty trail)
    last_id: int = 0


# Set on the connection by ``append_events`` so the facade can record the new head
# outside the database once the transaction has committed.
CONNECTION_HEAD = "workstation_audit_head"
# And every event id the transaction appended, so a window can tell its own changes from other desks'.
CONNECTION_EVENTS = "workstation_audit_events"


def canonical_time(at: datetime) -> str:
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def event_hash(*, event_id: int, at: datetime, prev_hash: str, data: EventData) -> str:
    payload = {
        "id": event_id,
        "at": canonical_time(at),
        "actor": data.actor,
        "action": data.action,
        "entity": data.entity,
        "entity_id": data.entity_id,
        "article_id": data.article_id,
        "field": data.field,
        "old_value": data.old_value,
        "new_value": data.new_value,
        "reason": data.reason,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_events(connection: Connection, events: list[EventData]) -> list[int]:
    """Append events to the chain in the current write transaction; returns their ids."""
    if not events:
        return []
    if connection.get_execution_options().get(TEAM_OPTION):
        ids = [
            team_calls.append_event(
                connection, actor=e.actor, action=e.action, entity=e.entity, entity_id=e.entity_id,
                article_id=e.article_id, field=e.field, old_value=e.old_value, new_value=e.new_value,
                reason=e.reason,
            )
            for e in events
        ]
        digest = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == ids[-1])).scalar_one()
        connection.info[CONNECTION_HEAD] = (ids[-1], digest)
        connection.info.setdefault(CONNECTION_EVENTS, []).extend(ids)
        return ids
    last = connection.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
    ).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = datetime.now(UTC)
    rows = []
    for data in events:
        digest = event_hash(event_id=next_id, at=at, prev_hash=prev, data=data)
        rows.append(
            {
                "id": next_id, "at": at, "actor": data.actor, "action": data.action,
                "entity": data.entity, "entity_id": data.entity_id, "article_id": data.article_id,
                "field": data.field, "old_value": data.old_value, "new_value": data.new_value,
                "reason": data.reason, "prev_hash": prev, "hash": digest,
            }
        )
        prev = digest
        next_id += 1
    connection.execute(insert(AuditEvent), rows)
    _store_head(connection, prev, rows[-1]["id"])
    connection.info[CONNECTION_HEAD] = (rows[-1]["id"], prev)
    connection.info.setdefault(CONNECTION_EVENTS, []).extend(r["id"] for r in rows)
    return [r["id"] for r in rows]


def _store_head(connection: Connection, digest: str, event_id: int) -> None:
    value = f"{event_id}:{digest}"
    updated = connection.execute(
        text("UPDATE meta SET value = :v WHERE key = :k"), {"v": value, "k": HEAD_KEY}
    ).rowcount
    if not updated:
        connection.execute(insert(Meta), [{"key": HEAD_KEY, "value": value}])


def head_hash(connection: Connection) -> str:
    return head(connection)[1]


def head(connection: Connection) -> tuple[int, str]:
    """The trail's head: the id of its last event and that event's hash ((0, GENESIS) for an empty trail).

    Ids run 1..N without a gap (each append takes the last id + 1 under the write lock, and
    verification names a missing one), so the last id is also the number of events: an
    anchor (N, hash) read from the last row alone, where counting the events read the
    whole trail.
    """
    row = connection.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
    ).first()
    return (int(row[0]), row[1]) if row else (0, GENESIS)


def verify_chain(connection: Connection, *, batch: int = 5000) -> VerifyResult:
    """Recompute the chain; name the first event whose hash or link is wrong.

    An empty or cut-off trail is not intact when the rest of the database
    records what happened (articles, transitions, signatures name their events).
    """
    prev = GENESIS
    count = 0
    last_id = 0
    expected_id = None
    while True:
        rows = connection.execute(
            select(AuditEvent).where(AuditEvent.id > last_id).order_by(AuditEvent.id).limit(batch)  # type: ignore[operator, arg-type]
        ).all()
        if not rows:
            break
        for ev in rows:
            count += 1
            if expected_id is not None and ev.id != expected_id:
                return VerifyResult(False, count, ev.id, f"event {expected_id} is missing", prev, last_id)
            if ev.prev_hash != prev:
                return VerifyResult(False, count, ev.id, "its link to the previous event is broken", prev, last_id)
            if event_hash(event_id=ev.id, at=ev.at, prev_hash=ev.prev_hash, data=event_data(ev)) != ev.hash:
                return VerifyResult(False, count, ev.id, "its content does not match its hash", prev, last_id)
            prev = ev.hash
            last_id = ev.id
            expected_id = ev.id + 1
    head = connection.execute(select(Meta.value).where(Meta.key == HEAD_KEY)).scalar()
    if count and head is None:
        return VerifyResult(False, count, last_id, "the record of the trail's head is missing", prev, last_id)
    if head is not None and head != f"{last_id}:{prev}":
        return VerifyResult(False, count, last_id, "the trail ends before its recorded head", prev, last_id)
    problem = _unrecorded(connection, last_id)
    if problem:
        return VerifyResult(False, count, last_id or None, problem, prev, last_id)
    return VerifyResult(True, count, None, "", prev, last_id)


def event_data(ev: AuditEvent) -> EventData:
    return EventData(
        actor=ev.actor, action=ev.action, entity=ev.entity, entity_id=ev.entity_id,
        article_id=ev.article_id, field=ev.field, old_value=ev.old_value,
        new_value=ev.new_value, reason=ev.reason,
    )


def _unrecorded(connection: Connection, last_id: int) -> str:
    """What the rest of the database says happened that the trail (ending at ``last_id``) lacks."""
    articles = connection.execute(text("SELECT count(*) FROM article")).scalar_one()
    signatures = connection.execute(text("SELECT count(*) FROM signature")).scalar_one()
    if not last_id and (articles or signatures):
        return f"the trail is empty, but the database holds {articles} article(s) and {signatures} signature(s)"
    for table in ("signature", "transition"):
        latest = connection.execute(text(f"SELECT max(audit_event_id) FROM {table}")).scalar()
        if latest is not None and latest > last_id:
            return f"the trail ends at event {last_id}, but a {table} refers to event {latest}"
    silent = connection.execute(text(
        "SELECT min(a.id) FROM article a WHERE NOT EXISTS "
        "(SELECT 1 FROM audit_event e WHERE e.article_id = a.id)"
    )).scalar()
    if silent is not None:
        return f"article {silent} has no event in the trail"
    return ""
