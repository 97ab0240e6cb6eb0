"""The open database behind the facade: engine, sessions, the acting user."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session

from db.engine import create_db_engine, database_url, read_session, write_session
from db.migrate import upgrade
from db.tables import User
from workstation.errors import WorkstationError
from workstation.users import find_user

SYSTEM_ACTOR = "system"


class FacadeBase:
    """Shared plumbing of the facade mixins."""

    engine: Engine
    url: str

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True):  # type: ignore[no-untyped-def]
        """Open (and bring up to date) the database at a path or URL."""
        url = database_url(db)
        try:
            engine = create_db_engine(url)
            if migrate:
                upgrade(engine)
        except (OperationalError, DatabaseError) as exc:
            raise WorkstationError(f"cannot open the database {db or url}: {exc.orig or exc}") from exc
        return cls(engine, url)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self.engine.dialect.name

    @contextmanager
    def _write(self) -> Iterator[Session]:
        with write_session(self.engine) as session:
            yield session

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    @staticmethod
    def _actor(session: Session, user: str | None) -> User | None:
        return find_user(session, user) if user else None

    @staticmethod
    def _today() -> date:
        return date.today()
