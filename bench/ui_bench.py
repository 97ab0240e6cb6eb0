"""How the main window behaves on a large library (default 100,000 articles).

Prints, from the GUI thread's point of view (the database work itself runs on
the op runner's thread): time to a usable window (first rows shown), the first
page fetch, a sort from a header click, search-as-you-type (each query and the
median, from the keystroke's search to the results shown), the longest the GUI
thread is blocked in one frame while the table is scrolled end to end, and the
time to switch articles. Each figure stands beside a baseline measured in the
same run: the bare SQL for the same result on a plain sqlite3 connection.

    .venv/bin/python bench/ui_bench.py [--count 100000] [--db /tmp/ui-bench.db]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="ui-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = ["stem", "cell", "transplant", "inflammation", "immune", "therapy", "trial", "outcomes", "risk", "guideline", "evidence", "sclerosis", "arthritis", "lupus", "remission", "relapse", "dose", "survival", "cohort", "review"]
BATCH = 5_000
# Common words (each in ~95% of the articles: the worst case), a rare phrase, and no match.
QUERIES = ("lupus", "remission", "cohort", "Article 9999", "stem cell", "zzz-not-found")
TARGETS = {"usable": 1500, "first page": 200, "sort": 200, "search": 100, "frame": 16}


def populate(db: str, count: int) -> float:
    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    rng = random.Random(7)
    started = time.perf_counter()
    with Workstation.open(db) as ws:
        have = ws.count_articles()
        for start in range(have, count, BATCH):
            drafts = []
            for n in range(start, min(start + BATCH, count)):
                title = f"Article {n}: " + " ".join(rng.choice(WORDS) for _ in range(5))
                body = "## Summary\n\n" + " ".join(rng.choice(WORDS) for _ in range(60)) + ".\n"
                drafts.append(ArticleDraft(title=title, body=body, audience=rng.choice(("patient", "clinician")),
                                           last_updated=date(2025, 1 + n % 12, 1 + n % 28)))
            ws.import_drafts(drafts=drafts)
    return time.perf_counter() - started


def wait(app, predicate, timeout: float = 120.0) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    while not predicate():
        app.processEvents()
        if time.perf_counter() - started > timeout:
            raise TimeoutError("the window did not settle")
        time.sleep(0.0005)
    return time.perf_counter() - started


def shown(window) -> bool:  # type: ignore[no-untyped-def]
    """Every row in the table's viewport has its summary (what a reviewer sees is filled in)."""
    table, model = window.library.table, window.model
    if not window.runner.is_idle():
        return False
    if model.rowCount() == 0:
        return True
    top = max(table.rowAt(0), 0)
    bottom = table.rowAt(table.viewport().height() - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    return all(model.summary(row) is not None for row in range(top, bottom + 1))


def bare_sql(db: str, sql: str, *params: object) -> float:
    """The best of three runs of a query on a plain sqlite3 connection, rows fetched."""
    connection = sqlite3.connect(db)
    try:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            connection.execute(sql, params).fetchall()
            best = min(best, time.perf_counter() - started)
        return best
    finally:
        connection.close()


def line(label: str, seconds: float, target: str, baseline: float | None = None) -> None:
    ms = seconds * 1000
    verdict = "ok" if ms <= TARGETS[target] else "OVER TARGET"
    ratio = f"   baseline {baseline * 1000:6.1f} ms, ratio {seconds / baseline:4.1f}x" if baseline else ""
    print(f"{label:44s} {ms:7.1f} ms  (target <= {TARGETS[target]} ms: {verdict}){ratio}")


def fts(query: str) -> str:
    from db.search import search_tokens

    return " ".join(f'"{t}"*' for t in search_tokens(query))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "ui-bench.db"))
    parser.add_argument("--switches", type=int, default=50, help="articles opened one after the other")
    args = parser.parse_args()
    took = populate(args.db, args.count)
    print(f"library: {args.count:,} articles (ready in {took:.1f} s)")

    from workstation.facade import Workstation

    with Workstation.open(args.db) as ws:
        if not any(u.name == "bench" for u in ws.list_users()):
            ws.add_user(name="bench", role="reviewer", password="bench")
    # "Launch": from before Qt and the window's modules are imported to the first rows shown.
    started = time.perf_counter()
    from PySide6.QtWidgets import QApplication

    class TimedApplication(QApplication):
        """Times each event the GUI thread handles at the top level, while ``timing`` is set."""

        timing = False
        depth = 0
        durations: list[float] = []

        def notify(self, receiver, event):  # type: ignore[no-untyped-def]
            if not self.timing or self.depth:
                return super().notify(receiver, event)
            self.depth += 1
            started = time.perf_counter()
            try:
                return super().notify(receiver, event)
            finally:
                self.durations.append(time.perf_counter() - started)
                self.depth -= 1

    app = TimedApplication([])
    from ui.main_window import create_main_window
    from ui.memory import freeze_startup_heap

    window = create_main_window(args.db, user="bench")
    freeze_startup_heap()  # as ui/app.py does once the window exists
    window.resize(1400, 900)
    window.show()
    model, table = window.model, window.library.table
    wait(app, lambda: model.rowCount() > 0 and shown(window))
    line("window usable (launch to first rows shown)", time.perf_counter() - started, "usable")

    # First page on its own: drop the cache and ask for row 0 again.
    model._rows.clear()
    started = time.perf_counter()
    model.data(model.index(0, 0))
    wait(app, lambda: model.summary(0) is not None)
    line("first page fetch (100 rows)", time.perf_counter() - started, "first page",
         bare_sql(args.db, "SELECT * FROM article ORDER BY updated_at DESC, id DESC LIMIT 100"))

    header = table.horizontalHeader()
    for label, order in (("title ascending", "ASC"), ("title descending", "DESC")):
        before = model.ids()[:1]
        started = time.perf_counter()
        header.sectionClicked.emit(0)
        wait(app, lambda before=before: window.runner.is_idle() and model.ids()[:1] != before and shown(window))
        line(f"sort by {label} (header click to rows shown)", time.perf_counter() - started, "sort",
             bare_sql(args.db, f"SELECT id FROM article ORDER BY title {order}, id {order}"))

    times, baselines = [], []
    for query in QUERIES:
        window.library.search.setText(query)
        window._search_timer.stop()  # measure the search, not the typing debounce
        started = time.perf_counter()
        window.refresh_library()
        wait(app, lambda: shown(window))
        times.append(time.perf_counter() - started)
        baselines.append(bare_sql(
            args.db, "SELECT a.id FROM article_fts JOIN article a ON a.id = article_fts.rowid "
            "WHERE article_fts MATCH ? ORDER BY a.title DESC, a.id DESC", fts(query)))
        print(f"  search {query!r:18s} {model.rowCount():7,} results in {times[-1] * 1000:6.1f} ms "
              f"(bare SQL {baselines[-1] * 1000:5.1f} ms)")
    line(f"search median over {len(times)} queries", statistics.median(times), "search",
         statistics.median(baselines))
    line("search, slowest query", max(times), "search", max(baselines))

    # Scroll end to end a page at a time, as a held Page Down does: after each step the
    # event loop runs once. What blocks the GUI thread is the longest single event it
    # handles (a paint, a page of rows arriving), timed by the application's notify().
    window.library.search.setText("")
    window._search_timer.stop()
    window.refresh_library()
    wait(app, lambda: window.runner.is_idle() and model.rowCount() == args.count)
    bar = table.verticalScrollBar()
    app.timing = True
    value, steps = 0, 0
    while value <= bar.maximum():
        bar.setValue(value)
        app.processEvents()
        value += max(1, bar.pageStep())
        steps += 1
    wait(app, window.runner.is_idle)
    app.timing = False
    events = sorted(app.durations)
    print(f"scrolled {model.rowCount():,} rows end to end in {steps:,} steps, {len(events):,} events on the GUI "
          f"thread: median {statistics.median(events) * 1000:.2f} ms, p99 {events[int(len(events) * 0.99)] * 1000:.1f} ms")
    line("longest GUI-thread block while scrolling", events[-1], "frame")

    rng = random.Random(3)
    switch_times = []
    for _ in range(args.switches):
        row = rng.randrange(model.rowCount())
        started = time.perf_counter()
        table.selectRow(row)
        wait(app, lambda row=row: window.runner.is_idle() and window.current_article == model.article_id(row))
        switch_times.append(time.perf_counter() - started)
    print(f"switch article (select a row to reader and panel shown), {args.switches} articles: "
          f"median {statistics.median(switch_times) * 1000:.0f} ms, max {max(switch_times) * 1000:.0f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
