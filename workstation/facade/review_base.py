"""Plumbing shared by the claim-review mixins: the undo stack, role checks, audit."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from db.tables import User
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.errors import ValidationError
from workstation.facade.base import FacadeBase
from workstation.review import (
    REVIEW_ROLES,
    require_role,
)
from workstation.undo import UndoEntry, UndoStack


class ReviewBase(FacadeBase):
    # ------------------------------------------------------------------ plumbing
    def _undo_stack(self) -> UndoStack:
        return self.__dict__.setdefault("_review_undo", UndoStack())

    def _reviewer(self, session: Session, user: str, what: str) -> User:
        acting = self._actor(session, user)
        assert acting is not None
        require_role(acting, REVIEW_ROLES, what)
        return acting

    def _record(self, changes: OpChanges, entry: UndoEntry) -> OpChanges:
        self._undo_stack().push(entry)
        return replace(changes, undo_label=entry.label)

    @staticmethod
    def _audit(session: Session, *events: EventData) -> tuple[int, ...]:
        return tuple(append_events(session.connection(), list(events)))

    # ------------------------------------------------------------------ verdicts
    def undo_label(self) -> str | None:
        """What ``undo`` would take back, or None."""
        return self._undo_stack().undo_label()

    def redo_label(self) -> str | None:
        """What ``redo`` would do again, or None."""
        return self._undo_stack().redo_label()

    def undo(self, *, user: str) -> OpChanges:
        """Take back the last action (a new, audited change)."""
        return self._replay(user, undo=True)

    def redo(self, *, user: str) -> OpChanges:
        """Do the last undone action again."""
        return self._replay(user, undo=False)

    def _replay(self, user: str, *, undo: bool) -> OpChanges:
        stack = self._undo_stack()
        source = stack.done if undo else stack.undone
        if not source:
            raise ValidationError(f"nothing to {'undo' if undo else 'redo'}")
        entry = source[-1]
        with self._write() as session:
            acting = self._actor(session, user)
            assert acting is not None
            if entry.roles:
                require_role(acting, entry.roles, "undo or redo this")
            changes = (entry.undo if undo else entry.redo)(session, acting.name)
            ids = self._audit(session, EventData(
                actor=acting.name, action="undo" if undo else "redo", entity=entry.entity,
                entity_id=entry.entity_id, article_id=entry.article_id, reason=entry.label,
            ))
        source.pop()
        (stack.undone if undo else stack.done).append(entry)
        return replace(changes, undo_label=entry.label, event_ids=changes.event_ids + ids)


