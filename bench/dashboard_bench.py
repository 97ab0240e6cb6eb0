"""The dashboard's figures on a large board: 100,000 articles and 1,000,000 audit events.

Builds (once; cached in a temporary file and reused while its size matches) a
database with a simulated history of three years: every article submitted,
most reviewed (due two weeks after the review starts; sometimes sent back for
changes, up to several times), approved and, after a year, re-reviewed;
verdicts fill the audit trail up to its size;
open and dismissed findings on each article. Then prints the time of
``Workstation.workflow.dashboard()`` (the median of several warm runs, and the first),
each aggregate on its own (where the time goes), and a baseline measured in the
same run: ``SELECT count(*) FROM audit_event``.

    .venv/bin/python bench/dashboard_bench.py [--articles 100000] [--events 1000000] [--db FILE_OR_URL]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 300
RUNS = 7
DAY = timedelta(days=1)
FINDING_CODES = ("claim-uncited", "reference-uncited", "attribution-mismatch", "citation-unresolved",
                 "promotional-language", "reading-level", "dangling-lead-in", "unsafe-markup")
SIZE_KEY = "bench_dashboard_size"
SHAPE = "due-dates"  # a board built before assignments had due dates is built again
DUE_DAYS = 14  # an assigned review is due two weeks after it starts


def size_of(articles: int, events: int) -> str:
    return f"{articles}/{events}/{SHAPE}"


def _canonical(at: datetime) -> str:
    return at.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class History:
    """Rows of a simulated board, in the tables' column order."""

    def __init__(self, articles: int, events: int, now: datetime, seed: int = 15, *, reviewers: int = 20,
                 approvers: int = 8) -> None:
        self.rng = random.Random(seed)
        self.now = now
        self.users = [("admin", "admin")] + [(f"reviewer{i:02d}", "reviewer") for i in range(reviewers)] + \
            [(f"approver{i}", "approver") for i in range(approvers)] + [(f"author{i}", "author") for i in range(5)]
        self.reviewers = [i + 1 for i, (_n, role) in enumerate(self.users) if role in ("reviewer", "approver")]
        self.approvers = [i + 1 for i, (_n, role) in enumerate(self.users) if role == "approver"]
        self.article_rows: list[tuple] = []
        self.transition_rows: list[list] = []  # audit_event_id filled in once events are numbered
        self.events: list[tuple] = []  # (at, actor, action, entity, entity_id, article_id, field, old, new, reason)
        self.finding_rows: list[tuple] = []
        for article_id in range(1, articles + 1):
            self._article(article_id)
        self._pad_with_verdicts(events)

    def _later(self, at: datetime, mean_days: float) -> datetime:
        return at + timedelta(days=self.rng.expovariate(1 / mean_days), seconds=self.rng.randint(0, 3600))

    def _event(self, at: datetime, actor: str, action: str, article_id: int, field: str = "", old: str = "",
               new: str = "", reason: str = "") -> int:
        self.events.append((at, actor, action, "article", article_id, article_id, field, old, new, reason))
        return len(self.events) - 1

    def _step(self, article_id: int, at: datetime, user: int, source: str, target: str, reason: str = "") -> None:
        name = self.users[user - 1][0]
        index = self._event(at, name, "transition", article_id, "status", source, target, reason)
        self.transition_rows.append([article_id, source, target, user, at, reason, index])

    def _article(self, article_id: int) -> None:
        rng = self.rng
        created = self.now - timedelta(days=rng.uniform(0, 3 * 365))
        self._event(created, "author0", "article.import", article_id, "revision", "", "revision 1")
        status, reviewer, approved_at, next_review, at = "Submitted", None, None, None, created
        due = None
        steps: list[tuple[str, str]] = []
        start = self._later(at, 4)
        if start < self.now:
            reviewer = rng.choice(self.reviewers)
            steps.append(("Submitted", "Under Review"))
            self._step(article_id, start, reviewer, "Submitted", "Under Review")
            self._event(start, self.users[reviewer - 1][0], "article.update", article_id, "assigned_reviewer",
                        "", self.users[reviewer - 1][0], "start review")
            status, at, due = "Under Review", start, (start + DUE_DAYS * DAY).date()
            while rng.random() < 0.35:  # changes requested, then the review starts again
                back = self._later(at, 5)
                if back >= self.now:
                    break
                self._step(article_id, back, reviewer, "Under Review", "Submitted", "please revise")
                status, at = "Submitted", back
                again = self._later(at, 6)
                if again >= self.now:
                    break
                self._step(article_id, again, reviewer, "Submitted", "Under Review")
                status, at = "Under Review", again
            for _round in range(2):  # the approval, then a re-review a year later
                if status != "Under Review":
                    break
                approve = self._later(at, 7)
                if approve >= self.now:
                    break
                approver = rng.choice(self.approvers)
                self._step(article_id, approve, approver, "Under Review", "Approved")
                name = self.users[approver - 1][0]
                for field in ("approved_revision", "next_review"):
                    self._event(approve, name, "article.update", article_id, field, "", "1", "approve")
                self._event(approve, name, "signature.sign", article_id, "content_hash", "", "x" * 64)
                status, at, approved_at, next_review = "Approved", approve, approve, (approve + 365 * DAY).date()
                reopen = self._later(approve + 365 * DAY, 30)
                if reopen >= self.now or rng.random() < 0.3:
                    break
                self._step(article_id, reopen, reviewer, "Approved", "Under Review", "yearly re-review")
                status, at = "Under Review", reopen
        open_findings = 0
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3, 5))):
            code = rng.choice(FINDING_CODES[:4] if rng.random() < 0.7 else FINDING_CODES)
            dismissed = status == "Approved" or rng.random() < 0.25  # nothing open blocks an approval
            open_findings += not dismissed
            self.finding_rows.append((article_id, article_id, code, "warning", f"{code} here", "", "", dismissed, ""))
        claims = rng.randint(8, 30)
        reviewed = claims if status == "Approved" else rng.randint(0, claims) if reviewer else 0
        self.article_rows.append((
            article_id, f"Article {article_id}", status, rng.choice(("patient", "caregiver", "clinician")), "", "[]",
            created.date(), "markdown", "", created, at, None, None, reviewer, article_id,
            article_id if approved_at else None, approved_at, next_review, 1, claims, reviewed, 8, open_findings,
            due,
        ))

    def _pad_with_verdicts(self, total: int) -> None:
        reviewed = [row for row in self.transition_rows if row[2] == "Under Review"]
        while len(self.events) < total and reviewed:
            row = self.rng.choice(reviewed)
            at = row[4] + timedelta(hours=self.rng.uniform(0, 48))
            self._event(min(at, self.now), self.users[row[3] - 1][0], "verdict.set", row[0], "verdict",
                        "", "supported")

    def numbered_events(self) -> tuple[list[tuple], list[int]]:
        """Audit rows in time order with their hash chain, and each generated event's id."""
        order = sorted(range(len(self.events)), key=lambda i: self.events[i][0])
        ids = [0] * len(self.events)
        rows = []
        prev = "0" * 64
        for number, index in enumerate(order, 1):
            ids[index] = number
            at, actor, action, entity, entity_id, article_id, field, old, new, reason = self.events[index]
            payload = {"id": number, "at": _canonical(at), "actor": actor, "action": action, "entity": entity,
                       "entity_id": entity_id, "article_id": article_id, "field": field, "old_value": old,
                       "new_value": new, "reason": reason, "prev_hash": prev}
            digest = hashlib.sha256(json.dumps(payload, sort_keys=True, ensure_ascii=False,
                                               separators=(",", ":")).encode()).hexdigest()
            rows.append((number, at, actor, action, entity, entity_id, article_id, field, old, new, reason, prev,
                         digest))
            prev = digest
        return rows, ids


