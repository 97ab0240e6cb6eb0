"""The open database behind the facade's managers: engine, sessions, who is signed in, change feeds."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, make_url, select
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError, ProgrammingError
from sqlmodel import Session

from db.engine import (
    busy_timeout_ms,
    create_db_engine,
    database_url,
    is_busy,
    read_session,
    signs_in_as_user,
    write_session,
)
from db.migrate import current_revision, known_revision, upgrade
from db.tables import AuditEvent, User
from db.team import TEAM_OPTION, role_prefix
from workstation.audit import CONNECTION_EVENTS, CONNECTION_HEAD, append_events
from workstation.audit_anchor import remember_head
from workstation.changes import OpChanges
from workstation.errors import (
    AuditedRefusal,
    DatabaseBusy,
    DatabaseUnusable,
    PermissionDenied,
    SignInFailed,
    SignInRequired,
    WorkstationError,
)
from workstation.live import ChangeFeed, FeedUpdate, merge_all
from workstation.live_events import OwnEvents
from workstation.messages import Message, message
from workstation.users import find_user, user_count

SYSTEM_ACTOR = "system"
# SQLSTATEs of a refusal by the database itself (team mode): insufficient_privilege,
# invalid_password (a wrong signing password checked inside the database).
_REFUSED_BY_DATABASE = ("42501", "28P01")


class FacadeBase:
    """The core every manager shares: the engine, sessions, who is signed in, change feeds, close.

    On a team database (PostgreSQL enforcing the rules) it also knows whether this is a
    desk, connected as whoever signs in (see :mod:`workstation.facade.team_ops`).
    """

    url: str

    def __init__(self, engine: Engine | None, url: str) -> None:
        # None until someone signs in, for a PostgreSQL URL without a user name.
        self._engine = engine
        self.url = url
        # Who has signed in at this facade with their password: name -> user id.
        self._signed_in: dict[str, int] = {}
        self.own_events = OwnEvents()  # audit events this facade wrote (a window skips their echo)
        # A desk: a URL without a user name, connected as whoever signs in.
        self._desk = engine is None
        self._desk_user: str | None = None
        self._team_prefix: str | None = None  # the team's role prefix once team mode is set up
        self._opened()

    @classmethod
    def open(cls, db: str | None = None, *, migrate: bool = True, create: bool = False):  # type: ignore[no-untyped-def]
        """Open (and bring up to date) the database at a path or URL.

        A SQLite file that does not exist yet is created. An existing file that is
        empty is refused unless ``create`` is true (a mistyped path must not turn into
        a new, empty database); one that is not a SQLite database is always refused.
        A database written by a newer program (an unknown schema) is refused too.
        A PostgreSQL URL without a user name (a team database's desk) connects
        only when someone signs in, as that person's own login role.
        """
        url = database_url(db)
        if signs_in_as_user(url):
            return cls(None, url)
        check_database_file(url, create=create)
        try:
            engine = create_db_engine(url)
            schema = current_revision(engine)
            if schema is not None and not known_revision(schema):
                engine.dispose()
                raise DatabaseUnusable(message("database.newer", schema=str(schema)))
            if migrate:
                upgrade(engine)
        except (OperationalError, DatabaseError) as exc:
            if is_busy(exc):
                raise DatabaseBusy(busy_message()) from exc
            raise WorkstationError(message("database.cannot-open", target=str(db or url), reason=str(exc.orig or exc))) from exc
        opened = cls(engine, url)
        if migrate and not opened._desk:
            opened._bring_up_to_date()
        return opened

    def _bring_up_to_date(self) -> None:
        """Derived data an older program left out, brought up to date once when the database opens."""

    def _opened(self) -> None:
        """Look whether PostgreSQL enforces the rules here (team mode), once the facade holds its engine."""
        if self._engine is not None and self._engine.dialect.name == "postgresql":
            self._team_prefix = _read_prefix(self._engine)
            if self._team_prefix is not None:
                self._engine.update_execution_options(**{TEAM_OPTION: True})
                role = _desk_role(self._engine)
                if role is not None:  # a URL naming a board member's own login: a desk already connected
                    self._desk, self._desk_user = True, role

    @property
    def team_mode(self) -> bool:
        """Whether PostgreSQL itself enforces the rules here (a desk's URL presumes so until it connects)."""
        return self._desk or self._team_prefix is not None

    @property
    def signed_in(self) -> tuple[str, ...]:
        """The names of the people signed in at this facade, in the order they signed in."""
        return tuple(self._signed_in)

    def _use_engine(self, engine: Engine | None, name: str | None) -> None:
        """A desk connects as the person signed in (``engine``), or closes its connection (None)."""
        old = self._engine
        self._engine, self._desk_user = engine, name
        if engine is None:
            self._signed_in = {}
        if old is not None and old is not engine:
            old.dispose()

    @property
    def engine(self) -> Engine:
        """The open engine; before a desk's sign-in there is none yet."""
        if self._engine is None:
            where = make_url(self.url).render_as_string(hide_password=True)
            raise SignInRequired(
                f"sign-in required: {where} connects as the person who signs in; "
                "say who you are (--as USER) and give that user's password"
            )
        return self._engine

    def listen(self, deliver: Callable[[OpChanges], None], *,
               status: Callable[[bool], None] | None = None) -> ChangeFeed:
        """A feed of the changes other desks and processes commit, as the change objects a mutation returns.

        ``deliver(changes)`` runs on the feed's own thread; the echo of what this facade
        wrote itself is left out. ``status(connected)`` follows the feed's connection.
        Call ``start()`` on the feed, and ``stop()`` when done.
        """
        def heard(update: FeedUpdate) -> None:
            fresh = [c for c in update.events if not self.own_events.all_of(c.event_ids)]
            if fresh or update.editing or update.notifications:
                deliver(merge_all(fresh).merged(OpChanges(editing=update.editing, notifications=update.notifications)))

        return ChangeFeed(self.engine, heard, status=status)

    def close(self) -> None:
        """Release every connection."""
        if self._engine is not None:
            self._engine.dispose()

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def backend(self) -> str:
        """'sqlite' or 'postgresql'."""
        return make_url(self.url).get_backend_name()

    @contextmanager
    def _write(self) -> Iterator[Session]:
        try:
            with write_session(self.engine) as session:
                connection = session.connection()
                connection.info.pop(CONNECTION_HEAD, None)
                connection.info.pop(CONNECTION_EVENTS, None)
                yield session
                self.own_events.remember(connection.info.pop(CONNECTION_EVENTS, ()))  # before the commit
                head = connection.info.pop(CONNECTION_HEAD, None)
                first = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar() if head else None
        except DBAPIError as exc:
            if is_busy(exc):
                raise DatabaseBusy(busy_message()) from exc
            refusal = database_refusal(exc)
            if refusal is None:
                raise
            raise PermissionDenied(refusal) from exc
        except AuditedRefusal as exc:
            # The refused change rolled back; the refusal itself stays in the trail, like a refused transition.
            with self._write() as session:
                append_events(session.connection(), [exc.event])  # type: ignore[list-item]
            raise
        if head and first:
            # Only after the commit: a rolled-back head must never become an anchor.
            remember_head(self.url, first, *head)

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    def _actor(self, session: Session, user: str | None, *, anonymous: bool = False,
               password_change: bool = False) -> User | None:
        """The signed-in user acting, checked again now (still active, not locked).

        Without a name: None where the action may be anonymous (``anonymous``, or a
        database with no users yet, which needs no sign-in), else SignInRequired.
        """
        if not user and anonymous and self._desk and self._desk_user:
            # Work anyone may start (running the checks) is done in the desk's name:
            # the database records no one but the session user.
            user, password_change = self._desk_user, True
        if not user:
            if anonymous or user_count(session) == 0:
                return None
            raise SignInRequired(message("signin.say-who"))
        acting = find_user(session, user)
        if self._signed_in.get(acting.name) != acting.id:
            raise SignInRequired(message("signin.not-signed-in", name=acting.name))
        if acting.locked:
            raise SignInFailed(f"{acting.name}'s account is locked; an admin must unlock it")
        if acting.must_change_password and not password_change:
            raise PermissionDenied(message("signin.must-change", name=acting.name))
        return acting

    def _forget_session(self) -> None:
        """Drop what belongs to the people who were signed in here (the review manager's undo history)."""

    @staticmethod
    def _today() -> date:
        return date.today()


def _read_prefix(engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            return role_prefix(connection)
    except ProgrammingError:
        return None  # not migrated yet (opened with migrate=False)


def _desk_role(engine: Engine) -> str | None:
    """The login role this engine connects as, unless it is the owner's (or a superuser's)."""
    with engine.connect() as connection:
        role, trusted = connection.exec_driver_sql("SELECT session_user, team_session_trusted()").one()
    return None if trusted else str(role)


def busy_message() -> Message:
    return message("conflict.busy", seconds=busy_timeout_ms() / 1000)


SQLITE_HEADER = b"SQLite format 3\x00"


def check_database_file(url: str, *, create: bool) -> None:
    """Refuse an empty file (unless ``create``) or a file that is not a SQLite database."""
    if not url.startswith("sqlite:///"):
        return
    path = Path(url.removeprefix("sqlite:///"))
    try:
        size = path.stat().st_size
    except OSError:
        return  # a new file: created on open
    if size == 0:
        wal = Path(f"{path}-wal")
        if create or (wal.exists() and wal.stat().st_size > 0):
            return
        raise DatabaseUnusable(message("database.empty-file", path=str(path)))
    try:
        with path.open("rb") as stream:
            header = stream.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnusable(message("database.cannot-read", path=str(path), reason=str(exc.strerror or exc))) from exc
    if header != SQLITE_HEADER:
        raise DatabaseUnusable(message("database.not-a-database", path=str(path)))


def database_refusal(exc: DBAPIError) -> str | None:
    """The message of a refusal by PostgreSQL's own rules (team mode), or None for any other error."""
    orig = exc.orig
    if getattr(orig, "sqlstate", None) not in _REFUSED_BY_DATABASE:
        return None
    diag = getattr(orig, "diag", None)
    message = (getattr(diag, "message_primary", None) or str(orig)).strip()
    return f"the database refused: {message}"
