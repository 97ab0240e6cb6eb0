"""Changes made at other desks, as the same change objects a local mutation returns.

A :class:`ChangeFeed` runs on a thread of its own. It waits on a dedicated
connection (PostgreSQL NOTIFY, SQLite ``PRAGMA data_version``; see
:mod:`db.live`), then asks the database what changed since it last looked:
audit events with a newer id (every audited change writes them), edit leases
and notifications. Each event becomes an :class:`OpChanges` such as the
mutation that wrote it returned, so a window refreshes from a remote change
exactly as it does from its own. When the connection breaks (a server
restart) the feed connects again and catches up on what it missed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Engine

from db.live import (
    EVENT_BATCH,
    ChangedEvent,
    ChangeState,
    ConnectionLost,
    change_state,
    change_waiter,
    events_after,
)
from workstation.changes import OpChanges

log = logging.getLogger(__name__)

WAIT_S = 0.25  # how long one wait may block: the longest a stop request waits for the thread
RETRY_S = 0.5  # between attempts to reconnect after the connection broke

# Audit actions -> what they change, in the terms of OpChanges.
_LIBRARY = frozenset({"article.import", "article.delete"})
_WORKFLOW = frozenset({"transition", "signature.sign", "assign"})
_CONTENT = frozenset({"revision.save", "revision.conflict", "claim.add", "claim.split", "claim.merge",
                      "claim.text", "claim.orphan"})
# Recorded, but nothing a window shows changed.
_QUIET = frozenset({"article.export", "backup.create", "backup.restore"})


def event_changes(event: ChangedEvent) -> OpChanges:
    """What one audit event says changed (a conservative superset: a view may refresh a little more)."""
    action = event.action
    if action in _QUIET:
        return OpChanges(event_ids=(event.id,))
    articles = frozenset({event.article_id}) if event.article_id is not None else frozenset()
    group = action.split(".", 1)[0]
    claims = frozenset({event.entity_id}) if event.entity == "claim" and event.entity_id is not None else frozenset()
    return OpChanges(
        articles=articles,
        library=action in _LIBRARY,
        content=action in _CONTENT,
        claims=claims,
        references=action == "revision.save" or group == "document",
        findings=group in ("finding", "checks") or action == "revision.save",
        comments=group == "comment" or action == "revision.save",
        workflow=action in _WORKFLOW,
        users=group in ("user", "setting"),
        event_ids=(event.id,),
    )


@dataclass(frozen=True)
class FeedUpdate:
    """One wake-up's worth of changes: one per audit event, plus leases and notifications."""

    events: tuple[OpChanges, ...]
    editing: frozenset[int] = frozenset()
    notifications: bool = False

    def __bool__(self) -> bool:
        return bool(self.events or self.editing or self.notifications)


def compare(before: ChangeState, after: ChangeState) -> tuple[frozenset[int], bool]:
    """Articles whose editors changed, and whether anyone's notifications did."""
    editing = frozenset(
        article for article in before.editing.keys() | after.editing.keys()
        if before.editing.get(article) != after.editing.get(article)
    )
    return editing, before.notifications != after.notifications


class ChangeFeed:
    """Calls ``deliver(update)`` on its own thread whenever another connection committed a change."""

    def __init__(self, engine: Engine, deliver: Callable[[FeedUpdate], None], *,
                 status: Callable[[bool], None] | None = None) -> None:
        self.engine = engine
        self.deliver = deliver
        self.status = status or (lambda connected: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state: ChangeState | None = None
        self.connected = threading.Event()

    def start(self) -> None:
        if self._thread is None:
            with self.engine.connect() as connection:
                self._state = change_state(connection)  # what is there now is not news
            self._thread = threading.Thread(target=self._run, name="change-feed", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # ------------------------------------------------------------------ the thread
    def _run(self) -> None:
        waiter = change_waiter(self.engine, self._stop)
        while not self._stop.is_set():
            try:
                if not self.connected.is_set():
                    waiter.connect()
                    self.connected.set()
                    self.status(True)
                    self._publish(self.catch_up())  # what happened while nobody listened
                if waiter.wait(WAIT_S):
                    self._publish(self.catch_up())
            except ConnectionLost as exc:
                self._lost(waiter, exc)
            except Exception as exc:  # noqa: BLE001 - the server may be gone mid-query; try again
                self._lost(waiter, exc)
        waiter.close()

    def _lost(self, waiter: object, exc: BaseException) -> None:
        if self.connected.is_set():
            log.info("change feed lost its connection (%s); reconnecting", exc)
            self.connected.clear()
            self.status(False)
        waiter.close()  # type: ignore[attr-defined]
        self._stop.wait(RETRY_S)

    def _publish(self, update: FeedUpdate) -> None:
        if update and not self._stop.is_set():
            self.deliver(update)

    def catch_up(self) -> FeedUpdate:
        """Everything committed since the last look (runs on the feed's thread; public for tests)."""
        assert self._state is not None
        events: list[ChangedEvent] = []
        with self.engine.connect() as connection:
            after = self._state.last_event
            while True:
                batch = events_after(connection, after)
                events += batch
                if len(batch) < EVENT_BATCH:
                    break
                after = batch[-1].id
            state = change_state(connection)
        editing, notifications = compare(self._state, state)
        self._state = state
        return FeedUpdate(tuple(event_changes(e) for e in events), editing, notifications)


def merge_all(changes: Sequence[OpChanges]) -> OpChanges:
    merged = OpChanges()
    for item in changes:
        merged = merged.merged(item)
    return merged