ARTICLE_COLUMNS = ("id", "title", "status", "audience", "topic", "authors", "last_updated", "source_format",
                   "source_file", "created_at", "updated_at", "created_by_id", "last_edited_by_id",
                   "assigned_reviewer_id", "current_revision_id", "approved_revision_id", "approved_at",
                   "next_review", "version", "claims_count", "claims_reviewed", "references_count", "open_findings",
                   "due_date")
AUDIT_COLUMNS = ("id", "at", "actor", "action", "entity", "entity_id", "article_id", "field", "old_value",
                 "new_value", "reason", "prev_hash", "hash")


def build(db: str, articles: int, events: int, **people: int) -> float:
    """Write a simulated board of this size into a new database (``people``: reviewers=, approvers=)."""
    from sqlalchemy import text

    from workstation.facade import Workstation

    started = time.perf_counter()
    history = History(articles, events, datetime.now(UTC), **people)
    audit_rows, event_ids = history.numbered_events()
    transitions = [(*row[:6], event_ids[row[6]]) for row in history.transition_rows]
    with Workstation.open(db) as ws:
        sqlite = ws.backend == "sqlite"

        def stamp(value):  # type: ignore[no-untyped-def]
            # sqlite3 is handed the text SQLAlchemy would store; psycopg takes the datetime itself.
            return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f") if sqlite and value else value

        users = [(i, name, name.capitalize(), role, None, True, stamp(history.now), 0, False, False, None)
                 for i, (name, role) in enumerate(history.users, 1)]
        article_rows = [(*r[:9], stamp(r[9]), stamp(r[10]), *r[11:16], stamp(r[16]), *r[17:])
                        for r in history.article_rows]
        revision_rows = [(r[0], r[0], 1, r[1], "patient", None, "body", f"hash{r[0]}", "", stamp(r[9]), None)
                         for r in history.article_rows]
        tables = [
            ("user", ("id", "name", "display_name", "role", "password_hash", "active", "created_at",
                      "failed_signins", "locked", "must_change_password", "last_sign_in"), users),
            ("article", ARTICLE_COLUMNS, article_rows),
            ("revision", ("id", "article_id", "number", "title", "audience", "last_updated", "body",
                          "content_hash", "note", "created_at", "created_by_id"), revision_rows),
            ("audit_event", AUDIT_COLUMNS, [(r[0], stamp(r[1]), *r[2:]) for r in audit_rows]),
            ("transition", ("article_id", "from_status", "to_status", "user_id", "at", "reason", "audit_event_id"),
             [(*r[:4], stamp(r[4]), *r[5:]) for r in transitions]),
            ("finding", ("article_id", "revision_id", "code", "severity", "message", "excerpt", "fingerprint",
                         "dismissed", "dismissed_reason"),
             history.finding_rows),
        ]
        raw = ws.engine.raw_connection()
        try:
            cursor = raw.cursor()
            if sqlite:  # the engine's connections run in autocommit mode and BEGIN themselves
                cursor.execute("PRAGMA synchronous = OFF")
                cursor.execute("BEGIN")
            for table, columns, rows in tables:
                names = ", ".join(f'"{c}"' for c in columns)
                if sqlite:
                    marks = ", ".join("?" * len(columns))
                    cursor.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
                else:
                    with cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                        for row in rows:
                            copy.write_row(row)
            if not sqlite:
                for table in ("user", "transition", "finding"):
                    cursor.execute(f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                                   f"(SELECT max(id) FROM \"{table}\"))")
            raw.commit()
        finally:
            raw.close()
        with ws.engine.begin() as connection:
            connection.execute(text("INSERT INTO meta (key, value) VALUES ('audit_head', :v)"),
                               {"v": f"{audit_rows[-1][0]}:{audit_rows[-1][-1]}"})
            connection.execute(text("INSERT INTO meta (key, value) VALUES (:k, :v)"),
                               {"k": SIZE_KEY, "v": size_of(articles, events)})
        if not sqlite:  # what autovacuum does soon after a bulk load: statistics and the visibility map
            with ws.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM ANALYZE"))
    return time.perf_counter() - started


