"""From a commit at one desk to the row repainted at another: live updates on SQLite and PostgreSQL.

Another desk (a separate OS process, its own connections) changes an article's
due date 100 times; after each commit it reports the time (CLOCK_MONOTONIC,
shared by the processes). An open, shown main window paints the library; the
figure per change is the time from that commit to the window's delegate
painting the row's Due cell with the new date. Prints median, p95 and max
against the target (p95 <= 1 s on PostgreSQL, <= 2 s on SQLite) and, as the
baseline of the same run, the time from the commit to the change feed hearing
it (before any Qt work), with the ratio of the two medians.

    .venv/bin/python bench/live_bench.py [--changes 100] [--backend sqlite|postgresql|both]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="live-bench-"))
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = {"sqlite": 2.0, "postgresql": 1.0}
PG_SERVER = "host=127.0.0.1 port=5432 user=postgres dbname=test"
PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
ARTICLE = 1
PASSWORDS = {"admin": "bench-admin-passphrase", "rev": "bench-reviewer-pass", "appr": "bench-approver-pass"}


def prepare(db: str) -> None:
    from workstation.facade import Workstation

    with Workstation.open(db) as ws:
        report = ws.library.import_files(paths=sorted((ROOT / "seeds").glob("*.txt")))
        assert not report.failed, report.failed
        ws.users.add_user(name="admin", role="admin", password=PASSWORDS["admin"])
        ws.users.sign_in(name="admin", password=PASSWORDS["admin"])
        ws.users.add_user(name="rev", role="reviewer", password=PASSWORDS["rev"], by="admin")
        ws.users.add_user(name="appr", role="approver", password=PASSWORDS["appr"], by="admin")


def due(n: int) -> date:
    return date.today() + timedelta(days=30 + n % 300)


def other_desk(db: str, pipe) -> None:  # type: ignore[no-untyped-def]
    """Runs in its own process: one assignment per request, answering with the commit's time."""
    from workstation.facade import Workstation

    with Workstation.open(db) as ws:
        ws.users.sign_in(name="appr", password=PASSWORDS["appr"])
        while True:
            n = pipe.recv()
            if n is None:
                return
            ws.workflow.assign(article_id=ARTICLE, user="appr", reviewer="rev", due=due(n))
            pipe.send(time.monotonic())


def measure(db: str, changes: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import create_main_window

    app = QApplication.instance() or QApplication([])
    window = create_main_window(db, user="rev", password=PASSWORDS["rev"])
    window.resize(1400, 900)
    for column in range(2, 8):  # the Due column in view without scrolling sideways
        window.library.table.setColumnHidden(column, True)
    window.show()
    painted: dict[str, float] = {}
    heard: list[float] = []
    delegate = window.library.table.itemDelegate()
    paint = delegate.paint

    def timed_paint(painter, option, index):  # type: ignore[no-untyped-def]
        paint(painter, option, index)
        if index.column() == 8 and window.model.article_id(index.row()) == ARTICLE:
            text = window.model.cell(index.row(), 8)[0]
            painted.setdefault(text, time.monotonic())

    delegate.paint = timed_paint  # type: ignore[method-assign]
    wait(app, lambda: window.teamwork.live.connected and window.runner.is_idle(), 20)
    feed = window.teamwork.live.feed
    deliver = feed.deliver

    def timed_deliver(update):  # type: ignore[no-untyped-def]
        heard.append(time.monotonic())
        deliver(update)

    feed.deliver = timed_deliver
    parent, child = multiprocessing.Pipe()
    desk = multiprocessing.get_context("spawn").Process(target=other_desk, args=(db, child))
    desk.start()
    latencies: list[float] = []
    feed_latencies: list[float] = []
    try:
        for n in range(changes):
            heard.clear()
            parent.send(n)
            committed = parent.recv()
            expected = due(n).isoformat()
            if not wait(app, lambda e=expected: e in painted, 15):
                raise SystemExit(f"change {n} was never painted")
            latencies.append(painted.pop(expected) - committed)
            if heard:
                feed_latencies.append(heard[0] - committed)
            wait(app, window.runner.is_idle, 10)
    finally:
        parent.send(None)
        desk.join(10)
        window.shutdown()
        window.close()
    return latencies, feed_latencies


def wait(app, condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            return True
        time.sleep(0.001)  # the GUI thread idles between events as it would in exec()
    return condition()


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18] if len(values) >= 20 else max(values)


def report(backend: str, latencies: list[float], feed: list[float]) -> None:
    target = TARGET_S[backend]
    median, high = statistics.median(latencies), p95(latencies)
    print(f"== {backend}: {len(latencies)} changes, commit at another desk -> row repainted")
    print(f"   median {median * 1000:7.1f} ms   p95 {high * 1000:7.1f} ms   max {max(latencies) * 1000:7.1f} ms"
          f"   target p95 <= {target * 1000:.0f} ms: {'met' if high <= target else 'MISSED'}"
          f" (p95 / target {high / target:.2f})")
    if feed:
        print(f"   baseline: commit -> change feed heard it: median {statistics.median(feed) * 1000:7.1f} ms"
              f"   p95 {p95(feed) * 1000:7.1f} ms;   ratio repainted / heard (medians) "
              f"{median / max(statistics.median(feed), 1e-6):.1f}x")


def run_sqlite(changes: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="live-bench-db-"))
    db = str(folder / "live.db")
    prepare(db)
    report("sqlite", *measure(db, changes))


def run_postgresql(changes: int) -> None:
    try:
        import psycopg

        with psycopg.connect(PG_SERVER, connect_timeout=3, autocommit=True) as conn:
            schema = "bench_" + uuid.uuid4().hex[:10]
            conn.execute(f"CREATE SCHEMA {schema}")
    except Exception as exc:  # noqa: BLE001 - no server: say so and skip this backend
        print(f"== postgresql: skipped, no server on 127.0.0.1:5432 ({exc})")
        return
    url = f"{PG_URL}?options=-csearch_path%3D{schema}"
    try:
        prepare(url)
        report("postgresql", *measure(url, changes))
    finally:
        with psycopg.connect(PG_SERVER, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    args = parser.parse_args()
    if args.backend in ("sqlite", "both"):
        run_sqlite(args.changes)
    if args.backend in ("postgresql", "both"):
        run_postgresql(args.changes)


if __name__ == "__main__":
    main()
