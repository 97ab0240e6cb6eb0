"""SQLite files for backup and restore: a consistent copy of a live database, and putting one in place.

The copy uses SQLite's online backup API (``sqlite3.Connection.backup``) a few
hundred pages at a time, so progress can be shown and the copy cancelled. The
source connection holds one read transaction for the whole copy: in WAL mode
writers carry on meanwhile, the copy is the database as of that transaction's
start, and the backup never restarts however often others commit. The copy is
a single file (rollback journal, no ``-wal`` beside it).

Putting a database in place never leaves a ``-wal`` or ``-shm`` file of the old
database beside the new one (SQLite would replay that WAL into the wrong
database), and never replaces a file that another connection has open.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine

PAGES_PER_STEP = 256
SIDE_FILES = ("-wal", "-shm", "-journal")

Progress = Callable[[int, int], bool]  # (pages copied, pages in all) -> False to stop


class CopyCancelled(Exception):
    """The progress callback asked to stop; the partial copy was removed."""


class DatabaseInUse(Exception):
    """Another connection (a window, a command) has the database open."""


@dataclass(frozen=True)
class Head:
    """The audit trail's last event as a file holds it (id 0: an empty trail)."""

    events: int
    head: str
    first: str  # the first event's hash: the same lineage of database has the same one


def copy_database(source: Path, target: Path, *, progress: Progress | None = None,
                  pages: int | None = None, busy_timeout_s: float = 10.0) -> None:
    """Copy the live database ``source`` into the new file ``target`` (consistent, single file)."""
    if target.exists():
        raise FileExistsError(target)
    # Read-write, like any other desk (a read-only connection cannot open a WAL database whose -shm
    # file is missing); it only reads.
    src = sqlite3.connect(source, isolation_level=None, timeout=busy_timeout_s)
    try:
        # One snapshot for the whole copy (see the module's docstring).
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
        dst = sqlite3.connect(target, isolation_level=None)
        try:
            def step(_status: int, remaining: int, total: int) -> None:
                if progress is not None and not progress(total - remaining, total):
                    raise CopyCancelled()

            src.backup(dst, pages=pages or PAGES_PER_STEP, progress=step)
            # The copy came over in WAL mode; make it one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        src.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    finally:
        src.close()
    sync_file(target)


def readonly_engine(path: Path) -> Engine:
    """A SQLAlchemy engine that only reads ``path`` (nothing is created or changed, not even a WAL)."""
    return create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")


def integrity_problem(path: Path) -> str:
    """'' when PRAGMA integrity_check and foreign_key_check find nothing, else what they found."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return f"cannot open it: {exc}"
    try:
        rows = [r[0] for r in connection.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            return "integrity check: " + "; ".join(rows)
        broken = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
        if broken:
            return "foreign key check: " + "; ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in broken)
        return ""
    except sqlite3.DatabaseError as exc:
        return f"it is damaged or not a database: {exc}"
    finally:
        connection.close()


def read_head(path: Path) -> Head | None:
    """The audit trail's head as stored in ``path`` (None when it cannot be read as a database)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        last = connection.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
        first = connection.execute("SELECT hash FROM audit_event WHERE id = 1").fetchone()
        return Head(last[0], last[1], first[0]) if last else Head(0, "", "")
    except sqlite3.Error:
        return None
    finally:
        connection.close()


def side_files(path: Path) -> list[Path]:
    """The database's ``-wal``, ``-shm`` and ``-journal`` files that exist."""
    return [p for p in (path.with_name(path.name + s) for s in SIDE_FILES) if p.exists()]


@contextlib.contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold ``path`` so that no other connection reads or writes it; DatabaseInUse if one has it open.

    Leaving WAL mode needs the only connection to the file, so it tells whether a
    window or command has it open; it also checkpoints the WAL into the file. A
    file that is not a database at all is nobody's: it is only moved aside.
    """
    if not path.exists():
        yield
        return
    connection = sqlite3.connect(path, isolation_level=None, timeout=0)
    try:
        try:
            connection.execute("PRAGMA journal_mode = DELETE").fetchone()
            connection.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseInUse(str(path)) from exc
            connection.close()
            connection = None  # type: ignore[assignment]
        except sqlite3.DatabaseError:
            connection.close()
            connection = None  # type: ignore[assignment]
        yield
    finally:
        if connection is not None:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            connection.close()


def move_aside(path: Path, aside: Path) -> None:
    """Rename the database and its side files to ``aside`` (``aside-wal`` …), keeping them together."""
    moves = [(path, aside)] if path.exists() else []
    moves += [(side, aside.with_name(aside.name + side.name[len(path.name):])) for side in side_files(path)]
    done: list[tuple[Path, Path]] = []
    try:
        for source, target in moves:
            os.replace(source, target)
            done.append((source, target))
    except OSError:
        for source, target in reversed(done):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise
    sync_folder(path.parent)


def single_file(path: Path) -> None:
    """Checkpoint ``path`` (a database nobody else has open) into one file without a WAL."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        connection.execute("PRAGMA journal_mode = DELETE").fetchone()
    finally:
        connection.close()
    for side in side_files(path):
        side.unlink()
    sync_file(path)


def sync_file(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())


def sync_folder(folder: Path) -> None:
    """Make renames in ``folder`` durable (not possible everywhere: best effort)."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
