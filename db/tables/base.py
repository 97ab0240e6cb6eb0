"""Shared column helpers and the constraint naming convention Alembic relies on."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION


def utcnow() -> datetime:
    return datetime.now(UTC)


def timestamp(**kwargs) -> datetime:  # type: ignore[no-untyped-def]
    """A timezone-aware UTC timestamp column."""
    return Field(default_factory=utcnow, sa_type=DateTime(timezone=True), **kwargs)


def optional_timestamp(**kwargs) -> datetime | None:  # type: ignore[no-untyped-def]
    return Field(default=None, sa_type=DateTime(timezone=True), **kwargs)
