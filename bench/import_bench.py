"""Import benchmark: 10,000 generated captured pages (~1,000 words, 10 references each).

Prints articles per second into a new SQLite file (indexed for search), the same
files stored by plain sqlite3 with FTS5 as a baseline measured in this run, their
ratio, and the median search time over the imported library.

    .venv/bin/python bench/import_bench.py [--count 10000]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import WORDS, write_pages  # noqa: E402

from workstation.facade import Workstation  # noqa: E402


def baseline(paths: list[Path], db: Path) -> float:
    """Plain sqlite3: read each file and store its text with an FTS5 index, in batches."""
    start = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    con.execute("CREATE TABLE doc(id INTEGER PRIMARY KEY, name TEXT, body TEXT)")
    con.execute("CREATE VIRTUAL TABLE doc_fts USING fts5(body, tokenize='porter unicode61')")
    for i in range(0, len(paths), 200):
        rows = [(p.name, p.read_text(encoding="utf-8")) for p in paths[i:i + 200]]
        with con:
            cur = con.execute("SELECT coalesce(max(id), 0) FROM doc").fetchone()[0]
            con.executemany("INSERT INTO doc(id, name, body) VALUES (?, ?, ?)",
                            [(cur + k + 1, n, b) for k, (n, b) in enumerate(rows)])
            con.executemany("INSERT INTO doc_fts(rowid, body) VALUES (?, ?)",
                            [(cur + k + 1, b) for k, (_, b) in enumerate(rows)])
    con.close()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--searches", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = write_pages(folder / "pages", args.count)
        print(f"generated {len(paths)} pages in {time.perf_counter() - t0:.1f} s")

        base_s = baseline(paths, folder / "baseline.db")
        print(f"baseline  plain sqlite3 + FTS5: {len(paths) / base_s:8.0f} articles/s ({base_s:.1f} s)")

        ws = Workstation.open(str(folder / "bench.db"))
        start = time.perf_counter()
        report = ws.library.import_files(paths=paths)
        elapsed = time.perf_counter() - start
        assert not report.failed, report.failed[:3]
        rate = len(report.imported) / elapsed
        print(f"workstation import (parse, claims, revisions, references, FTS, audit): "
              f"{rate:8.0f} articles/s ({elapsed:.1f} s)  target >= 300")
        print(f"ratio workstation / baseline time: {elapsed / base_s:.1f}x")

        rng = random.Random(3)
        timings = []
        for _ in range(args.searches):
            query = " ".join(rng.sample(WORDS, rng.choice([1, 2])))
            t = time.perf_counter()
            ws.library.list_articles(search=query, limit=50)
            timings.append((time.perf_counter() - t) * 1000)
        print(f"search over {ws.library.count_articles()} articles (first page of 50): "
              f"median {statistics.median(timings):.1f} ms, p95 {sorted(timings)[int(len(timings) * 0.95)]:.1f} ms"
              "  target median <= 20 ms")
        ws.close()


if __name__ == "__main__":
    main()
