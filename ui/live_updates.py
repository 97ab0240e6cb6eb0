"""Changes from other desks reach the window through the same ``changes_applied`` signal as its own.

The :class:`~workstation.live.ChangeFeed` runs on its own thread; what it hears
crosses to the GUI thread through a queued signal and is announced with the
initiator :data:`REMOTE`. Events this window wrote itself (their ids came back
in its own OpChanges) are left out, so its own change is not applied twice.
Views refresh from the change as from a local one; what the user is typing
(the source editor, a verdict's evidence, a comment) is never replaced.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workstation.changes import OpChanges
from workstation.live import ChangeFeed, FeedUpdate, merge_all

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)
REMEMBERED_EVENTS = 10_000  # ids of the window's own recent events, to skip their echo


class RemoteChange:
    """The initiator of changes heard from other desks."""

    def __repr__(self) -> str:
        return "REMOTE"


REMOTE = RemoteChange()


class LiveUpdates(QObject):
    connection_changed = Signal(bool)  # True: listening; False: the connection broke, reconnecting
    _heard = Signal(object)  # FeedUpdate, emitted on the feed's thread
    _status = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._own: set[int] = set()
        self._own_order: deque[int] = deque()
        self.connected = False
        self.feed: ChangeFeed | None = None
        window.runner.changes_applied.connect(self._remember)
        self._heard.connect(self._apply)
        self._status.connect(self._set_status)
        try:
            engine = window.workstation.engine
            self.feed = ChangeFeed(engine, self._heard.emit, status=self._status.emit)
            self.feed.start()
        except Exception as exc:  # noqa: BLE001 - the window works without live updates (the reason is logged)
            log.warning("live updates are off: %s", exc)
            self.feed = None

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def _remember(self, changes: OpChanges, initiator: object) -> None:
        if initiator is REMOTE:
            return
        for event_id in changes.event_ids:
            if event_id not in self._own:
                self._own.add(event_id)
                self._own_order.append(event_id)
        while len(self._own_order) > REMEMBERED_EVENTS:
            self._own.discard(self._own_order.popleft())

    def _apply(self, update: FeedUpdate) -> None:
        if self.feed is None:
            return  # stopped: the window is closing
        fresh = [c for c in update.events if not c.event_ids or not set(c.event_ids) <= self._own]
        if not fresh and not update.editing and not update.notifications:
            return
        changes = merge_all(fresh).merged(OpChanges(editing=update.editing, notifications=update.notifications))
        self.window.runner.changes_applied.emit(changes, REMOTE)

    def _set_status(self, connected: bool) -> None:
        self.connected = connected
        self.connection_changed.emit(connected)
