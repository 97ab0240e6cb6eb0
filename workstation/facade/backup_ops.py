"""The backups manager (``ws.backups``): a verified copy of a live SQLite database, and restoring one.

Who may: any signed-in user takes a backup (it changes nothing but the audit
trail, which records who took it, when, and the head the copy holds); only an
admin restores, and on SQLite the admin signs in to the backup being restored,
the database it becomes. On a database without users, as everywhere, nobody
needs to sign in.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import make_url, select

from db.backup import (
    CopyCancelled,
    DatabaseInUse,
    Head,
    Progress,
    copy_database,
    exclusive,
    move_aside,
    read_head,
    side_files,
    single_file,
    sync_folder,
)
from db.engine import busy_timeout_ms, database_url
from db.tables import AuditEvent, User
from workstation.audit import EventData, append_events, verify_chain
from workstation.audit_anchor import (
    forget_anchor,
    local_anchor,
    replace_anchor,
    signed_record_problem,
)
from workstation.backup import (
    BACKUP_ACTION,
    RESTORE_ACTION,
    BackupReport,
    RestoreReport,
    describe,
    verify_copy,
)
from workstation.errors import BackupInvalid, PermissionDenied, SignInRequired, WorkstationError
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.manager import Manager
from workstation.messages import message
from workstation.users import ADMIN

PG_BACKUP = ("a PostgreSQL database is backed up with pg_dump on the server "
             "(README: Back up and restore)")


class BackupManager(Manager):
    """``ws.backups``: back up the open database, confirm a restore made by other means; and
    ``BackupManager.restore``, which puts a backup in place where no database needs to be open."""

    @property
    def backs_up_here(self) -> bool:
        """Whether ``backup`` works on this database (a SQLite file; PostgreSQL uses pg_dump)."""
        return self.backend == "sqlite"

    def backup(self, *, path: str | os.PathLike[str], user: str | None = None,
               progress: Progress | None = None, overwrite: bool = False) -> BackupReport:
        """Copy the database, consistent while others write, to ``path``; verify the copy; record it.

        The copy is written under a temporary name, checked (integrity, schema, the
        audit trail and every signature) and only then given its name; the
        ``backup.create`` event in this database says who took it, when, where, and
        the audit head the copy holds. ``progress(pages done, pages in all)``
        returning False cancels: nothing is kept or recorded (``cancelled``).
        Refused on PostgreSQL (pg_dump), for an existing file unless ``overwrite``,
        and without a signed-in user on a database that has users.
        """
        if not self.backs_up_here:
            raise WorkstationError(PG_BACKUP)
        source = Path(make_url(self.url).database or "")
        target = Path(path).expanduser().resolve()
        with self._read() as session:
            self._actor(session, user)  # before any file is written
        _check_target(source, target, overwrite=overwrite)
        temp = target.with_name(f".{target.name}.partial-{os.getpid()}")
        _remove(temp)
        try:
            copy_database(source, temp, progress=progress, busy_timeout_s=busy_timeout_ms() / 1000)
        except CopyCancelled:
            return BackupReport(file=str(target), cancelled=True)
        except OSError as exc:
            raise WorkstationError(message("backup.cannot-write", path=str(target), problem=str(exc.strerror or exc))) from exc
        except sqlite3.Error as exc:
            raise WorkstationError(message("backup.failed", problem=str(exc))) from exc
        try:
            try:
                result = verify_copy(temp)
            except BackupInvalid as exc:
                raise BackupInvalid(f"the copy does not verify, so nothing was kept ({exc}); "
                                    "'workstation audit verify' checks the database itself") from exc
            os.replace(temp, target)
            sync_folder(target.parent)
        finally:
            _remove(temp)
        size = target.stat().st_size
        with self._write() as session:
            acting = self._actor(session, user)
            [event_id] = append_events(session.connection(), [EventData(
                actor=acting.name if acting else SYSTEM_ACTOR, action=BACKUP_ACTION, entity="database",
                field="backup", new_value=describe(str(target), result.last_id, result.head, bytes=size),
            )])
        return BackupReport(file=str(target), bytes=size, events=result.last_id, head=result.head,
                            event_id=event_id)

    def confirm_restore(self, *, user: str | None = None) -> RestoreReport:
        """After a restore by other means (pg_restore; a file copied back): check the trail, record the restore.

        The trail must verify on its own (chain, cross-checks, signatures); it is not
        checked against this computer's anchor, which may lie ahead of a restored
        earlier state. An admin's ``backup.restore`` event then records the head
        restored and the anchor it replaces, and this computer's anchor moves to the
        restored trail.
        """
        with self.engine.connect() as connection:
            result = verify_chain(connection)
            if result.ok:
                signature = signed_record_problem(connection)
                if signature is not None:
                    raise BackupInvalid(f"the restored database's audit trail does not verify: event "
                                        f"{signature[0]}: {signature[1]}")
            if not result.ok:
                raise BackupInvalid(f"the restored database's audit trail does not verify: event "
                                    f"{result.first_bad}: {result.problem}")
            kept = local_anchor(connection, self.url)
        previous = describe(None, kept.events, kept.head) if kept else ""
        event_id = self._record_restore(user, file=None, events=result.last_id, head=result.head,
                                        previous=previous)
        self._anchor_to_head()
        return RestoreReport(database=_shown(self.url), file=None, events=result.last_id, head=result.head,
                             event_id=event_id, previous=Head(kept.events, kept.head, "") if kept else None)

    @classmethod
    def restore(cls, *, backup: str | os.PathLike[str], db: str | None = None, user: str | None = None,
                password: str | None = None, force: bool = False) -> RestoreReport:
        """Put the SQLite backup ``backup`` in place as the database ``db``.

        Refused, changing nothing, when the backup does not verify (integrity, the
        audit trail, signatures), when ``db`` exists and ``force`` is not given, when
        a window or command has ``db`` open, or unless ``user`` is an admin of the
        backup (signing in with ``password``). The database replaced is kept beside it
        as ``NAME.before-restore-<UTC time>`` (with its WAL checkpointed into it);
        no ``-wal`` or ``-shm`` of the old file is left beside the new one. The
        restore is recorded in the restored trail, with the head of the database it
        replaced, and this computer's anchor moves to the restored trail.
        """
        url = database_url(db)
        if not url.startswith("sqlite"):
            raise WorkstationError(
                "a PostgreSQL database is restored with pg_restore (README: Back up and restore); then "
                "'workstation --db URL restore --as ADMIN' without a FILE checks the restored audit trail "
                "and records the restore")
        target = Path(make_url(url).database or "")
        source = Path(backup).expanduser().resolve()
        if source == target:
            raise WorkstationError(f"{source} is the database itself; name a backup of it")
        if not source.is_file():
            raise WorkstationError(f"{source}: no such file")
        occupied = target.exists() or bool(side_files(target))
        if occupied and not force:
            raise WorkstationError(
                f"{target} already exists; restoring would replace it. Say --force to restore anyway "
                f"(the database there is kept as {target.name}.before-restore-<time>)")
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(f".{target.name}.restoring-{os.getpid()}")
        _remove(temp)
        aside: Path | None = None
        try:
            try:
                copy_database(source, temp)  # the backup API reads a backup with a -wal beside it correctly too
            except sqlite3.DatabaseError as exc:
                raise BackupInvalid(f"{source} is damaged or not a database: {exc}") from exc
            result = verify_copy(temp)
            previous = read_head(target) if occupied else None
            event_id = cls._restore_into(temp, user=user, password=password, source=source,
                                         events=result.last_id, head=result.head, previous=previous,
                                         replaced=target if occupied else None)
            single_file(temp)
            try:
                with exclusive(target):
                    aside = _aside_name(target) if occupied else None
                    if aside is not None:
                        move_aside(target, aside)
                    os.replace(temp, target)
                    sync_folder(target.parent)
            except DatabaseInUse as exc:
                raise WorkstationError(f"{target} is open in a window or another command; close it and try "
                                       "again (nothing was restored)") from exc
        except CopyCancelled as exc:  # no progress callback here: cannot happen, but never leave the copy
            raise WorkstationError("the restore was cancelled") from exc
        except OSError as exc:
            raise WorkstationError(f"cannot restore into {target}: {exc.strerror or exc}; nothing was "
                                   "restored") from exc
        finally:
            _remove(temp)
        restored = read_head(target)
        if restored is not None:
            replace_anchor(url, restored.first, restored.events, restored.head)
        rolled_back = None
        if previous is not None and restored is not None and previous.first == restored.first:
            rolled_back = max(previous.events - result.last_id, 0)
        return RestoreReport(database=str(target), file=str(source), events=result.last_id, head=result.head,
                             event_id=event_id, replaced=str(aside) if aside else None, previous=previous,
                             rolled_back=rolled_back)

    # ----------------------------------------------------------------- internals
    @classmethod
    def _restore_into(cls, temp: Path, *, user: str | None, password: str | None, source: Path, events: int,
                      head: str, previous: Head | None, replaced: Path | None) -> int:
        """Sign the admin in to the working copy and record the restore there; returns the event's id."""
        from workstation.facade import Workstation

        ws = Workstation.open(str(temp))  # an older backup's schema is brought up to date here
        try:
            if user:
                ws.users.sign_in(name=user, password=password or "")
            elif ws.users.has_users():
                raise SignInRequired("sign-in required: restoring needs an admin of the backup "
                                     "(--as USER and that user's password)")
            old = describe(str(replaced), previous.events, previous.head) if previous and replaced else ""
            event_id = ws.backups._record_restore(user, file=str(source), events=events, head=head, previous=old)
            with ws.engine.connect() as connection:
                first = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar()
        finally:
            ws.close()
        forget_anchor(ws.url, first or "")  # the working copy's own anchor: it is about to be renamed
        return event_id

    def _record_restore(self, user: str | None, *, file: str | None, events: int, head: str,
                        previous: str) -> int:
        with self._write() as session:
            acting = self._actor(session, user)
            _must_be_admin(acting)
            [event_id] = append_events(session.connection(), [EventData(
                actor=acting.name if acting else SYSTEM_ACTOR, action=RESTORE_ACTION, entity="database",
                field="backup", old_value=previous, new_value=describe(file, events, head),
            )])
        return event_id

    def _anchor_to_head(self) -> None:
        with self.engine.connect() as connection:
            first = connection.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar()
            last = connection.execute(
                select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)  # type: ignore[union-attr]
            ).first()
        if first and last:
            replace_anchor(self.url, first, last[0], last[1])


def _must_be_admin(acting: User | None) -> None:
    if acting is not None and acting.role != ADMIN:
        raise PermissionDenied(f"only an admin restores a database; {acting.name} is {acting.role}")


def _check_target(source: Path, target: Path, *, overwrite: bool) -> None:
    if target == source or target.name.startswith(source.name + "-") and target.parent == source.parent:
        raise WorkstationError(message("backup.is-database", path=str(target)))
    if target.is_dir():
        raise WorkstationError(message("backup.is-folder", path=str(target)))
    if not target.parent.is_dir():
        raise WorkstationError(message("backup.no-folder", path=str(target), folder=str(target.parent)))
    if target.exists() and not overwrite:
        raise WorkstationError(message("backup.exists", path=str(target)))


def _aside_name(target: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    aside = target.with_name(f"{target.name}.before-restore-{stamp}")
    number = 1
    while aside.exists():
        number += 1
        aside = target.with_name(f"{target.name}.before-restore-{stamp}-{number}")
    return aside


def _remove(path: Path) -> None:
    for file in (path, *side_files(path)):
        with contextlib.suppress(OSError):
            file.unlink()


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)

