"""Undo and redo in the core: command objects on a per-facade stack.

Each entry holds two functions, ``undo`` and ``redo``, that put the database
back into the state before or after the action. They run in a new write
transaction with their own audit events: the trail stays append-only, an undo is
a change like any other. A new action clears the redo stack.

Undo and redo are compare-and-swap: an entry knows what its action (or its last
undo) left in the row, and applies only while the row still holds exactly that.
Another desk may have changed it since; then the step is refused and names who
did, instead of silently putting back an old snapshot over their work.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from workstation.changes import OpChanges

MAX_DEPTH = 100

# (session, acting user's name) -> what changed
Step = Callable[[Session, str], OpChanges]
# (session, undoing?) -> True while the rows are what the last do/redo (undoing) or undo left
Unchanged = Callable[[Session, bool], bool]


def compare_and_swap(probe: Callable[[Session], object], before: object, after: object) -> Unchanged:
    """An ``Unchanged`` check that reads the row with ``probe`` and compares it with what was left."""
    return lambda session, undoing: probe(session) == (after if undoing else before)


@dataclass
class UndoEntry:
    label: str
    undo: Step
    redo: Step
    entity: str = ""
    entity_id: int | None = None
    article_id: int | None = None
    roles: tuple[str, ...] = ()  # who may undo or redo it (empty: anyone)
    unchanged: Unchanged | None = None
    event_ids: tuple[int, ...] = ()  # the audit events of the action's last application


@dataclass
class UndoStack:
    done: list[UndoEntry] = field(default_factory=list)
    undone: list[UndoEntry] = field(default_factory=list)

    def push(self, entry: UndoEntry) -> None:
        self.done.append(entry)
        del self.done[:-MAX_DEPTH]
        self.undone.clear()

    def clear(self) -> None:
        self.done.clear()
        self.undone.clear()

    def undo_label(self) -> str | None:
        return self.done[-1].label if self.done else None

    def redo_label(self) -> str | None:
        return self.undone[-1].label if self.undone else None
