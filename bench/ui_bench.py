"""How the main window behaves on a large library (default 100,000 articles).

Prints: time to a usable window (first rows shown), the first page fetch, a sort
by title from a header click, and the median search time, each measured from the
GUI thread's point of view (the work itself runs on the op runner's thread).

    .venv/bin/python bench/ui_bench.py [--count 100000] [--db /tmp/ui-bench.db]
"""

from __future__ import annotations

import argparse
import os
import random
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
        time.sleep(0.001)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "ui-bench.db"))
    args = parser.parse_args()
    took = populate(args.db, args.count)
    print(f"library: {args.count:,} articles (generated in {took:.1f} s)")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from ui.main_window import create_main_window
    from workstation.facade import Workstation

    with Workstation.open(args.db) as ws:
        if not any(u.name == "bench" for u in ws.list_users()):
            ws.add_user(name="bench", role="reviewer", password="bench")
    started = time.perf_counter()
    window = create_main_window(args.db, user="bench")
    window.resize(1400, 900)
    window.show()
    model = window.model

    def first_rows_shown() -> bool:
        return model.rowCount() > 0 and model.summary(0) is not None

    wait(app, first_rows_shown)
    usable = time.perf_counter() - started
    wait(app, window.runner.is_idle)
    print(f"window usable (first rows shown): {usable * 1000:.0f} ms")

    # First page fetch on its own: drop the cache and ask for row 0 again.
    model._rows.clear()
    started = time.perf_counter()
    model.data(model.index(0, 0))
    wait(app, lambda: model.summary(0) is not None)
    print(f"first page fetch (100 rows): {(time.perf_counter() - started) * 1000:.0f} ms")

    header = window.library.table.horizontalHeader()
    for label in ("title ascending", "title descending"):
        before = model.ids()[:1]
        started = time.perf_counter()
        header.sectionClicked.emit(0)
        wait(app, lambda before=before: window.runner.is_idle() and model.ids()[:1] != before)
        wait(app, lambda: model.data(model.index(0, 0)) is not None and model.summary(0) is not None)
        print(f"sort by {label}: {(time.perf_counter() - started) * 1000:.0f} ms")

    times = []
    for query in ("lupus", "remission", "cohort", "Article 9999", "stem cell", "zzz-not-found"):
        started = time.perf_counter()
        window.library.search.setText(query)
        window._search_timer.stop()  # measure the search, not the typing debounce
        window.refresh_library()
        wait(app, window.runner.is_idle)
        times.append(time.perf_counter() - started)
    print(f"search median over {len(times)} queries: {statistics.median(times) * 1000:.0f} ms "
          f"(max {max(times) * 1000:.0f} ms)")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
