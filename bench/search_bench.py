"""A search's first page as the op runner reads it, without the window (default 100,000 articles).

For each of ui_bench's searches, and for two of them typed a letter at a time
(search-as-you-type asks for each prefix), the facade's ``library_first_page``
ordered by title descending (as ui_bench searches, after its sorts): median and
slowest of seven, wall and CPU time of the calling thread. Baseline, measured in
the same run: the same first page asked of a plain sqlite3 connection in the
obvious way (the join of ``article_fts`` and ``article``, ordered, with LIMIT).
The window's figure (ui_bench) adds the hand-over between threads and the paint.

    .venv/bin/python bench/search_bench.py [--count 100000] [--db /tmp/ui-bench.db]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="search-bench-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ui_bench import QUERIES, bare_sql, fts, populate  # noqa: E402

TYPED = ("remission", "stem cell")  # typed a letter at a time
RUNS = 7


def prefixes(word: str) -> list[str]:
    return [word[:n] for n in range(1, len(word) + 1) if word[n - 1] != " "]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "ui-bench.db"))
    args = parser.parse_args()
    took = populate(args.db, args.count)
    print(f"library: {args.count:,} articles (ready in {took:.1f} s); machine: {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")

    from workstation.facade import Workstation

    queries = list(QUERIES) + [p for word in TYPED for p in prefixes(word) if p not in QUERIES]
    walls, baselines = [], []
    with Workstation.open(args.db) as ws:
        ws.library.library_first_page(search="warm", sort="title", descending=True)
        for query in queries:
            wall, cpu = [], []
            for _ in range(RUNS):
                started, thread = time.perf_counter(), time.thread_time()
                page = ws.library.library_first_page(search=query, sort="title", descending=True)
                wall.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - thread)
            baseline = bare_sql(
                args.db, "SELECT a.id FROM article_fts JOIN article a ON a.id = article_fts.rowid "
                "WHERE article_fts MATCH ? ORDER BY a.title DESC, a.id DESC LIMIT 101", fts(query))
            walls.append(statistics.median(wall))
            baselines.append(baseline)
            print(f"  {query!r:16s} first page ({len(page.ids):3d} rows) median {walls[-1] * 1000:5.1f} ms, "
                  f"slowest {max(wall) * 1000:5.1f} ms, CPU median {statistics.median(cpu) * 1000:5.1f} ms; "
                  f"bare SQL {baseline * 1000:5.1f} ms")
    print(f"first page over {len(queries)} searches: median {statistics.median(walls) * 1000:.1f} ms, slowest "
          f"{max(walls) * 1000:.1f} ms (target <= 30 ms for each); bare SQL median "
          f"{statistics.median(baselines) * 1000:.1f} ms, slowest {max(baselines) * 1000:.1f} ms; "
          f"load average {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
