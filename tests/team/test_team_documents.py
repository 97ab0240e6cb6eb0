"""Documents attached to references on a team database: a reviewer's to attach, frozen once approved,
evidence placed only by reviewers — held by PostgreSQL itself, whatever the client."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from tests.people import ADMIN, password_for
from tests.team.board import desk, import_article, review, set_up_board
from tests.team.conftest import TeamDatabase
from workstation.errors import PermissionDenied

pytestmark = pytest.mark.team

SOURCE = "Results\n\nOlder adults taking vitamin D had fewer fractures; Table 2 gives the counts per group.\n"


def refused(db: TeamDatabase, name: str, statement: str, params: dict) -> str:
    with db.connect(name, password_for(name)) as conn, pytest.raises(errors.InsufficientPrivilege) as info, \
            conn.transaction():
        conn.execute(statement, params)
    return str(info.value)


def test_documents_on_a_team_database(team_db: TeamDatabase, tmp_path: Path) -> None:
    set_up_board(team_db)
    article = import_article(team_db, tmp_path)
    source = tmp_path / "trial.txt"
    source.write_text(SOURCE, encoding="utf-8")
    with desk(team_db, "rita") as rita:
        result = rita.review.attach_document(article_id=article, number=1, path=source, user="rita")
        assert result.document.attached_by == "rita" and rita.review.search_documents(query="fractures")
    with desk(team_db, "alan") as alan, pytest.raises(PermissionDenied, match="alan is author"):
        alan.review.attach_document(article_id=article, number=2, path=source, user="alan")

    review(team_db, article)
    with desk(team_db, "rita") as rita:
        claim = next(c for c in rita.library.get_article(article_id=article).claims if 1 in c.citations)
        rita.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user="rita",
                                evidence="Table 2 gives the counts per group")
        assert rita.review.evidence_source(claim_id=claim.id, reference=1).evidence.start is not None

    with psycopg.connect(team_db.cluster.dsn(dbname=team_db.name)) as conn:
        document_id = conn.execute("SELECT id FROM reference_document").fetchone()[0]
        users = dict(conn.execute('SELECT name, id FROM "user"').fetchall())
    params = {"d": document_id, "a": article, "alan": users["alan"], "rita": users["rita"], "c": claim.id}
    insert = ("INSERT INTO reference_document (article_id, reference_number, file_name, media_type, sha256, size, "
              "text, pages, attached_by_id, attached_at) VALUES (%(a)s, 2, 'x.txt', 'text/plain', '', 1, 'x', "
              "'[[0, 1]]', {}, now())")
    assert "permission denied for table reference_document" in refused(team_db, "alan", insert.format("%(alan)s"),
                                                                       params)
    assert "in the name of the signed-in user (rita)" in refused(team_db, "rita", insert.format("%(alan)s"), params)
    assert "places evidence" in refused(
        team_db, "alan", "UPDATE verdict SET evidence_start = 0, evidence_end = 3 WHERE claim_id = %(c)s", params)

    # the admin replaces rita's document: her verdicts' evidence is placed again, in the admin's name
    replacement = tmp_path / "trial-v2.txt"
    replacement.write_text("Erratum.\n\n" + SOURCE.replace("; Table 2 gives the counts per group", ""), encoding="utf-8")
    with desk(team_db, ADMIN) as admin:
        result = admin.review.attach_document(article_id=article, number=1, path=replacement, user=ADMIN)
        assert claim.id in {c for c, _ in result.orphaned}
        assert admin.review.evidence_source(claim_id=claim.id, reference=1).evidence.orphaned

    with desk(team_db, "ana") as ana:
        ana.workflow.transition(article_id=article, to="Approved", user="ana", password=password_for("ana"))
    assert "approved record" in refused(
        team_db, "rita", "UPDATE reference_document SET text = 'changed' WHERE id = %(d)s", params)
    with psycopg.connect(team_db.cluster.dsn(dbname=team_db.name)) as conn:
        assert conn.execute("SELECT file_name FROM reference_document").fetchone()[0] == "trial-v2.txt"
