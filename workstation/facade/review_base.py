"""Plumbing shared by the parts of the review manager (``ws.review``): the undo stack, role checks, audit."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlmodel import Session, col

from db.tables import AuditEvent, User
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.errors import UndoConflict, ValidationError
from workstation.facade.manager import Manager
from workstation.freeze import frozen_refusal, unfreeze
from workstation.messages import message
from workstation.model import as_utc
from workstation.review import (
    REVIEW_ROLES,
    get_article,
    require_role,
)
from workstation.undo import UndoEntry, UndoStack
from workstation.workflow import APPROVED

if TYPE_CHECKING:
    from workstation.facade import Workstation


class ReviewBase(Manager):
    """The review manager's own state: the undo and redo history of the people signed in here."""

    def __init__(self, core: Workstation) -> None:
        super().__init__(core)
        # Cleared when someone signs out (the next person must not undo what they did) and when
        # a revision is saved (earlier steps refer to spans of the previous body).
        self.undo_stack = UndoStack()

    # ------------------------------------------------------------------ plumbing
    def _reviewer(self, session: Session, user: str, what: str) -> User:
        acting = self._actor(session, user)
        assert acting is not None
        require_role(acting, REVIEW_ROLES, what)
        return acting

    def _record(self, changes: OpChanges, entry: UndoEntry) -> OpChanges:
        entry.event_ids = changes.event_ids
        self.undo_stack.push(entry)
        return replace(changes, undo_label=entry.label)

    def _unfreeze(self, session: Session, article_id: int, acting: User, reopen: str, what: str) -> tuple[int, ...]:
        """Refuse changing an Approved article's record, or reopen it first (see :mod:`workstation.freeze`)."""
        return unfreeze(session, article_id, acting, reopen, what)

    @staticmethod
    def _reopened(changes: OpChanges, reopen_ids: tuple[int, ...]) -> OpChanges:
        if not reopen_ids:
            return changes
        return replace(changes, workflow=True, event_ids=reopen_ids + changes.event_ids)

    @staticmethod
    def _audit(session: Session, *events: EventData) -> tuple[int, ...]:
        return tuple(append_events(session.connection(), list(events)))

    # ------------------------------------------------------------------ verdicts
    def undo_label(self) -> str | None:
        """What ``undo`` would take back, or None."""
        return self.undo_stack.undo_label()

    def redo_label(self) -> str | None:
        """What ``redo`` would do again, or None."""
        return self.undo_stack.redo_label()

    def undo(self, *, user: str) -> OpChanges:
        """Take back the last action (a new, audited change)."""
        return self._replay(user, undo=True)

    def redo(self, *, user: str) -> OpChanges:
        """Do the last undone action again."""
        return self._replay(user, undo=False)

    def _replay(self, user: str, *, undo: bool) -> OpChanges:
        stack = self.undo_stack
        source = stack.done if undo else stack.undone
        if not source:
            raise ValidationError(message(f"undo.nothing-{'undo' if undo else 'redo'}"))
        entry = source[-1]
        word = "undo" if undo else "redo"
        with self._write() as session:
            acting = self._actor(session, user)
            assert acting is not None
            if entry.roles:
                require_role(acting, entry.roles, "undo or redo this")
            if entry.article_id is not None and get_article(session, entry.article_id).status == APPROVED:
                raise frozen_refusal(entry.article_id, acting, message(f"frozen.{word}", label=entry.label))
            if entry.unchanged is not None and not entry.unchanged(session, undo):
                # Compare-and-swap failed: refused, and the refusal audited under who tried, naming who changed it.
                refusal = message(f"undo.conflict-{word}", label=entry.label, why=changed_since(session, entry))
                raise UndoConflict(refusal, EventData(
                    actor=acting.name, action=f"{word}.refused", entity=entry.entity, entity_id=entry.entity_id,
                    article_id=entry.article_id, reason=refusal,
                ))
            changes = (entry.undo if undo else entry.redo)(session, acting.name)
            ids = self._audit(session, EventData(
                actor=acting.name, action="undo" if undo else "redo", entity=entry.entity,
                entity_id=entry.entity_id, article_id=entry.article_id, reason=entry.label,
            ))
        source.pop()
        entry.event_ids = changes.event_ids + ids
        (stack.undone if undo else stack.done).append(entry)
        return replace(changes, undo_label=entry.label, event_ids=changes.event_ids + ids)




# Events that change no row an undo could put back: checks, exports, and refusals.
NOT_CHANGES = ("checks.run", "article.export", "undo", "redo", "undo.refused", "redo.refused", "change.refused",
               "transition.refused")


def changed_since(session: Session, entry: UndoEntry) -> str:
    """Who changed the entry's rows after its last application, from the audit trail."""
    after = max(entry.event_ids, default=0)
    base = select(AuditEvent).where(
        AuditEvent.id > after, AuditEvent.article_id == entry.article_id,  # type: ignore[operator, arg-type]
        col(AuditEvent.action).notin_(NOT_CHANGES),
    ).order_by(col(AuditEvent.id).desc()).limit(1)
    event = session.execute(base.where(AuditEvent.entity_id == entry.entity_id)).scalar_one_or_none()
    event = event or session.execute(base).scalar_one_or_none()
    if event is None:
        return message("undo.changed-by-someone")
    at = as_utc(event.at).strftime("%Y-%m-%d %H:%M:%S")
    return message("undo.changed-by", name=event.actor, event_action=event.action, event=event.id, at=at)
