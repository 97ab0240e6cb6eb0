"""The dashboard's statements walk their covering indexes on SQLite (what keeps them fast at 100,000 articles).

Timings belong in bench/dashboard_bench.py; this checks the cause instead: every
statement the dashboard runs is planned without a full scan of a large table and
without a visit to the audit trail's rows, as the migration's indexes intend. One
statement reads rows: overdue assignments look up the due date of the open articles
only (a search by status), a number bounded by the work in progress, not the library.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from tests.board_history import NOW
from workstation.facade import Workstation

SMALL_TABLES = ("user",)  # a board's people: read whole
OPEN_ROWS = "due_date"  # the statement that reads the open articles' rows (see above)


def test_every_statement_reads_indexes_not_tables(tmp_path: Path) -> None:
    with Workstation.open(str(tmp_path / "plans.db")) as ws:
        statements: list[tuple[str, object]] = []

        def remember(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append((statement, parameters))

        event.listen(ws.engine, "before_cursor_execute", remember)
        ws.workflow.dashboard(now=NOW)
        event.remove(ws.engine, "before_cursor_execute", remember)
        assert len(statements) >= 7
        with ws.engine.connect() as connection:
            for statement, parameters in statements:
                plan = [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]
                for step in plan:
                    words = step.split()
                    if words[0] not in ("SCAN", "SEARCH") or words[1] in SMALL_TABLES:
                        continue
                    if OPEN_ROWS in statement and "COVERING" not in step:
                        assert words[0] == "SEARCH" and "(status=?)" in step, (statement, plan)
                        continue
                    assert "COVERING INDEX" in step, (statement, plan)  # no row of a large table is read
                    if words[1] in ("audit_event", "submission"):
                        assert "ix_audit_event_import" in step, (statement, plan)
