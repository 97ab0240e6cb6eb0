"""Import benchmark: 10,000 generated captured pages (~1,000 words, 10 references each),
shaped like the sample articles (``seed_like_pages``: named sources, years, trials, doses,
bullets, patient and professional pages).

Prints articles per second into a new SQLite file (parsed, claims extracted, the
automated checks run and their findings stored, indexed for search), the same files
stored by plain sqlite3 with FTS5 as a baseline measured in this run, their ratio,
the CPU time per article of the storing process and of the worker processes, the CPU
time per article of each stage (read in one process over a sample of the same pages), and
the median time of a library search over the result beside a bare FTS5 query for the
same words on the plain sqlite3 copy.

Then the same import and baseline, each beside the other in this run, on the issue's original
page shape: small generated pages (``generate.page``: word salad that names no source and
has no patient page, so the attribution and reading-level rules find little to do).

    .venv/bin/python bench/import_bench.py [--count 10000] [--small-count 2000]
"""

from __future__ import annotations

import argparse
import multiprocessing.forkserver as forkserver
import os
import pickle
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate  # noqa: E402
from seed_like_pages import SEARCH_WORDS, write_pages  # noqa: E402

from db.search import _fts5_query, search_tokens  # noqa: E402
from workstation.facade import Workstation  # noqa: E402
from workstation.importers import read_article  # noqa: E402
from workstation.prepared import check_draft, prepare  # noqa: E402
from workstation.structure import analyze, extract_claims  # noqa: E402

TARGET_RATE = 500  # articles/s
TARGET_RATIO = 8.0  # x the plain sqlite3 + FTS5 time


def baseline(paths: list[Path], db: Path) -> tuple[float, float]:
    """Plain sqlite3: read each file and store its text with an FTS5 index, in batches.

    Returns the wall-clock and CPU seconds it took."""
    start = time.perf_counter()
    cpu = time.process_time()
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
    return time.perf_counter() - start, time.process_time() - cpu


def stages(paths: list[Path]) -> dict[str, float]:
    """CPU ms per article of each stage of a worker's work, measured in this one process
    in the order an import does them (the body parsed once: the claims and checks reuse it)."""
    spent = dict.fromkeys(("read the page", "structure.analyze", "claims", "checks", "between processes"), 0.0)
    for path in paths[:3]:
        prepare(read_article(path))  # warm: the vocabulary and word lists load once per process
    clock = time.process_time
    for path in paths:
        t0 = clock()
        draft = read_article(path)
        t1 = clock()
        analyze(draft.body)
        t2 = clock()
        extract_claims(draft.body)
        t3 = clock()
        check_draft(draft)
        t4 = clock()
        article = prepare(draft, path.name)  # again, uncounted: the parse is cached, the checks are not
        t5 = clock()
        pickle.loads(pickle.dumps(article))
        t6 = clock()
        for key, took in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t6 - t5), strict=True):
            spent[key] += took
    return {key: took / len(paths) * 1000 for key, took in spent.items()}


