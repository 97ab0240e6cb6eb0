"""Backing up and restoring a database: ``workstation backup FILE`` and ``workstation restore [FILE]``."""

from __future__ import annotations

import argparse

from ui.cli.common import acting_password, add_command, info, open_workstation, print_json
from workstation.facade import BackupManager, RestoreReport


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(commands, "backup", backup_command,
                    "a verified copy of the SQLite database, taken while it is in use; recorded in the audit trail")
    p.add_argument("file", metavar="FILE", help="the backup file to write")
    p.add_argument("--force", action="store_true", help="replace FILE if it exists")
    p = add_command(commands, "restore", restore_command,
                    "put a backup in place as the database (an admin of the backup; the old file is kept aside)",
                    acting="an admin (of the backup, on SQLite), who signs in with WORKSTATION_PASSWORD")
    p.add_argument("file", metavar="FILE", nargs="?",
                   help="the SQLite backup to restore; without FILE (after pg_restore, or a file copied back by "
                        "hand) the database in place is checked and the restore recorded")
    p.add_argument("--force", action="store_true",
                   help="replace an existing database (kept as DB.before-restore-<time>)")


def backup_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.backups.backup(path=args.file, user=args.user, overwrite=args.force)
    info(f"backed up to {report.file}: {report.bytes:,} bytes, integrity ok, audit trail verified "
         f"({report.events} events, head {report.head[:16]}…); recorded as event {report.event_id}")
    if args.json:
        print_json({"file": report.file, "bytes": report.bytes, "events": report.events, "head": report.head,
                    "event_id": report.event_id, "verified": True})
    return 0


def restore_command(args: argparse.Namespace) -> int:
    if args.file is None:
        with open_workstation(args) as ws:
            report = ws.backups.confirm_restore(user=args.user)
        info(f"the restored audit trail verifies ({report.events} events); the restore is recorded as event "
             f"{report.event_id}")
    else:
        password = acting_password(args) if args.user else None
        report = BackupManager.restore(backup=args.file, db=args.db, user=args.user, password=password,
                                       force=args.force)
        kept = f"; the database it replaced is kept as {report.replaced}" if report.replaced else ""
        rolled = (f" ({report.rolled_back} later event(s) of the replaced database are not in it)"
                  if report.rolled_back else "")
        info(f"restored {report.file} into {report.database}: audit trail verified, {report.events} events"
             f"{rolled}{kept}")
    if args.json:
        print_json(_restore_document(report))
    return 0


def _restore_document(report: RestoreReport) -> dict[str, object]:
    previous = report.previous
    return {
        "database": report.database, "file": report.file, "events": report.events, "head": report.head,
        "event_id": report.event_id, "verified": True, "replaced": report.replaced,
        "previous": {"events": previous.events, "head": previous.head} if previous is not None else None,
        "rolled_back": report.rolled_back,
    }
