"""The library's first page on PostgreSQL (a team database) at 100,000 articles.

Prints, for each search (the ui bench's queries: words in ~95% of the articles,
a rare phrase, no match) and each sort of the library, the time the facade takes
to answer the first page a table shows (``library_first_page``: the first ids in
display order and their rows, one read), median of several runs, beside a
baseline measured in the same run: the bare SQL for the same rows on a plain
psycopg connection to the same server.

    .venv/bin/python bench/library_pg_bench.py [--count 100000] [--schema library_bench]
        [--server postgresql+psycopg://postgres@127.0.0.1:5432/test]

The schema is kept between runs (filled up to --count), so a second run starts at once.
Once filled, four in five articles get one of twelve reviewers (names of mixed case and
accents, as a board's are), written straight into the table as an assignment writes
them, so that sorting by the Reviewer column has names to order. (The reviewers are
users: a schema that has them takes no more anonymous imports, so to grow --count later,
drop the schema first.)
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from ui_bench import QUERIES, populate  # noqa: E402

TARGET_MS = 30.0
RUNS = 7
SORTS = ("updated", "title", "status", "findings", "last_updated", "next_review", "due_date", "assigned_reviewer")
ROWS = ("a.id, a.title, a.status, a.audience, a.last_updated, a.claims_count, a.claims_reviewed, "
        "a.references_count, a.open_findings, r.name, a.next_review, a.updated_at, p.name, a.due_date")
ORDER = {
    "updated": "a.updated_at DESC, a.id DESC", "title": "a.title DESC, a.id DESC", "status": "a.status DESC, a.id DESC",
    "findings": "a.open_findings DESC, a.id DESC", "last_updated": "a.last_updated DESC, a.id DESC",
    "next_review": "a.next_review DESC, a.id DESC", "due_date": "a.due_date DESC NULLS LAST, a.id DESC",
    "assigned_reviewer": "a.assigned_reviewer_name DESC, a.id DESC",  # the name kept on the article (0013)
}


REVIEWERS = ("Adebayo", "bauer", "Chen", "dubois", "Émile", "García", "hansen", "Ivanova", "jones", "Kowalski",
             "López", "müller")
USERS = ('INSERT INTO "user" (name, display_name, role, active, created_at, failed_signins, locked, '
         "must_change_password) VALUES (%s, %s, 'reviewer', true, now(), 0, false, false) ON CONFLICT DO NOTHING")
ASSIGN = ('UPDATE article a SET assigned_reviewer_id = u.id, assigned_reviewer_name = u.name FROM '
          '(SELECT id, name, row_number() OVER (ORDER BY id) - 1 AS k FROM "user" WHERE name = ANY(%s)) u '
          'WHERE a.id %% 15 = u.k AND a.assigned_reviewer_id IS NULL')


def assign_reviewers(connection) -> None:  # type: ignore[no-untyped-def]
    """Four in five articles get a reviewer (a.id mod 15 below 12), once."""
    if connection.execute("SELECT 1 FROM article WHERE assigned_reviewer_id IS NOT NULL LIMIT 1").fetchone():
        return
    with connection.transaction():
        for name in REVIEWERS:
            connection.execute(USERS, (name, name))
        connection.execute(ASSIGN, (list(REVIEWERS),))
    connection.commit()  # the facade reads on its own connection


def median_ms(run) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        run()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bare(connection, search: str | None, sort: str) -> float:  # type: ignore[no-untyped-def]
    """The same first page (101 ids' worth of rows) as one plain SQL statement."""
    join = "JOIN article_search s ON s.article_id = a.id AND s.document @@ to_tsquery('english', %s) " if search else ""
    sql = (f"SELECT {ROWS} FROM article a {join}LEFT JOIN \"user\" r ON r.id = a.assigned_reviewer_id "
           f"LEFT JOIN \"user\" p ON p.id = a.assigned_approver_id ORDER BY {ORDER[sort]} LIMIT 101")
    params = (" & ".join(w + ":*" for w in search.lower().split()),) if search else ()
    return median_ms(lambda: connection.execute(sql, params).fetchall())


def line(label: str, ms: float, baseline: float) -> bool:
    ok = ms <= TARGET_MS
    print(f"{label:40s} {ms:7.1f} ms  (target <= {TARGET_MS:.0f} ms: {'ok' if ok else 'OVER TARGET'})"
          f"   baseline {baseline:6.2f} ms, ratio {ms / baseline:5.1f}x")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--schema", default="library_bench")
    parser.add_argument("--server", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(args.server)
    dsn = (f"host={server.host} port={server.port or 5432} user={server.username} dbname={server.database}"
           + (f" password={server.password}" if server.password else ""))
    with psycopg.connect(dsn, autocommit=True) as connection:
        connection.execute(f'CREATE SCHEMA IF NOT EXISTS "{args.schema}"')
    url = f"{args.server}?options=-csearch_path%3D{args.schema}"
    took = populate(url, args.count)
    print(f"library on PostgreSQL: {args.count:,} articles in schema {args.schema} (ready in {took:.1f} s)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (figures move with it)")

    from workstation.facade import Workstation

    ok = True
    with Workstation.open(url) as ws, psycopg.connect(dsn, options=f"-csearch_path={args.schema}") as connection:
        assign_reviewers(connection)
        connection.execute("ANALYZE")
        ws.library.library_first_page()  # connections and statements warmed up, as a window's are
        print("first page of a search (sorted by last change, newest first):")
        for query in QUERIES:
            ms = median_ms(lambda q=query: ws.library.library_first_page(search=q))
            ok &= line(f"  search {query!r}", ms, bare(connection, query, "updated"))
        print("first page of a sort (descending; the whole library, then a search for 'lupus'):")
        for sort in SORTS:
            ms = median_ms(lambda s=sort: ws.library.library_first_page(sort=s))
            ok &= line(f"  sort {sort}", ms, bare(connection, None, sort))
            ms = median_ms(lambda s=sort: ws.library.library_first_page(sort=s, search="lupus"))
            ok &= line(f"  sort {sort}, search 'lupus'", ms, bare(connection, "lupus", sort))
    print("all first pages within the target" if ok else "some first pages over the target (see above)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
