"""kill -9 at random points of imports, verdict bursts and approvals, on SQLite and PostgreSQL.

A worker process reports every operation once it has committed; the test kills it
at a random moment, then checks that the database is sound (SQLite's integrity
check), the audit chain verifies, every signature still verifies, the counts agree
with the trail, and nothing the worker reported as committed is missing. The
database is then used again, as a desk would after a crash.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import ROOT
from tests.fault.conftest import FAULT_FIGURES
from tests.people import board
from tests.review_helpers import IMPORTER, add_team
from workstation.facade import Workstation

pytestmark = pytest.mark.fault
RUNS = 4  # per backend
SEED = 17


def run_and_kill(db: str, tag: str, delay: float) -> list[str]:
    """Start the worker, let it work ``delay`` seconds after it is ready, kill -9 it; its committed lines."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.fault.crash_worker", db, tag], cwd=ROOT, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True,
    )
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready", worker.stderr.read() if worker.stderr else ""
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(worker.stdout.readline, "")), daemon=True)  # type: ignore[union-attr]
    reader.start()
    killed = threading.Event()
    timer = threading.Timer(delay, lambda: (os.kill(worker.pid, signal.SIGKILL), killed.set()))
    timer.start()
    worker.wait(timeout=120)
    timer.join()
    reader.join(timeout=10)
    assert killed.is_set() and worker.returncode == -signal.SIGKILL, worker.stderr.read() if worker.stderr else ""
    return [line.strip() for line in lines if line.startswith("committed")]


def lost_after_crash(ws: Workstation, committed: list[str]) -> list[str]:
    """What the worker reported as committed that the database no longer holds."""
    lost = []
    for line in committed:
        _, kind, article_id, *rest = line.split()
        with ws.engine.connect() as c:
            if kind == "import":
                found = c.execute(text("SELECT count(*) FROM article WHERE id = :a"), {"a": int(article_id)}).scalar()
            elif kind == "verdicts":
                found = c.execute(text(
                    "SELECT count(*) >= :n FROM verdict v JOIN claim c ON c.id = v.claim_id WHERE c.article_id = :a"
                ), {"a": int(article_id), "n": int(rest[0])}).scalar()
            else:
                found = c.execute(text("SELECT count(*) FROM signature WHERE id = :s AND article_id = :a"),
                                  {"s": int(rest[0]), "a": int(article_id)}).scalar()
        if not found:
            lost.append(line)
    return lost


def check_sound(ws: Workstation) -> None:
    if ws.backend == "sqlite":
        with ws.engine.connect() as c:
            assert c.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            assert c.execute(text("PRAGMA foreign_key_check")).first() is None
    result = ws.audit.verify()
    assert result.ok, result.problem
    with ws.engine.connect() as c:
        count = {
            name: c.execute(text(sql)).scalar()
            for name, sql in [
                ("articles", "SELECT count(*) FROM article"),
                ("imports", "SELECT count(*) FROM audit_event WHERE action = 'article.import'"),
                ("signatures", "SELECT count(*) FROM signature"),
                ("signed", "SELECT count(*) FROM audit_event WHERE action = 'signature.sign'"),
                ("approved", "SELECT count(*) FROM article WHERE status = 'Approved'"),
            ]
        }
        signature_ids = [row[0] for row in c.execute(text("SELECT id FROM signature"))]
    assert count["articles"] == count["imports"] and count["signatures"] == count["signed"] == count["approved"]
    assert all(ws.workflow.check_signature(signature_id=s).valid for s in signature_ids)


def test_kill_9_at_random_points(db_url: str) -> None:
    rng = random.Random(SEED)
    with Workstation.open(db_url) as ws:
        add_team(ws)
    for run in range(RUNS):
        committed = run_and_kill(db_url, f"{run}", rng.uniform(0.05, 2.5))
        with Workstation.open(db_url) as ws:
            lost = lost_after_crash(ws, committed)
            FAULT_FIGURES["runs"] += 1
            FAULT_FIGURES["faults"] += 1
            FAULT_FIGURES["lost"] += len(lost)
            assert not lost
            check_sound(ws)
    with board(db_url) as ws:  # and the desk carries on, its people signed in again
        source = Path(db_url).parent / "after.md" if "://" not in db_url else None
        if source is not None:
            source.write_text("---\ntitle: After the crashes\n---\nStill working [1].\n", encoding="utf-8")
            assert ws.library.import_files(paths=[source], user=IMPORTER).imported
        check_sound(ws)
