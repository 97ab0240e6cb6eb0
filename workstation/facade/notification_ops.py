"""Facade operations on a user's notifications: the list, the unread count, marking read, due re-reviews."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlmodel import col

from db.tables import Notification
from workstation.changes import OpChanges
from workstation.facade.manager import Manager
from workstation.notifications import NotificationView, notify_due, view
from workstation.users import find_user

LIST_LIMIT = 50


class NotificationsManager(Manager):
    """``ws.notifications``: a user's notifications — the list, the unread count, marking read, due re-reviews."""

    def for_user(self, *, user: str, unread_only: bool = False, limit: int = LIST_LIMIT) -> list[NotificationView]:
        """The user's notifications, newest first."""
        with self._read() as session:
            person = find_user(session, user)
            statement = select(Notification).where(Notification.user_id == person.id)
            if unread_only:
                statement = statement.where(col(Notification.read_at).is_(None))
            rows = session.execute(statement.order_by(col(Notification.id).desc()).limit(limit)).scalars()
            return [view(row) for row in rows]

    def unread_count(self, *, user: str) -> int:
        """How many of the user's notifications are unread (the bell's number)."""
        with self._read() as session:
            person = find_user(session, user)
            return int(session.execute(
                select(func.count(Notification.id)).where(
                    Notification.user_id == person.id, col(Notification.read_at).is_(None))
            ).scalar_one())

    def mark_read(self, *, user: str, ids: Sequence[int] | None = None, read: bool = True) -> OpChanges:
        """Mark the user's notifications (all of them when ``ids`` is None) read, or unread again."""
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None
            statement = update(Notification).where(Notification.user_id == actor.id)  # type: ignore[arg-type]
            if ids is not None:
                statement = statement.where(col(Notification.id).in_(list(ids)))
            if read:
                statement = statement.where(col(Notification.read_at).is_(None)).values(read_at=datetime.now(UTC))
            else:
                statement = statement.values(read_at=None)
            changed = session.connection().execute(statement).rowcount
        return OpChanges(notifications=True) if changed else OpChanges()

    def notify_due_reviews(self) -> OpChanges:
        """Tell reviewers and approvers of approved articles that fell due for re-review (once per date)."""
        with self._write() as session:
            told = notify_due(session, self._today())
        return OpChanges(notifications=True) if told else OpChanges()


__all__ = ["NotificationsManager"]
