"""Edit leases: who has an article's editor open, so others see "Maria Lopez is editing since 10:02".

A lease is taken when a person opens the editor and renewed while it stays
open (every ``RENEW_S``); it is released when they leave, and ignored
``EXPIRES_S`` after its last renewal, so a desk that crashed stops showing up by
itself. A lease never prevents anything: two people may still edit at once, and
saving over someone's newer revision opens the conflict dialog
(:mod:`workstation.edit_conflict`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from db.tables import EditLease, User
from workstation.model import as_utc

RENEW_S = 30
EXPIRES_S = 120


@dataclass(frozen=True)
class EditorView:
    """Someone with the article's editor open."""

    name: str
    display_name: str
    since: datetime  # UTC
    renewed_at: datetime  # UTC

    def sentence(self) -> str:
        local = self.since.astimezone()
        return f"{self.display_name} is editing since {local:%H:%M}"


def _cutoff(now: datetime) -> datetime:
    return now - timedelta(seconds=EXPIRES_S)


def take(session: Session, article_id: int, user_id: int, now: datetime | None = None) -> bool:
    """Take or renew the lease; True when it is new (others should hear of it)."""
    now = now or datetime.now(UTC)
    # Expired leases go first, so an old one counts as a new start.
    session.execute(delete(EditLease).where(col(EditLease.renewed_at) < _cutoff(now)))
    renewed = session.execute(
        update(EditLease).where(EditLease.article_id == article_id, EditLease.user_id == user_id)  # type: ignore[arg-type]
        .values(renewed_at=now)
    ).rowcount
    if renewed:
        return False
    session.add(EditLease(article_id=article_id, user_id=user_id, started_at=now, renewed_at=now))
    session.flush()
    return True


def release(session: Session, article_id: int, user_id: int) -> bool:
    return bool(session.execute(
        delete(EditLease).where(EditLease.article_id == article_id, EditLease.user_id == user_id)  # type: ignore[arg-type]
    ).rowcount)


def release_all(session: Session, user_id: int) -> None:
    """Every lease of a person who signed out."""
    session.execute(delete(EditLease).where(EditLease.user_id == user_id))  # type: ignore[arg-type]


def editors(session: Session, article_id: int, now: datetime | None = None) -> list[EditorView]:
    """Who holds a live lease on the article, earliest first."""
    now = now or datetime.now(UTC)
    rows = session.execute(
        select(User.name, User.display_name, EditLease.started_at, EditLease.renewed_at)
        .join(User, User.id == EditLease.user_id)
        .where(EditLease.article_id == article_id, col(EditLease.renewed_at) >= _cutoff(now))
        .order_by(col(EditLease.started_at))
    ).all()
    return [EditorView(name, display or name, as_utc(since), as_utc(renewed)) for name, display, since, renewed in rows]
