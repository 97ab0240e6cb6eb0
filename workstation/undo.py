"""Undo and redo in the core: command objects on a per-facade stack.

Each entry holds two functions, ``undo`` and ``redo``, that put the database
back into the state before or after the action. They run in a new write
transaction with their own audit events: the trail stays append-only, an undo is
a change like any other. A new action clears the redo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlmodel import Session

from workstation.changes import OpChanges

MAX_DEPTH = 100

# (session, acting user's name) -> what changed
Step = Callable[[Session, str], OpChanges]


@dataclass
class UndoEntry:
    label: str
    undo: Step
    redo: Step
    entity: str = ""
    entity_id: int | None = None
    article_id: int | None = None
    roles: tuple[str, ...] = ()  # who may undo or redo it (empty: anyone)


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
