"""Changes from other desks reach the window through the same ``changes_applied`` signal as its own.

The facade's change feed (``Workstation.listen``) runs on its own thread; what it
hears crosses to the GUI thread through a queued signal and is announced with the
initiator :data:`REMOTE`. Events this window's facade wrote itself (it notes
their ids before each commit) are left out by the feed, so its own change is not
applied twice, and neither is anything it wrote while reading.
Views refresh from the change as from a local one; what the user is typing
(the source editor, a verdict's evidence, a comment) is never replaced.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from workstation.changes import OpChanges
from workstation.facade import ChangeFeed

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


class RemoteChange:
    """The initiator of changes heard from other desks."""

    def __repr__(self) -> str:
        return "REMOTE"


REMOTE = RemoteChange()


class LiveUpdates(QObject):
    connection_changed = Signal(bool)  # True: listening; False: the connection broke, reconnecting
    _heard = Signal(object)  # OpChanges, emitted on the feed's thread
    _status = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.connected = False
        self.feed: ChangeFeed | None = None
        self._heard.connect(self._apply)
        self._status.connect(self._set_status)
        try:
            self.feed = window.workstation.listen(self._heard.emit, status=self._status.emit)
            self.feed.start()
        except Exception as exc:  # noqa: BLE001 - the window works without live updates (the reason is logged)
            log.warning("live updates are off: %s", exc)
            self.feed = None

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def _apply(self, changes: OpChanges) -> None:
        if self.feed is None:
            return  # stopped: the window is closing
        self.window.runner.changes_applied.emit(changes, REMOTE)

    def _set_status(self, connected: bool) -> None:
        self.connected = connected
        self.connection_changed.emit(connected)
