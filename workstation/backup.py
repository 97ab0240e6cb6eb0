"""Backups of a SQLite database: what a verified copy holds, and how it is checked.

A backup is verified before it is kept and again before it is restored: SQLite's
integrity and foreign-key checks, a schema this program knows, and the audit
trail (the hash chain, its cross-checks with articles, transitions and
signatures, and every signature against its event). The anchors kept on this
computer are not checked here: a backup is an earlier state of a database, so
its trail legitimately ends before the head this computer last saw.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from db.backup import Head, integrity_problem, readonly_engine
from db.migrate import current_revision, known_revision
from workstation.audit import VerifyResult, verify_chain
from workstation.audit_anchor import signed_record_problem
from workstation.changes import OpChanges
from workstation.errors import BackupInvalid

BACKUP_ACTION = "backup.create"
RESTORE_ACTION = "backup.restore"


@dataclass(frozen=True)
class BackupReport:
    """A backup taken (or, when ``cancelled``, not taken: nothing was written or recorded)."""

    file: str
    bytes: int = 0
    events: int = 0  # the audit trail in the copy: its last event's id ...
    head: str = ""  # ... and that event's hash
    event_id: int | None = None  # the backup.create event in the live database
    cancelled: bool = False
    changes: OpChanges = field(default_factory=OpChanges)


@dataclass(frozen=True)
class RestoreReport:
    """A database put back from a backup (SQLite) or checked after pg_restore (PostgreSQL)."""

    database: str  # the file or URL (without password) now holding the restored data
    file: str | None  # the backup restored (None: PostgreSQL, restored with pg_restore)
    events: int  # the restored trail's head before the restore's own event
    head: str
    event_id: int  # the backup.restore event
    replaced: str | None = None  # where the database it replaced was kept
    previous: Head | None = None  # the replaced database's head
    rolled_back: int | None = None  # events of the replaced trail after the backup's head (same database)


def verify_copy(path: Path) -> VerifyResult:
    """Check a backup file; BackupInvalid says what is wrong with it."""
    if not path.is_file():
        raise BackupInvalid(f"{path}: no such file")
    problem = integrity_problem(path)
    if problem:
        raise BackupInvalid(f"{path} is damaged: {problem}")
    engine = readonly_engine(path)
    try:
        try:
            revision = current_revision(engine)
            if revision is None:
                raise BackupInvalid(f"{path} is not a Review Workstation database")
            if not known_revision(revision):
                raise BackupInvalid(f"{path} was written by a newer Review Workstation (schema {revision}); "
                                    "update the program")
            with engine.connect() as connection:
                result = verify_chain(connection)
                if result.ok:
                    signature = signed_record_problem(connection)
                    if signature is not None:
                        result = VerifyResult(False, result.events, signature[0], signature[1], result.head,
                                              result.last_id)
        except SQLAlchemyError as exc:
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
            raise BackupInvalid(f"{path} is not a Review Workstation database this program can read: {detail}") \
                from exc
    finally:
        engine.dispose()
    if not result.ok:
        raise BackupInvalid(f"the audit trail in {path} does not verify: event {result.first_bad}: {result.problem}")
    return result


def describe(file: str | None, events: int, head: str, **more: object) -> str:
    """The compact JSON an audit event keeps about a backup file and the head it holds."""
    return json.dumps({"file": file, "events": events, "head": head, **more}, ensure_ascii=False,
                      separators=(",", ":"))
