"""Facade operations on people: sign-in, passwords, and user administration.

Whoever acts must have signed in at this facade with their password; the
open database remembers who did (``ws.signed_in``) (the window holds one person, the command line the
``--as`` user, a test may sign in several). Five failed sign-ins in a row lock
the account until an admin unlocks it. Sign-ins, failures, locks, unlocks,
role changes, resets and deactivations are audit events.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from db.tables import Meta, User
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.errors import PermissionDenied, SignInFailed, SignInRequired, ValidationError
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.manager import Manager
from workstation.leases import release_all
from workstation.messages import message
from workstation.passwords import check_new_password, hash_password
from workstation.users import (
    ADMIN,
    MAX_FAILED_SIGNINS,
    UserChange,
    UserView,
    changed,
    find_user,
    password_matches,
    refuse_losing_last_admin,
    to_view,
    unchanged,
    user_count,
    user_row,
    validate_name,
    validate_new_user,
    validate_role,
)

IDLE_LOCK_KEY = "idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 15
MAX_IDLE_LOCK_MINUTES = 240
WRONG_CREDENTIALS = message("signin.wrong")


@dataclass(frozen=True)
class _Outcome:
    """What a sign-in attempt found, decided inside its transaction and acted on after commit."""

    view: UserView | None
    error: str = ""


class UsersOps(Manager):
    # ------------------------------------------------------------------ who is here
    def has_users(self) -> bool:
        """Whether the database has any user (without one, the first user to add is its admin)."""
        with self._read() as session:
            return user_count(session) > 0

    def sign_in(self, *, name: str, password: str) -> UserView:
        """Check ``name``'s password; on success ``name`` may act through this facade.

        A wrong password counts towards the lock (five in a row); a locked,
        deactivated or unknown account is refused with the same care. Raises SignInFailed.
        """
        name = name.strip()
        with self._write() as session:
            outcome = self._attempt_sign_in(session, name, password)
        if outcome.view is None:
            raise SignInFailed(outcome.error)
        self._core._signed_in[outcome.view.name] = outcome.view.id
        return outcome.view

    def _attempt_sign_in(self, session: Session, name: str, password: str) -> _Outcome:
        user = user_row(session, name) if name else None
        if user is None or not user.active:
            self._audit_user(session, name[:63] or "?", "user.sign_in_failed", user,
                             "unknown user" if user is None else "deactivated account")
            return _Outcome(None, WRONG_CREDENTIALS if user is None else message("signin.deactivated", name=name))
        if user.locked:
            self._audit_user(session, name, "user.sign_in_failed", user, "account locked")
            return _Outcome(None, message("signin.locked", name=name, count=MAX_FAILED_SIGNINS))
        if not user.password_hash:
            self._audit_user(session, name, "user.sign_in_failed", user, "no password set")
            return _Outcome(None, message("signin.no-password", name=name))
        if not self._password_ok(session, user, password):
            user.failed_signins += 1
            self._audit_user(session, name, "user.sign_in_failed", user,
                             f"wrong password ({user.failed_signins} in a row)")
            if user.failed_signins >= MAX_FAILED_SIGNINS:
                user.locked = True
                self._audit_user(session, SYSTEM_ACTOR, "user.locked", user,
                                 f"{MAX_FAILED_SIGNINS} failed sign-ins in a row")
                return _Outcome(None, message("signin.wrong-locked-now"))
            left = MAX_FAILED_SIGNINS - user.failed_signins
            return _Outcome(None, message("signin.wrong-left", left=left))
        user.failed_signins = 0
        user.last_sign_in = datetime.now(UTC)
        session.add(user)
        self._audit_user(session, user.name, "user.sign_in", user, "")
        session.flush()
        return _Outcome(to_view(user))

    def _password_ok(self, session: Session, user: User, password: str) -> bool:
        """Whether ``password`` is ``user``'s (a team database overrides this to ask PostgreSQL)."""
        return password_matches(user, password)

    def sign_out(self, *, name: str | None = None) -> None:
        """Forget one signed-in person (``name``) or everyone; audited.

        The undo and redo history at this facade goes with them.
        """
        names = [name] if name else list(self._core._signed_in)
        present = [n for n in names if n in self._core._signed_in]
        if not present:
            return
        with self._write() as session:
            for n in present:
                user = user_row(session, n)
                self._audit_user(session, n, "user.sign_out", user, "")
                if user is not None and user.id is not None:
                    release_all(session, user.id)  # whoever leaves no longer has an editor open
        for n in present:
            self._core._signed_in.pop(n, None)
        # Whoever signs in next must not undo or redo what the person leaving did.
        self._core._forget_session()

    # ------------------------------------------------------------------ passwords
    def change_password(self, *, name: str, old_password: str, new_password: str) -> UserChange:
        """A user changes their own password (also what a forced change after a reset does)."""
        check_new_password(new_password, user_name=name)
        with self._write() as session:
            user = find_user(session, name)
            if not self._password_ok(session, user, old_password):
                raise SignInFailed(message("password.current-wrong"))
            if password_matches(user, new_password):
                raise ValidationError(message("password.same"))
            self._store_password(session, user, new_password)
            user.must_change_password = False
            self._audit_user(session, user.name, "user.password_changed", user, "changed by the user")
            session.flush()
            result = changed(user)
        self._core._signed_in[result.user.name] = result.user.id
        return result

    def reset_password(self, *, name: str, new_password: str, by: str) -> UserChange:
        """An admin sets ``name``'s password; ``name`` must change it at the next sign-in."""
        check_new_password(new_password, user_name=name)
        with self._write() as session:
            admin = self._admin(session, by, "reset passwords")
            user = find_user(session, name)
            self._store_password(session, user, new_password)
            user.must_change_password = user.id != admin.id
            self._audit_user(session, admin.name, "user.password_reset", user,
                             "must change it at the next sign-in" if user.must_change_password else "")
            session.flush()
            return changed(user)

    def _store_password(self, session: Session, user: User, password: str) -> None:
        """Store a new password (a team database also sets the PostgreSQL role's password)."""
        user.password_hash = hash_password(password)
        session.add(user)

    # ------------------------------------------------------------------ administration
    def add_user(
        self, *, name: str, role: str, password: str | None = None, display_name: str = "",
        by: str | None = None, must_change_password: bool = False,
    ) -> UserChange:
        """Create a user (roles: author, reviewer, approver, admin); audited.

        The first user of a database must be an admin with a password and needs no
        sign-in; after that only a signed-in admin (``by``) adds users.
        """
        name, role = validate_new_user(name, role)
        if password is not None:
            check_new_password(password, user_name=name)
        try:
            with self._write() as session:
                first = user_count(session) == 0
                if first:
                    if role != ADMIN:
                        raise ValidationError(message("users.first-admin"))
                    if not password:
                        raise ValidationError(message("password.first-admin"))
                    acting_name = SYSTEM_ACTOR
                else:
                    acting_name = self._admin(session, by, "add users").name
                user = User(name=name, role=role, display_name=display_name.strip() or name,
                            must_change_password=must_change_password and not first)
                session.add(user)
                session.flush()
                if password:
                    self._store_password(session, user, password)
                self._create_login(session, user, password)
                self._audit_user(session, acting_name, "user.add", user, "", field="role", new=f"{name}: {role}")
                session.flush()
                return changed(user)
        except IntegrityError as exc:
            raise ValidationError(message("users.exists", name=repr(name))) from exc

    def _create_login(self, session: Session, user: User, password: str | None) -> None:
        """A team database creates the user's PostgreSQL login role here."""

    def list_users(self, *, include_inactive: bool = True) -> list[UserView]:
        """Every user by name (deactivated ones too unless ``include_inactive`` is False)."""
        with self._read() as session:
            query = select(User).order_by(User.name)
            if not include_inactive:
                query = query.where(User.active == True)  # noqa: E712 - SQL comparison
            return [to_view(u) for u in session.exec(query)]

    def get_user(self, *, name: str) -> UserView:
        """One active user."""
        with self._read() as session:
            return to_view(find_user(session, name))

    def set_role(self, *, name: str, role: str, by: str) -> UserChange:
        """An admin changes ``name``'s role; the last active admin cannot be demoted."""
        role = validate_role(role)
        with self._write() as session:
            admin = self._admin(session, by, "change roles")
            user = find_user(session, name)
            if user.role == role:
                return unchanged(user)
            refuse_losing_last_admin(session, user, new_role=role)
            old = user.role
            user.role = role
            self._grant_role(session, user, old)
            self._audit_user(session, admin.name, "user.role", user, "", field="role", old=old, new=role)
            session.flush()
            return changed(user)

    def _grant_role(self, session: Session, user: User, old_role: str) -> None:
        """A team database moves the login role between group roles here."""

    def deactivate_user(self, *, name: str, by: str) -> UserChange:
        """An admin deactivates ``name``: the account stays (the trail names it) but cannot sign in."""
        return self._set_active(name=name, by=by, active=False)

    def reactivate_user(self, *, name: str, by: str) -> UserChange:
        """An admin lets a deactivated account sign in again."""
        return self._set_active(name=name, by=by, active=True)

    def _set_active(self, *, name: str, by: str, active: bool) -> UserChange:
        with self._write() as session:
            admin = self._admin(session, by, "deactivate users" if not active else "reactivate users")
            user = user_row(session, validate_name(name))
            if user is None:
                find_user(session, name)  # raises NotFound with the usual message
                raise AssertionError("unreachable")
            if user.active == active:
                return unchanged(user)
            if not active:
                refuse_losing_last_admin(session, user, deactivate=True)
            user.active = active
            self._set_login_allowed(session, user)
            self._audit_user(session, admin.name, "user.reactivated" if active else "user.deactivated", user, "",
                             field="active", old=str(not active).lower(), new=str(active).lower())
            session.flush()
            return changed(user)

    def unlock_user(self, *, name: str, by: str) -> UserChange:
        """An admin unlocks an account locked by failed sign-ins."""
        with self._write() as session:
            admin = self._admin(session, by, "unlock accounts")
            user = find_user(session, name)
            was_locked = user.locked
            user.locked = False
            user.failed_signins = 0
            self._set_login_allowed(session, user)
            if was_locked:
                self._audit_user(session, admin.name, "user.unlocked", user, "")
            session.flush()
            return changed(user) if was_locked else unchanged(user)

    def _set_login_allowed(self, session: Session, user: User) -> None:
        """A team database lets the login role connect only while active and unlocked."""

    # ------------------------------------------------------------------ settings
    def idle_lock_minutes(self) -> int:
        """Minutes without input after which the window locks (an admin setting; 0 = never)."""
        with self._read() as session:
            row = session.get(Meta, IDLE_LOCK_KEY)
            value = row.value if row is not None else str(DEFAULT_IDLE_LOCK_MINUTES)
        try:
            return int(value)
        except ValueError:
            return DEFAULT_IDLE_LOCK_MINUTES

    def set_idle_lock_minutes(self, *, minutes: int, by: str) -> OpChanges:
        """An admin sets the idle lock (1 to 240 minutes, or 0 for never); audited."""
        if not 0 <= minutes <= MAX_IDLE_LOCK_MINUTES:
            raise ValidationError(message("users.idle-lock", most=MAX_IDLE_LOCK_MINUTES))
        with self._write() as session:
            admin = self._admin(session, by, "change the idle lock")
            row = session.get(Meta, IDLE_LOCK_KEY)
            old = row.value if row is not None else ""
            session.merge(Meta(key=IDLE_LOCK_KEY, value=str(minutes)))
            ids = append_events(session.connection(), [EventData(
                actor=admin.name, action="setting.change", entity="meta", field=IDLE_LOCK_KEY,
                old_value=old, new_value=str(minutes),
            )])
        return OpChanges(users=True, event_ids=tuple(ids))

    # ------------------------------------------------------------------ plumbing
    def _admin(self, session: Session, by: str | None, what: str) -> User:
        if not by:
            raise SignInRequired(message("users.admin-sign-in", task=what))
        acting = self._actor(session, by)
        assert acting is not None
        if acting.role != ADMIN:
            raise PermissionDenied(message("users.admin-only", task=what, name=acting.name, role=acting.role))
        return acting

    @staticmethod
    def _audit_user(session: Session, actor: str, action: str, user: User | None, reason: str, *,
                    field: str = "", old: str = "", new: str = "") -> None:
        append_events(session.connection(), [EventData(
            actor=actor, action=action, entity="user", entity_id=user.id if user else None,
            field=field, old_value=old, new_value=new, reason=reason,
        )])
