"""The base of the facade's managers (``ws.library``, ``ws.review`` …), as Anki's collection has ``col.decks``.

A manager owns the queries and the state of one area of the product. What every
area shares — the engine, the read and write sessions, who is signed in, today's
date — belongs to the open database (:class:`~workstation.facade.base.FacadeBase`),
and a manager reaches it through the few names below, so an operation reads the
same whichever manager holds it.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlmodel import Session

from db.tables import User

if TYPE_CHECKING:
    from workstation.facade import Workstation


class Manager:
    """One area of the facade, created by the open database it belongs to."""

    def __init__(self, core: Workstation) -> None:
        # The open database; a manager asks another one through it only where an
        # operation spans two areas (an approval checks the signer's password).
        self._core = core

    # The shared core, as the operations use it.
    @property
    def engine(self) -> Engine:
        """The open database's engine (see :attr:`FacadeBase.engine`)."""
        return self._core.engine

    @property
    def url(self) -> str:
        """The open database's URL."""
        return self._core.url

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return self._core.backend

    def _write(self) -> AbstractContextManager[Session]:
        return self._core._write()

    def _read(self) -> AbstractContextManager[Session]:
        return self._core._read()

    def _actor(self, session: Session, user: str | None, *, anonymous: bool = False,
               password_change: bool = False) -> User | None:
        return self._core._actor(session, user, anonymous=anonymous, password_change=password_change)

    def _today(self) -> date:
        return self._core._today()


__all__ = ["Manager"]
