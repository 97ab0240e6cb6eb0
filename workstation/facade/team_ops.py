"""Team mode: a PostgreSQL database that enforces who may do what, for any client.

``ws.team.init()`` (``workstation team init``, with a URL naming the database owner
or a superuser) installs the group roles, grants, triggers and functions of
:mod:`db.team`. After that:

* ``ws.users.add_user`` also creates the user's PostgreSQL login role (SCRAM password)
  in the group of their role; role changes, deactivation and locks move or
  close the login (a trigger on the user table does it for any client);
* each desk opens the database with a URL without a user name, and
  ``ws.users.sign_in`` connects as that person's own login role: PostgreSQL checks the
  password, and from then on every row the desk writes is held to the rules
  with ``session_user`` as the one acting;
* passwords are hashed by the database (bcrypt via pgcrypto) where only the
  owner's functions read them, and a signature is written only by
  ``team_sign``, which checks the signer's password itself (``ws.workflow``).

The program's own checks run first, as on SQLite, so refusals keep their clear
messages; the database is the second line, and the only one against psql.

Whether this facade is a desk, and as whom it is connected, is state of the open
database itself (:class:`~workstation.facade.base.FacadeBase`): the engine changes
with the person signed in. The users manager here is ``ws.users``: the in-app
sign-in and administration of :mod:`workstation.facade.users_ops`, with team mode's
side added.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError
from sqlmodel import Session

from db.engine import create_db_engine, write_session
from db.migrate import head_revision
from db.tables import User
from db.team import (
    PASSWORD_MARKER,
    TEAM_OPTION,
    TeamSetup,
    TeamSetupError,
    apply_team_schema,
    role_prefix,
)
from db.team import calls as team_calls
from db.team.gate import record_failed_sign_in
from workstation.errors import (
    SignInFailed,
    SignInRequired,
    ValidationError,
    WorkstationError,
)
from workstation.facade.base import database_refusal
from workstation.facade.manager import Manager
from workstation.facade.users_ops import WRONG_CREDENTIALS, UsersOps
from workstation.messages import message
from workstation.passwords import check_new_password, verify_password
from workstation.users import (
    MAX_FAILED_SIGNINS,
    UserChange,
    UserView,
    changed,
    find_user,
    to_view,
    user_row,
)

TEAM_INIT_HINT = "its owner runs 'workstation --db postgresql+psycopg://OWNER@HOST/DB team init'"


class TeamManager(Manager):
    """``ws.team``: setting up team mode on a PostgreSQL database (``workstation team init``)."""

    def init(self) -> TeamSetup:
        """Install or refresh team mode on this PostgreSQL database (idempotent; also after upgrades).

        Needs a URL naming the owner of the workstation's tables (with CREATEROLE)
        or a superuser; the schema itself was brought to the newest revision by ``open``.
        """
        if self.backend != "postgresql":
            raise ValidationError(message("team.needs-postgres"))
        if self._core._desk:
            raise ValidationError(
                "team init runs with a URL naming the database owner or a superuser, "
                "e.g. postgresql+psycopg://owner@host/db"
            )
        try:
            setup = apply_team_schema(self.engine)
        except TeamSetupError as exc:
            raise ValidationError(str(exc)) from exc
        except DBAPIError as exc:
            problem = getattr(getattr(exc.orig, "diag", None), "message_primary", None) or str(exc.orig)
            raise WorkstationError(
                f"team init failed: {problem} (it needs the owner of the tables with CREATEROLE, or a superuser)"
            ) from exc
        self._core._team_prefix = setup.role_prefix
        self.engine.update_execution_options(**{TEAM_OPTION: True})
        return setup


class UsersManager(UsersOps):
    """``ws.users``: sign-in, passwords and user administration; on a team database PostgreSQL checks them too.

    On SQLite and plain PostgreSQL every method here defers to the in-app one of :class:`UsersOps`.
    """

    # ------------------------------------------------------------------ who is here
    def has_users(self) -> bool:
        """A desk cannot look before someone signs in; a team database's first admin is made by its owner."""
        if self._core._desk and self._core._engine is None:
            return True
        return super().has_users()

    def sign_in(self, *, name: str, password: str) -> UserView:
        """At a desk: connect as ``name``'s own login role (PostgreSQL checks the password).

        Signing in as the person the desk is already connected as (the lock screen,
        or a URL naming their login) checks the password inside the database, where
        a wrong one counts toward the lock. Elsewhere (SQLite, or the owner's URL)
        the usual in-app sign-in.
        """
        if not self._core._desk:
            return super().sign_in(name=name, password=password)
        name = name.strip()
        if self._core._engine is not None and name == self._core._desk_user:
            return self._check_again(name, password)
        engine = self._connect_as(name, password)
        try:
            view = _note_sign_in(engine)
        except BaseException:
            engine.dispose()
            raise
        self._core._use_engine(engine, name)
        self._core._signed_in = {view.name: view.id}
        return view

    def sign_out(self, *, name: str | None = None) -> None:
        """Forget who signed in; a desk also closes its connection, which was theirs."""
        super().sign_out(name=name)
        if self._core._desk and not self._core._signed_in:
            self._core._use_engine(None, None)

    def _connect_as(self, name: str, password: str) -> Engine:
        if not name or not password:
            raise SignInFailed(WRONG_CREDENTIALS)
        engine = create_db_engine(self.url, user=name, password=password)
        try:
            with engine.connect() as connection:
                revision = _revision(connection)
                prefix = role_prefix(connection)
        except OperationalError as exc:
            engine.dispose()
            raise self._connect_refusal(name, exc) from exc
        except ProgrammingError as exc:
            engine.dispose()
            raise WorkstationError(f"this database is not set up for a team: {TEAM_INIT_HINT}") from exc
        if prefix is None:
            engine.dispose()
            raise WorkstationError(f"this database is not set up for a team: {TEAM_INIT_HINT}")
        if revision != head_revision():
            engine.dispose()
            raise WorkstationError(
                f"the team database's schema is at revision {revision}, this program needs {head_revision()}: "
                f"{TEAM_INIT_HINT}"
            )
        engine.update_execution_options(**{TEAM_OPTION: True})
        self._core._team_prefix = prefix
        return engine

    def _connect_refusal(self, name: str, exc: OperationalError) -> WorkstationError:
        text = str(exc.orig)
        if getattr(exc.orig, "sqlstate", None) == "28P01" or "password authentication failed" in text:
            # Refused before our tables were reached: the sign-in gate counts it toward the lock.
            return SignInFailed(_wrong_password(record_failed_sign_in(self.url, name)))
        if "not permitted to log in" in text:
            return SignInFailed(f"{name}'s account is locked or deactivated; an admin must unlock or reactivate it")
        return WorkstationError(f"cannot reach the database: {text.strip()}")

    def _check_again(self, name: str, password: str) -> UserView:
        with self._write() as session:
            result = team_calls.check_password(session.connection(), password)
            user = user_row(session, name)
            failures = user.failed_signins if user is not None else 0
        if result == "ok":
            view = _note_sign_in(self.engine)
            self._core._signed_in = {view.name: view.id}
            return view
        if result == "locked":
            self._core._use_engine(None, None)
            raise SignInFailed(message("signin.wrong-locked"))
        if result == "inactive":
            self._core._use_engine(None, None)
            raise SignInFailed(message("signin.deactivated", name=name))
        raise SignInFailed(_wrong_password(MAX_FAILED_SIGNINS - failures))

    # ------------------------------------------------------------------ passwords
    def _password_ok(self, session: Session, user: User, password: str) -> bool:
        if self._core._team_prefix is None:
            return super()._password_ok(session, user, password)
        connection = session.connection()
        if not self._core._desk:
            stored = team_calls.stored_hash(connection, user.id)  # type: ignore[arg-type]
            if stored is not None and stored.startswith("$argon2"):
                return verify_password(stored, password)  # a hash from before team mode
        return team_calls.verify_password(connection, user.name, password)

    def _store_password(self, session: Session, user: User, password: str) -> None:
        if self._core._team_prefix is None:
            super()._store_password(session, user, password)
            return
        user.password_hash = PASSWORD_MARKER
        session.add(user)
        session.flush()
        team_calls.set_password(session.connection(), user.name, password)

    def change_password(self, *, name: str, old_password: str, new_password: str) -> UserChange:
        """At a desk the current password is checked inside the database, where a wrong one counts."""
        if not self._core._desk:
            return super().change_password(name=name, old_password=old_password, new_password=new_password)
        check_new_password(new_password, user_name=name)
        name = name.strip()
        if name != self._core._desk_user:
            raise SignInRequired(message("signin.not-this-desk", name=name))
        with self._write() as session:
            result = team_calls.check_password(session.connection(), old_password)
        if result != "ok":
            if result in ("locked", "inactive"):
                self._core._use_engine(None, None)
            raise SignInFailed(message("password.current-wrong"))
        if old_password == new_password:
            raise ValidationError(message("password.same"))
        with self._write() as session:
            team_calls.set_password(session.connection(), name, new_password)
            user = find_user(session, name)
            self._audit_user(session, name, "user.password_changed", user, "changed by the user")
            result = changed(user)
        self._reconnect(name, new_password)
        self._core._signed_in = {result.user.name: result.user.id}
        return result

    def reset_password(self, *, name: str, new_password: str, by: str) -> UserChange:
        """An admin sets ``name``'s password; a desk connected as ``name`` reconnects with the new one."""
        result = super().reset_password(name=name, new_password=new_password, by=by)
        if self._core._desk and result.user.name == self._core._desk_user:
            self._reconnect(result.user.name, new_password)  # the login's own password changed too
        return result

    def _reconnect(self, name: str, password: str) -> None:
        engine = create_db_engine(self.url, user=name, password=password)
        engine.update_execution_options(**{TEAM_OPTION: True})
        self._core._use_engine(engine, name)

    # ------------------------------------------------------------------ logins
    def _create_login(self, session: Session, user: User, password: str | None) -> None:
        if self._core._team_prefix is None:
            return
        try:
            team_calls.create_login(session.connection(), user.id, password)  # type: ignore[arg-type]
        except DBAPIError as exc:
            if getattr(exc.orig, "sqlstate", None) != "42710":  # duplicate_object: the role name is taken
                raise
            raise ValidationError(exc.orig.diag.message_primary or str(exc.orig)) from exc  # type: ignore[union-attr]

    def _grant_role(self, session: Session, user: User, old_role: str) -> None:
        """On a team database the user table's trigger (team_user_synced) moves the login between groups."""
        super()._grant_role(session, user, old_role)

    def _set_login_allowed(self, session: Session, user: User) -> None:
        """On a team database the user table's trigger sets LOGIN or NOLOGIN as the row changes."""
        super()._set_login_allowed(session, user)


def _revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def _wrong_password(left: int | None) -> str:
    """The message for a wrong password, with what is left of the five tries when it was counted."""
    if left is None:
        return WRONG_CREDENTIALS  # an unknown name (or no gate to count it): nothing to tell
    if left <= 0:
        return message("signin.wrong-locked")
    return message("signin.wrong-left", left=left)


def _note_sign_in(engine: Engine) -> UserView:
    try:
        with write_session(engine) as session:
            user_id = team_calls.note_sign_in(session.connection())
            user = session.get(User, user_id)
            assert user is not None
            return to_view(user)
    except DBAPIError as exc:
        refusal = database_refusal(exc)
        if refusal is None:
            raise
        raise SignInFailed(refusal) from exc
