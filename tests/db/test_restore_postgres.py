"""PostgreSQL: pg_dump and pg_restore as the README shows them, then `workstation restore` checks the trail."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest

from tests.cli.runner import run_cli
from tests.conftest import SEEDS
from tests.people import ADMIN, add_person, ensure_admin
from workstation.facade import Workstation

pytestmark = pytest.mark.postgres
SERVER = ["-h", "127.0.0.1", "-p", "5432", "-U", "postgres"]


def _tool(name: str) -> str:
    for folder in (os.environ.get("WORKSTATION_PG_BIN"), "/usr/lib/postgresql/15/bin"):
        if folder and (Path(folder) / name).exists():
            return str(Path(folder) / name)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _schema(url: str) -> str:
    return re.search(r"search_path%3D(\w+)", url).group(1)  # type: ignore[union-attr]


def _dump_and_restore(url: str, dump: Path, between) -> None:  # type: ignore[no-untyped-def]
    """pg_dump the board's schema, run ``between``, drop the schema and pg_restore it from the dump."""
    schema = _schema(url)
    subprocess.run([_tool("pg_dump"), *SERVER, "--format=custom", f"--schema={schema}", f"--file={dump}", "test"],
                   check=True, capture_output=True)
    between()
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")
    subprocess.run([_tool("pg_restore"), *SERVER, "--dbname=test", "--exit-on-error", str(dump)],
                   check=True, capture_output=True)


def test_after_pg_restore_restore_checks_the_trail_and_records_the_restore(capsys, pg_url: str,
                                                                           tmp_path: Path) -> None:
    with Workstation.open(pg_url) as ws:
        assert not ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))).failed
        ensure_admin(ws)
        dumped = ws.audit.verify()
        assert dumped.ok

        def later_work() -> None:
            add_person(ws, "alan", "author")
            assert ws.audit.verify().ok  # this computer's anchor moves past the dump

        _dump_and_restore(pg_url, tmp_path / "board.dump", later_work)
    code, _out, err = run_cli(capsys, "--db", pg_url, "audit", "verify")
    assert code == 1 and "events were removed" in err  # rolled back: the anchor is ahead of the trail
    code, out, err = run_cli(capsys, "--db", pg_url, "restore", "--as", ADMIN, "--json")
    assert code == 0, err
    document = json.loads(out)
    assert document["file"] is None and document["verified"] is True
    assert document["previous"]["events"] > dumped.events
    code, out, err = run_cli(capsys, "--db", pg_url, "audit", "verify", "--json")
    assert code == 0 and json.loads(out)["ok"], err
    with Workstation.open(pg_url) as ws:
        assert ws.library.count_articles() == 5
        assert "alan" not in [u.name for u in ws.users.list_users()]
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test") as conn:
        actor, old = conn.execute(
            f"SELECT actor, old_value FROM {_schema(pg_url)}.audit_event WHERE action = 'backup.restore'").fetchone()
    assert actor == ADMIN and json.loads(old)["events"] == document["previous"]["events"]


def test_restore_refuses_a_restored_database_whose_trail_was_edited(capsys, pg_url: str, tmp_path: Path) -> None:
    with Workstation.open(pg_url) as ws:
        assert not ws.library.import_files(paths=sorted(SEEDS.glob("*.txt"))).failed
        ensure_admin(ws)
        _dump_and_restore(pg_url, tmp_path / "board.dump", lambda: None)
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test", autocommit=True) as conn:
        conn.execute("SET session_replication_role = replica")  # the append-only trigger does not fire
        conn.execute(f"UPDATE {_schema(pg_url)}.audit_event SET reason = 'edited' WHERE id = 2")
    code, out, err = run_cli(capsys, "--db", pg_url, "restore", "--as", ADMIN, "--json")
    assert code == 1 and "does not verify: event 2" in err and "Traceback" not in err
    with psycopg.connect("host=127.0.0.1 port=5432 user=postgres dbname=test") as conn:
        count = conn.execute(
            f"SELECT count(*) FROM {_schema(pg_url)}.audit_event WHERE action = 'backup.restore'").fetchone()[0]
    assert count == 0
