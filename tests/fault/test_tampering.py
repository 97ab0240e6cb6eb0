"""Every way of editing the database file behind the program's back that issue 17 lists is detected.

Each test edits a copy of an approved database with sqlite3 directly (append-only
triggers dropped first), then asks the command line: `signatures --verify`,
`audit verify` (with and without `--against`) and `export` must all say no.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.fault.conftest import FAULT_FIGURES, tamper
from tests.people import board
from tests.review_helpers import REVIEWER
from ui.cli import main
from workstation.audit import EventData, event_hash
from workstation.audit_anchor import ANCHOR_DIR_ENV
from workstation.facade import Workstation
from workstation.signatures import revision_hash

pytestmark = pytest.mark.fault
ARTICLE = 1  # seed 000, approved and signed


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict | list, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, json.loads(out) if out.strip() else {}, err


def assert_detected(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, *, signature: bool) -> str:
    """Every check refuses: signatures (when the signature is what was edited), the audit trail, export."""
    FAULT_FIGURES["runs"] += 1
    FAULT_FIGURES["faults"] += 1
    if signature:
        code, rows, err = cli(capsys, "--db", db, "signatures", str(ARTICLE), "--verify", "--json")
        assert code == 1 and rows[0]["valid"] is False and rows[0]["problem"], err
    code, result, err = cli(capsys, "--db", db, "audit", "verify", "--json")
    assert code == 1 and result["ok"] is False and result["problem"], err
    out = tmp_path / "export"
    code, report, err = cli(capsys, "--db", db, "export", str(ARTICLE), "--format", "html", "--out", str(out), "--json")
    assert code == 1 and report["exported"] == [] and report["refused"][0]["id"] == ARTICLE
    assert not out.exists() or not any(out.iterdir())
    return result["problem"]


def test_an_intact_copy_passes_everything(approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows, _ = cli(capsys, "--db", approved_db, "signatures", str(ARTICLE), "--verify", "--json")
    assert code == 0 and rows[0]["valid"] and rows[0]["superseded"] is False
    code, result, _ = cli(capsys, "--db", approved_db, "audit", "verify", "--json")
    assert code == 0 and result["ok"] and result["events"] > 0 and len(result["head"]) == 64
    code, report, _ = cli(capsys, "--db", approved_db, "export", str(ARTICLE), "--format", "json",
                          "--out", str(tmp_path / "out"), "--json")
    assert code == 0 and len(report["exported"]) == 1


def test_an_edited_approved_body(approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(approved_db, ("UPDATE revision SET body = body || ' Cures everything.' WHERE article_id = ?", (ARTICLE,)))
    assert "no longer matches the content hash" in assert_detected(capsys, approved_db, tmp_path, signature=True)


def test_an_edited_body_with_its_hashes_recomputed(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tamper(approved_db, ("UPDATE revision SET body = body || ' Cures everything.' WHERE article_id = ?", (ARTICLE,)))
    with Workstation.open(approved_db) as ws, ws._read() as session:
        from db.tables import Revision

        revision = session.get(Revision, 1)
        forged = revision_hash(session, revision)
    tamper(approved_db, ("UPDATE revision SET content_hash = ? WHERE id = 1", (forged,)),
           ("UPDATE signature SET content_hash = ? WHERE id = 1", (forged,)))
    assert "is not what was signed" in assert_detected(capsys, approved_db, tmp_path, signature=True)


@pytest.mark.parametrize(("column", "value"), [
    ("printed_name", "Dr. Somebody Else"), ("role", "admin"), ("meaning", "Approved for publication"),
    ("signed_at", "2020-01-01 09:00:00.000000"),
])
def test_an_edited_signature_manifestation(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, value: str
) -> None:
    tamper(approved_db, (f"UPDATE signature SET {column} = ? WHERE id = 1", (value,)))
    assert "is not what was signed" in assert_detected(capsys, approved_db, tmp_path, signature=True)


def _add_unreferenced_events(db: str) -> None:
    """Events no other row refers to (comments), written through the program so this computer anchors them."""
    with board(db) as ws:
        for n in range(3):
            ws.review.add_comment(article_id=2, body=f"note {n}", user=REVIEWER)


@pytest.mark.parametrize("head", ["rewound", "deleted"])
def test_a_deleted_tail_with_its_head_record(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], head: str
) -> None:
    _add_unreferenced_events(approved_db)
    with sqlite3.connect(approved_db) as c:
        last = c.execute("SELECT max(id) FROM audit_event").fetchone()[0]
        kept = c.execute("SELECT hash FROM audit_event WHERE id = ?", (last - 3,)).fetchone()[0]
    fix_head = (("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{last - 3}:{kept}",)) if head == "rewound"
                else "DELETE FROM meta WHERE key = 'audit_head'")
    tamper(approved_db, ("DELETE FROM audit_event WHERE id > ?", (last - 3,)), fix_head)
    problem = assert_detected(capsys, approved_db, tmp_path, signature=False)
    assert "events were removed" in problem or "head is missing" in problem


def test_every_event_deleted(approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tamper(approved_db, "DELETE FROM audit_event", "DELETE FROM meta WHERE key = 'audit_head'")
    assert "the trail is empty" in assert_detected(capsys, approved_db, tmp_path, signature=False)


def _rewrite_and_rehash(db: str, event_id: int) -> None:
    """Change one event's new_value and hash it and every later event again, head record included."""
    connection = sqlite3.connect(db)
    connection.row_factory = sqlite3.Row
    rows = connection.execute("SELECT * FROM audit_event WHERE id >= ? ORDER BY id", (event_id - 1,)).fetchall()
    connection.close()
    prev = rows[0]["hash"]
    statements: list[str | tuple[str, tuple]] = []
    for row in rows[1:]:
        value = "contradicted" if row["id"] == event_id else row["new_value"]
        data = EventData(**{k: row[k] for k in ("actor", "action", "entity", "entity_id", "article_id", "field",
                                                "old_value", "reason")}, new_value=value)
        digest = event_hash(event_id=row["id"], at=datetime.fromisoformat(row["at"]), prev_hash=prev, data=data)
        statements.append(("UPDATE audit_event SET new_value = ?, prev_hash = ?, hash = ? WHERE id = ?",
                           (value, prev, digest, row["id"])))
        prev = digest
    statements.append(("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{rows[-1]['id']}:{prev}",)))
    tamper(db, *statements)


