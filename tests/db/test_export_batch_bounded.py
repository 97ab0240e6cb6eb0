"""What an export batch reads is bounded by the batch, not by the database (SQLite).

An export reads its articles a batch at a time, each batch with the audit head it was
made at and each article's signature checked against its ``signature.sign`` event. Those
reads once grew with the whole database: the audit events were counted (a scan of the
trail), the signature events were looked up among every ``signature.sign`` event, and
whether a signature is its article's latest was worked out for every signature stored.

Timings belong in bench/export_bench.py; this checks the cause instead: each statement
of a batch does the same work (SQLite's virtual machine steps, counted one by one) in a
database that holds many more approved articles and events, and no statement's plan
walks a large table without a LIMIT bounding it.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from tests.review_helpers import IMPORTER, add_team, approve
from workstation.facade import Workstation
from workstation.facade.export_data import export_data
from workstation.model import ArticleDraft, ReferenceData
from workstation.signatures import CHECK_CHUNK

BATCH = 3  # the articles exported: the first ones, the same in both databases
SMALL_TABLES = ("user",)  # a board's people: read whole


def _draft(number: int) -> ArticleDraft:
    return ArticleDraft(
        title=f"Vitamin D and bone health {number}",
        body=f"## Summary\n\nVitamin D supports bone health in older adults [1] (note {number}).\n",
        references=(ReferenceData(number=1, type="journal", title=f"Bone health trial {number}", year=2020),),
    )


def _board(path: Path, approved: int) -> Workstation:
    """A database whose first ``approved`` articles are approved and signed through the workflow."""
    ws = Workstation.open(str(path))
    add_team(ws)
    ids = ws.library.import_drafts(drafts=[_draft(n) for n in range(approved)], user=IMPORTER).ids
    for article_id in ids:
        approve(ws, article_id)
    return ws


def _batch_statements(ws: Workstation) -> list[tuple[str, object, int]]:
    """(statement, parameters, VM steps) of every statement one export batch of the first articles runs.

    A statement's rows are fetched after it starts (the driver steps to its first row only),
    so each counts the steps from its start to the next statement's: the batch reads each
    result whole before it runs the next statement.
    """
    ids = ws.export.approved_article_ids()[:BATCH]
    assert ids == [1, 2, 3]
    started: list[tuple[str, object, int]] = []
    steps = [0]

    def before(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        started.append((statement, parameters, steps[0]))

    def tick() -> int:
        steps[0] += 1
        return 0

    with ws._read() as session:
        raw = session.connection().connection.dbapi_connection
        raw.set_progress_handler(tick, 1)  # type: ignore[union-attr]
        event.listen(ws.engine, "before_cursor_execute", before)
        try:
            items = export_data(session, ids)
        finally:
            event.remove(ws.engine, "before_cursor_execute", before)
            raw.set_progress_handler(None, 0)  # type: ignore[union-attr]
    assert [item.signature.printed_name for item in items] == ["Dr. A. Approver"] * BATCH  # type: ignore[union-attr]
    ends = [at for _, _, at in started[1:]] + [steps[0]]
    return [(statement, parameters, end - at) for (statement, parameters, at), end in zip(started, ends, strict=True)]


def test_a_batch_does_the_same_work_in_a_larger_database(tmp_path: Path) -> None:
    with _board(tmp_path / "small.db", BATCH) as small, _board(tmp_path / "large.db", 8 * BATCH) as large:
        few, many = _batch_statements(small), _batch_statements(large)
    assert [s for s, _, _ in few] == [s for s, _, _ in many]
    # a few steps more where a longer index is probed for a list of keys; a statement reading
    # the rows of every signature or signature event would read 8 times as many
    grew = [(s[:200], a, b) for (s, _, a), (_, _, b) in zip(few, many, strict=True) if b > a * 1.1 + 5]
    assert not grew, grew


def _plan(connection, statement: str, parameters: object) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)]


def test_no_statement_of_a_batch_walks_a_large_table(tmp_path: Path) -> None:
    with _board(tmp_path / "board.db", BATCH) as ws:
        statements = _batch_statements(ws)
        with ws.engine.connect() as connection:
            for statement, parameters, _steps in statements:
                if not statement.lstrip().upper().startswith("SELECT"):
                    continue
                plan = _plan(connection, statement, parameters)
                for step in plan:
                    words = step.split()
                    # a look-up by action alone visits every event of that kind the trail holds
                    assert "ix_audit_event_action" not in step, (statement, plan)
                    if words[0] != "SCAN" or words[1] in SMALL_TABLES or words[1].startswith(("(", "CONSTANT")):
                        continue
                    # only the newest row, read from the end of the table's key
                    assert "LIMIT" in statement and "DESC" in statement and "COVERING" not in step, (statement, plan)


def test_the_sign_events_of_a_full_chunk_are_looked_up_by_signature(tmp_path: Path) -> None:
    """The planner weighs a list of keys against the index on action: at a chunk's length too
    (the signatures verification checks with one set of queries), it takes the sign events' index."""
    with _board(tmp_path / "board.db", BATCH) as ws:
        (statement, parameters), = [(s, p) for s, p, _ in _batch_statements(ws) if "'signature.sign'" in s]
        assert isinstance(parameters, tuple) and statement.count("IN (?, ?, ?)") == 1
        ids = tuple(range(1, CHECK_CHUNK + 1))
        marks = f"IN ({', '.join('?' * CHECK_CHUNK)})"
        before, after = statement.split("IN (?, ?, ?)")
        bound = before.count("?")
        chunk = (*parameters[:bound], *ids, *parameters[bound + BATCH:])
        with ws.engine.connect() as connection:
            plan = _plan(connection, before + marks + after, chunk)
    assert plan == ["SEARCH audit_event USING INDEX ix_audit_event_sign (action=? AND entity=? AND entity_id=?)"], plan
