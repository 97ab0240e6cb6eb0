"""Benchmark: opening an article's workspace, the one read the window makes when an article is picked.

Reads each of the sample articles (and a copy of each) again and again: the
workspace in one read transaction with the claims marked in its rendered HTML
(``ws.library.article_workspace``), then cut into the pieces the window lays out
(``ui.reader_pieces.article_pieces``). Baseline from the same run: the six separate
facade reads the window used to make for the same article (article, findings,
comments, history, revisions, allowed actions) plus rendering it unmarked. Wall-clock
and CPU time (the latter steadier on a busy machine), median and 95th percentile.

    .venv/bin/python bench/workspace_bench.py [--runs N] [--db PATH]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui.reader_pieces import article_pieces  # noqa: E402
from workstation.facade import Workstation, render_markdown  # noqa: E402

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
USER, PASSWORD = "bench", "bench-admin-passphrase"
TARGET_MS = 30.0  # the article switch, end to end in the window


def separate_reads(ws: Workstation, article_id: int) -> None:
    detail = ws.library.get_article(article_id=article_id)
    ws.review.findings(article_id=article_id)
    ws.review.comments(article_id=article_id)
    ws.workflow.history(article_id=article_id)
    ws.workflow.revisions(article_id=article_id)
    ws.workflow.allowed_actions(article_id=article_id, user=USER)
    render_markdown(detail.body)


def workspace(ws: Workstation, article_id: int) -> None:
    article_pieces(ws.library.article_workspace(article_id=article_id, user=USER))


def timed(call: Callable[[int], None], ids: list[int], runs: int) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(runs):
        for article_id in ids:
            started, started_cpu = time.perf_counter(), time.process_time()
            call(article_id)
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
    return sorted(wall), sorted(cpu)


def figure(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms, p95 {values[int(len(values) * 0.95)] * 1000:6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--db", default=str(Path(tempfile.mkdtemp(prefix="workspace-bench-")) / "bench.db"))
    args = parser.parse_args()
    with Workstation.open(args.db, create=True) as ws:
        if not ws.users.has_users():
            ws.users.add_user(name=USER, role="admin", password=PASSWORD)
        ws.users.sign_in(name=USER, password=PASSWORD)
        if not ws.library.count_articles():
            ws.library.import_files(paths=sorted(SEEDS.glob("*.txt")), user=USER)
        ids = ws.library.article_ids()
        for article_id in ids:
            ws.library.article_workspace(article_id=article_id)  # checked once, as at import
        print(f"{len(ids)} articles, {args.runs} runs; machine: {os.cpu_count()} cores, "
              f"load average {os.getloadavg()[0]:.1f} (figures move with it)")
        base_wall, base_cpu = timed(lambda i: separate_reads(ws, i), ids, args.runs)
        wall, cpu = timed(lambda i: workspace(ws, i), ids, args.runs)
    print(f"six separate reads + rendering (baseline): wall {figure(base_wall)}; CPU {figure(base_cpu)}")
    print(f"article workspace, one read, cut:          wall {figure(wall)}; CPU {figure(cpu)}  "
          f"(ratio {statistics.median(wall) / statistics.median(base_wall):.2f}x wall, "
          f"{statistics.median(cpu) / statistics.median(base_cpu):.2f}x CPU; the window's switch target "
          f"is {TARGET_MS:g} ms end to end)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