def cached_size(db: str) -> str | None:
    from sqlalchemy import text

    from workstation.facade import Workstation

    with Workstation.open(db) as ws, ws.engine.connect() as connection:
        return connection.execute(text("SELECT value FROM meta WHERE key = :k"), {"k": SIZE_KEY}).scalar()


def timed(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float, float]:
    """(first, median of the rest, median CPU time of the rest) in milliseconds.

    The CPU time of this process says what the work costs when other processes
    share the machine's two cores and stretch the wall-clock figure.
    """
    walls, cpus = [], []
    for _ in range(runs + 1):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return walls[0], statistics.median(walls[1:]), statistics.median(cpus[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", default=str(Path(tempfile.gettempdir()) / "dashboard-bench.db"),
                        help="a SQLite file (kept between runs) or an empty PostgreSQL database's URL")
    args = parser.parse_args()

    from sqlalchemy import text

    from db import dashboard as sql
    from workstation.facade import Workstation
    from workstation.reports.figures import period_start

    size = size_of(args.articles, args.events)
    url = "://" in args.db
    if not url and Path(args.db).exists() and cached_size(args.db) != size:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
    if (url and cached_size(args.db) != size) or (not url and not Path(args.db).exists()):
        print(f"building {args.articles:,} articles and {args.events:,} audit events in {args.db} …", flush=True)
        print(f"  built in {build(args.db, args.articles, args.events):.1f} s")
    with Workstation.open(args.db) as ws, ws.engine.connect() as connection:
        counts = connection.execute(text(
            "SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM audit_event), "
            "(SELECT count(*) FROM transition), (SELECT count(*) FROM finding)")).one()
        print(f"{ws.backend}: {counts[0]:,} articles, {counts[1]:,} audit events, {counts[2]:,} transitions, "
              f"{counts[3]:,} findings")
        first, median, cpu = timed(ws.workflow.dashboard)
        base_first, baseline, base_cpu = timed(
            lambda: connection.execute(text("SELECT count(*) FROM audit_event")).scalar())
        now = datetime.now(UTC)
        start = period_start(now)
        print("where the time goes (each statement on its own; median of warm runs, wall / CPU ms):")
        parts: dict[str, Callable[[], object]] = {
            "counts, due, open reviews": lambda: sql.article_counts(connection, now.date()),
            "overdue assignments": lambda: sql.overdue_assignments(connection, now.date()),
            "first-approval cycles": lambda: sql.cycles(connection, start),
            "weekly approvals": lambda: sql.weekly_approvals(connection, start),
            "weekly submissions": lambda: sql.weekly_submissions(connection, start),
            "approvals per signer": lambda: sql.approvals_by_user(connection, start),
            "people": lambda: sql.people(connection),
            "open findings by code": lambda: sql.open_findings(connection),
        }
        for name, fn in parts.items():
            _first, wall, part_cpu = timed(fn, 3)
            print(f"  {name:<32}{wall:8.1f}{part_cpu:8.1f}")
    print(f"dashboard figures: median {median:.0f} ms wall, {cpu:.0f} ms CPU (first run {first:.0f} ms); "
          f"target ≤ {TARGET_MS} ms")
    print(f"baseline SELECT count(*) FROM audit_event: median {baseline:.1f} ms wall, {base_cpu:.1f} ms CPU "
          f"(first {base_first:.1f} ms); ratio {median / baseline:.1f}× wall, {cpu / max(base_cpu, 0.1):.1f}× CPU")
    return 0 if median <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