def _comment_event(db: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT min(id) FROM audit_event WHERE action = 'comment.add'").fetchone()[0]


def test_a_rewritten_event_before_a_signature_breaks_the_signature_even_without_anchors(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _rewrite_and_rehash(approved_db, _verdict_event(approved_db))
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "no-anchors-here"))
    assert "signature" in assert_detected(capsys, approved_db, tmp_path, signature=True)


def _verdict_event(db: str) -> int:
    with sqlite3.connect(db) as c:
        return c.execute("SELECT min(id) FROM audit_event WHERE action = 'verdict.set'").fetchone()[0]


def test_a_rewritten_event_hashed_forward_is_caught_by_this_computers_anchor(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _rewrite_and_rehash(approved_db, _verdict_event(approved_db))
    assert "was rewritten" in assert_detected(capsys, approved_db, tmp_path, signature=False)


def test_a_rewritten_event_hashed_forward_is_caught_against_an_exported_file(
    approved_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Even by someone who also removed this computer's anchors: the exported files remember the head.

    The rewritten event comes after the approval; one before it also breaks the signature's binding.
    """
    _add_unreferenced_events(approved_db)
    out = tmp_path / "published"
    code, report, _ = cli(capsys, "--db", approved_db, "export", str(ARTICLE), "--format", "html", "--format", "md",
                          "--format", "json", "--format", "report", "--out", str(out), "--json")
    assert code == 0
    files = [Path(e["file"]) for e in report["exported"]]
    saved_head = tmp_path / "head.json"
    code, result, _ = cli(capsys, "--db", approved_db, "audit", "verify", "--json")
    saved_head.write_text(json.dumps(result))
    for anchor in [*files, saved_head]:
        code, result, _ = cli(capsys, "--db", approved_db, "audit", "verify", "--against", str(anchor), "--json")
        assert code == 0 and result["ok"], anchor

    _rewrite_and_rehash(approved_db, _comment_event(approved_db))
    monkeypatch.setenv(ANCHOR_DIR_ENV, str(tmp_path / "no-anchors-here"))
    code, result, _ = cli(capsys, "--db", approved_db, "audit", "verify", "--json")
    assert code == 0 and result["ok"]  # the chain alone cannot tell: it was rehashed
    for anchor in [*files, saved_head]:
        FAULT_FIGURES["runs"] += 1
        FAULT_FIGURES["faults"] += 1
        code, result, err = cli(capsys, "--db", approved_db, "audit", "verify", "--against", str(anchor), "--json")
        assert code == 1 and not result["ok"] and "was rewritten" in result["problem"], (anchor, err)