def workers_cpu() -> float:
    """CPU seconds of the finished worker processes: spawned ones are this process's children,
    forked ones the fork server's (read from /proc: its reaped children's user and system time)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    total = children.ru_utime + children.ru_stime
    server = getattr(forkserver._forkserver, "_forkserver_pid", None)
    if server:
        try:
            fields = Path(f"/proc/{server}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")  # cutime, cstime
        except OSError:
            pass
    return total


def import_beside_baseline(
    paths: list[Path], folder: Path, name: str, workers: int | None
) -> tuple[Workstation, float]:
    """Plain sqlite3 + FTS5 and then the workstation's import of the same files, each printed
    with its ratio and CPU per article; returns the workstation and its storing CPU ms per article."""
    base_s, base_cpu = baseline(paths, folder / f"{name}-baseline.db")
    print(f"baseline  plain sqlite3 + FTS5: {len(paths) / base_s:8.0f} articles/s ({base_s:.1f} s)")
    ws = Workstation.open(str(folder / f"{name}.db"))
    before = workers_cpu()
    start = time.perf_counter()
    cpu = time.process_time()
    report = ws.library.import_files(paths=paths, workers=workers)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu
    time.sleep(0.2)  # the fork server reaps the workers that just finished
    spent_in_workers = workers_cpu() - before
    assert not report.failed, report.failed[:3]
    count = len(report.imported)
    print(f"workstation import (parse, claims, checks and findings, revisions, references, FTS, audit): "
          f"{count / elapsed:8.0f} articles/s ({elapsed:.1f} s)  target >= {TARGET_RATE}")
    print(f"ratio workstation / baseline time: {elapsed / base_s:.1f}x  target <= {TARGET_RATIO:.0f}x")
    print(f"CPU per article: storing process {cpu / count * 1000:.2f} ms, worker processes "
          f"{spent_in_workers / count * 1000:.2f} ms; baseline {base_cpu / count * 1000:.2f} ms")
    return ws, cpu / count * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--small-count", type=int, default=2_000,
                        help="small generated pages imported after the seed-like ones (0: none)")
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--stage-sample", type=int, default=500, help="pages read stage by stage")
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: the import's own)")
    args = parser.parse_args()
    print(f"load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        paths = write_pages(folder / "pages", args.count)
        print(f"generated {len(paths)} pages in {time.perf_counter() - t0:.1f} s")

        ws, storing = import_beside_baseline(paths, folder, "bench", args.workers)
        per_stage = stages(paths[: args.stage_sample])
        print(f"CPU ms per article by stage ({min(args.stage_sample, len(paths))} pages read in one process; "
              "storing from the import above):")
        for key, ms in [*per_stage.items(), ("storing (batches, FTS, audit, commit)", storing)]:
            print(f"  {key:38s} {ms:6.2f}")
        total = sum(per_stage.values()) + storing
        cores = min(2, os.cpu_count() or 1)
        print(f"  {'total':38s} {total:6.2f}  -> at most {cores * 1000 / total:.0f} articles/s on {cores} cores")
        rows = ws.library.list_articles()
        counted = sum(row.findings for row in rows)
        listed = sum(len(ws.review.findings(article_id=row.id)) for row in rows[:200])
        print(f"findings stored at import: {counted} counted in the library "
              f"(first 200 articles: {sum(r.findings for r in rows[:200])} counted, {listed} listed)")

        rng = random.Random(3)
        timings, bare = [], []
        plain = sqlite3.connect(folder / "bench-baseline.db")
        for _ in range(args.searches):
            query = " ".join(rng.sample(SEARCH_WORDS, rng.choice([1, 2])))
            t = time.perf_counter()
            ws.library.list_articles(search=query, limit=50)
            timings.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            plain.execute(
                "SELECT id, name FROM doc WHERE id IN (SELECT rowid FROM doc_fts WHERE doc_fts MATCH ?) "
                "ORDER BY id DESC LIMIT 50", (_fts5_query(search_tokens(query)),),
            ).fetchall()
            bare.append((time.perf_counter() - t) * 1000)
        plain.close()
        median, base_median = statistics.median(timings), statistics.median(bare)
        print(f"search over {ws.library.count_articles()} articles (first page of 50): "
              f"median {median:.1f} ms, p95 {sorted(timings)[int(len(timings) * 0.95)]:.1f} ms  target median <= 20 ms; "
              f"baseline bare FTS5 query on the plain copy: median {base_median:.1f} ms "
              f"({median / base_median:.1f}x)")
        ws.close()

        if args.small_count:
            small = generate.write_pages(folder / "small", args.small_count)
            print(f"the issue's original shape: {len(small)} small generated pages (generate.page)")
            import_beside_baseline(small, folder, "small", args.workers)[0].close()
        print(f"load average at end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
