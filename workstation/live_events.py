"""Which audit events one facade wrote itself, so what it hears back from the database is not news.

Every write transaction records the ids of the events it appends before it
commits (so before any listener can hear of them); the facade's change feed
(``Workstation.listen``) skips those. Only the newest ``KEEP`` ids are kept. Written
on the op runner's thread, read on the feed's thread: a lock keeps the two apart.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable

KEEP = 10_000


class OwnEvents:
    def __init__(self) -> None:
        self._ids: set[int] = set()
        self._order: deque[int] = deque()
        self._lock = threading.Lock()

    def remember(self, ids: Iterable[int]) -> None:
        with self._lock:
            for event_id in ids:
                if event_id not in self._ids:
                    self._ids.add(event_id)
                    self._order.append(event_id)
            while len(self._order) > KEEP:
                self._ids.discard(self._order.popleft())

    def __contains__(self, event_id: object) -> bool:
        with self._lock:
            return event_id in self._ids

    def all_of(self, ids: Iterable[int]) -> bool:
        """Whether every one of these events was written here (False for none)."""
        ids = list(ids)
        with self._lock:
            return bool(ids) and all(i in self._ids for i in ids)
