"""Backup and restore of a SQLite database through the facade, on real files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.articles import write_article
from tests.conftest import SEEDS
from tests.people import ADMIN, ADMIN_PASSWORD, add_person, ensure_admin
from workstation.errors import BackupInvalid, PermissionDenied, SignInRequired, WorkstationError
from workstation.facade import BackupManager, Workstation


def _events(path: Path, action: str) -> list[dict]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT actor, action, old_value, new_value FROM audit_event WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    return [{"actor": a, "action": b, "old": c, "new": d} for a, b, c, d in rows]


@pytest.fixture
def board(tmp_path: Path):  # type: ignore[no-untyped-def]
    db = tmp_path / "review.db"
    with Workstation.open(str(db)) as ws:
        assert not ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))).failed
        ensure_admin(ws)
        add_person(ws, "rev", "reviewer")
        yield ws, db


def test_a_backup_is_one_verified_file_and_the_trail_records_it(board, tmp_path: Path) -> None:
    ws, db = board
    target = tmp_path / "copies" / "monday.db"
    target.parent.mkdir()
    seen: list[tuple[int, int]] = []
    report = ws.backups.backup(path=target, user="rev", progress=lambda done, total: seen.append((done, total)) or True)
    assert target.is_file() and not list(target.parent.glob("*-wal")) and not list(target.parent.glob(".*"))
    assert seen and seen[-1][0] == seen[-1][1]  # the last step copied every page
    with sqlite3.connect(target) as copy:
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # self-contained
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM article").fetchone()[0] == 5
        last = copy.execute("SELECT id, hash FROM audit_event ORDER BY id DESC LIMIT 1").fetchone()
    assert (report.events, report.head, report.bytes) == (last[0], last[1], target.stat().st_size)
    [event] = _events(db, "backup.create")
    assert event["actor"] == "rev"
    assert json.loads(event["new"]) == {"file": str(target), "events": last[0], "head": last[1],
                                        "bytes": report.bytes}
    assert ws.audit.verify().ok


def test_a_backup_is_taken_by_someone_signed_in_and_never_overwrites_by_itself(board, tmp_path: Path) -> None:
    ws, db = board
    target = tmp_path / "copy.db"
    with pytest.raises(SignInRequired):
        ws.backups.backup(path=target)
    assert not target.exists()
    target.write_bytes(b"keep me")
    with pytest.raises(WorkstationError, match="already exists"):
        ws.backups.backup(path=target, user="rev")
    assert target.read_bytes() == b"keep me"
    ws.backups.backup(path=target, user="rev", overwrite=True)
    assert target.read_bytes()[:16] == b"SQLite format 3\x00"
    with pytest.raises(WorkstationError, match="the database itself"):
        ws.backups.backup(path=db, user="rev", overwrite=True)
    with pytest.raises(WorkstationError, match="does not exist"):
        ws.backups.backup(path=tmp_path / "nowhere" / "copy.db", user="rev")
    assert len(_events(db, "backup.create")) == 1


def test_a_cancelled_backup_keeps_nothing_and_records_nothing(board, tmp_path: Path, monkeypatch) -> None:
    import db.backup

    monkeypatch.setattr(db.backup, "PAGES_PER_STEP", 4)
    ws, path = board
    target = tmp_path / "copy.db"
    report = ws.backups.backup(path=target, user="rev", progress=lambda done, total: done < 8)
    assert report.cancelled
    assert list(tmp_path.glob("*copy.db*")) == []
    assert _events(path, "backup.create") == []


def test_the_copy_is_the_database_as_of_its_start_while_another_connection_writes(board, tmp_path: Path,
                                                                                    monkeypatch) -> None:
    import db.backup

    monkeypatch.setattr(db.backup, "PAGES_PER_STEP", 2)
    ws, path = board
    other = Workstation.open(str(path))
    add_person(other, "alan", "author")
    written = []

    def write_between_steps(done: int, total: int) -> bool:
        # Another desk commits an article between the copy's steps; the copy must not mix states.
        if len(written) < 3:
            report = other.library.import_files(paths=[write_article(tmp_path, f"during-{len(written)}")], user="alan")
            written.append(report.imported[0].id)
        return True

    report = ws.backups.backup(path=tmp_path / "copy.db", user="rev", progress=write_between_steps)
    other.close()
    assert len(written) == 3
    restored = tmp_path / "restored.db"
    BackupManager.restore(backup=tmp_path / "copy.db", db=str(restored), user=ADMIN, password=ADMIN_PASSWORD)
    with Workstation.open(str(restored)) as copy:
        assert copy.library.count_articles() == 5  # as it was when the copy began: none of the three
        assert copy.audit.verify().ok
    assert report.events < ws.audit.verify().events


def test_restore_puts_a_backup_in_place_keeps_the_old_file_aside_and_leaves_no_stale_wal(board, tmp_path) -> None:
    ws, db = board
    backup = tmp_path / "copy.db"
    taken = ws.backups.backup(path=backup, user="rev")
    add_person(ws, "alan", "author")  # happens after the backup: the restore rolls it back
    later = ws.audit.verify()
    ws.close()
    with pytest.raises(WorkstationError, match="already exists.*--force"):
        BackupManager.restore(backup=backup, db=str(db), user=ADMIN, password=ADMIN_PASSWORD)
    # A WAL left by a desk that crashed: it belongs to the old file and must go aside with it.
    wal = db.with_name(db.name + "-wal")
    wal.write_bytes(b"")
    report = BackupManager.restore(backup=backup, db=str(db), user=ADMIN, password=ADMIN_PASSWORD, force=True)
    assert report.replaced and Path(report.replaced).name.startswith("review.db.before-restore-")
    assert not wal.exists() and not db.with_name(db.name + "-shm").exists()
    assert (report.events, report.head) == (taken.events, taken.head)
    assert report.previous is not None and report.previous.events == later.events
    assert report.rolled_back == later.events - taken.events
    with Workstation.open(report.replaced) as old:
        assert "alan" in [u.name for u in old.users.list_users()]  # nothing of the old database was lost
    with Workstation.open(str(db)) as restored:
        assert "alan" not in [u.name for u in restored.users.list_users()]
        result = restored.audit.verify()  # this computer's anchor moved back to the restored trail
        assert result.ok, result.problem
    [event] = _events(db, "backup.restore")
    assert event["actor"] == ADMIN
    assert json.loads(event["new"])["head"] == taken.head
    assert json.loads(event["old"]) == {"file": str(db), "events": later.events, "head": later.head}


def test_restore_refuses_a_backup_whose_trail_does_not_verify(board, tmp_path: Path) -> None:
    ws, _db = board
    backup = tmp_path / "copy.db"
    ws.backups.backup(path=backup, user="rev")
    with sqlite3.connect(backup) as connection:
        triggers = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'")]
        for trigger in triggers:
            connection.execute(f"DROP TRIGGER {trigger}")
        connection.execute("UPDATE audit_event SET reason = 'edited' WHERE id = 2")
    target = tmp_path / "new.db"
    with pytest.raises(BackupInvalid, match="does not verify: event 2"):
        BackupManager.restore(backup=backup, db=str(target), user=ADMIN, password=ADMIN_PASSWORD)
    assert list(tmp_path.glob("*new.db*")) == []


def test_restore_refuses_a_file_that_is_no_backup(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("not a database")
    with pytest.raises(BackupInvalid, match="damaged"):
        BackupManager.restore(backup=junk, db=str(tmp_path / "new.db"))
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    with pytest.raises(BackupInvalid, match="not a Review Workstation database"):
        BackupManager.restore(backup=other, db=str(tmp_path / "new.db"))
    assert not (tmp_path / "new.db").exists()


def test_only_an_admin_of_the_backup_restores_it(board, tmp_path: Path) -> None:
    ws, _db = board
    backup = tmp_path / "copy.db"
    ws.backups.backup(path=backup, user="rev")
    target = tmp_path / "new.db"
    with pytest.raises(SignInRequired):
        BackupManager.restore(backup=backup, db=str(target))
    with pytest.raises(PermissionDenied, match="only an admin"):
        BackupManager.restore(backup=backup, db=str(target), user="rev", password="reviewer-pass-12")
    with pytest.raises(PermissionDenied):
        BackupManager.restore(backup=backup, db=str(target), user=ADMIN, password="not the password")
    assert not target.exists()
    BackupManager.restore(backup=backup, db=str(target), user=ADMIN, password=ADMIN_PASSWORD)
    assert target.exists()


def test_restore_refuses_to_replace_a_database_that_is_open(board, tmp_path: Path) -> None:
    ws, db = board
    backup = tmp_path / "copy.db"
    ws.backups.backup(path=backup, user="rev")
    assert ws.library.count_articles() == 5  # the facade holds a connection to the file, as an open window does
    with pytest.raises(WorkstationError, match="open in a window or another command"):
        BackupManager.restore(backup=backup, db=str(db), user=ADMIN, password=ADMIN_PASSWORD, force=True)
    assert not list(tmp_path.glob("review.db.before-restore-*"))
    assert ws.audit.verify().ok  # the open database is untouched


def test_a_team_database_is_backed_up_with_pg_dump(pg_url: str, tmp_path: Path) -> None:
    with Workstation.open(pg_url) as ws:
        ensure_admin(ws)
        with pytest.raises(WorkstationError, match="pg_dump"):
            ws.backups.backup(path=tmp_path / "copy.db", user=ADMIN)
    with pytest.raises(WorkstationError, match="pg_restore"):
        BackupManager.restore(backup=tmp_path / "copy.db", db=pg_url)
    assert not (tmp_path / "copy.db").exists()
