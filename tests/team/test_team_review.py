"""A full review cycle on a team database, every step from the desk of the person taking it."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from db.tables import AuditEvent, Signature, Transition, User
from tests.people import ADMIN, password_for
from tests.team.board import desk, import_article, review, set_up_board
from tests.team.conftest import TeamDatabase
from workstation.errors import PermissionDenied, WorkflowError

pytestmark = pytest.mark.team


def test_review_cycle_from_each_desk(team_db: TeamDatabase, tmp_path: Path) -> None:
    set_up_board(team_db)
    article_id = import_article(team_db, tmp_path)
    review(team_db, article_id)

    with desk(team_db, "rita") as rita, pytest.raises(PermissionDenied, match="role"):
        rita.workflow.transition(article_id=article_id, to="Approved", user="rita", password=password_for("rita"))
    with desk(team_db, "alan") as alan, pytest.raises(PermissionDenied, match="role"):
        alan.workflow.transition(article_id=article_id, to="Approved", user="alan", password=password_for("alan"))

    with desk(team_db, "ana") as ana:
        with pytest.raises(PermissionDenied, match="password is wrong"):
            ana.workflow.transition(article_id=article_id, to="Approved", user="ana", password="not-anas-password")
        assert ana.library.get_article(article_id=article_id).status == "Under Review"
        result = ana.workflow.transition(article_id=article_id, to="Approved", user="ana", password=password_for("ana"),
                                         meaning="Approved for publication")
        assert result.status == "Approved" and result.signature_id is not None
        assert ana.workflow.verify_signature(signature_id=result.signature_id)
        (signature,) = ana.workflow.signatures(article_id=article_id)
        assert (signature.signer, signature.printed_name, signature.role, signature.meaning) == (
            "ana", "Dr. Ana", "approver", "Approved for publication")
        verified = ana.audit.verify()
        assert verified.ok, verified.problem
        with ana._read() as session:
            actors = {a for (a,) in session.execute(select(AuditEvent.actor))}
            steps = session.execute(
                select(Transition.to_status, User.name).join(User, User.id == Transition.user_id)
                .where(Transition.article_id == article_id).order_by(Transition.id)
            ).all()
            signed = session.execute(select(Signature.audit_event_id)).scalar_one()
    assert actors <= {"admin", "rita", "ana", "alan", "system"}
    assert [tuple(s) for s in steps] == [("Under Review", "rita"), ("Approved", "ana")]
    assert signed is not None

    # an edit after approval sends the article back to review, from the author's desk
    with desk(team_db, "alan") as alan:
        body = alan.library.get_article(article_id=article_id).body
        alan.review.save_revision(article_id=article_id, body=body + "\nVitamin D is made in the skin.\n", user="alan")
        assert alan.library.get_article(article_id=article_id).status == "Under Review"
        assert alan.audit.verify().ok


def test_the_program_refuses_first_with_its_own_messages(team_db: TeamDatabase, tmp_path: Path) -> None:
    """Separation of duties and the approval guards: the program's message, not the database's."""
    set_up_board(team_db)
    article_id = import_article(team_db, tmp_path)
    review(team_db, article_id, skip=1)
    with desk(team_db, "ana") as ana:
        with pytest.raises(WorkflowError, match="approval blocked: 1 citation"):
            ana.workflow.transition(article_id=article_id, to="Approved", user="ana", password=password_for("ana"))
        history = ana.workflow.history(article_id=article_id)
        assert history[-1].action == "transition.refused" and history[-1].actor == "ana"
    review_rest(team_db, article_id)
    with desk(team_db, "ana") as ana:
        assert ana.workflow.approval_blockers(article_id=article_id) == []

    own = import_article(team_db, tmp_path, author="ana")
    review(team_db, own)
    with desk(team_db, "ana") as ana, pytest.raises(PermissionDenied, match="separation of duties"):
        ana.workflow.transition(article_id=own, to="Approved", user="ana", password=password_for("ana"))


def review_rest(db: TeamDatabase, article_id: int) -> None:
    with desk(db, "rita") as rita:
        for claim in rita.library.get_article(article_id=article_id).claims:
            judged = {v.reference for v in claim.verdicts}
            for number in claim.citations:
                if number not in judged:
                    rita.review.set_verdict(claim_id=claim.id, reference=number, verdict="supported", user="rita")


def test_a_deactivated_account_cannot_write_through_a_connection_it_still_holds(
    team_db: TeamDatabase, tmp_path: Path,
) -> None:
    set_up_board(team_db)
    article_id = import_article(team_db, tmp_path)
    with team_db.connect("rita", password_for("rita")) as still_open:
        with desk(team_db, ADMIN) as admin:
            admin.users.deactivate_user(name="rita", by=ADMIN)
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="not an active, unlocked user"):
            still_open.execute("UPDATE claim SET needs_citation = true WHERE article_id = %s", (article_id,))
