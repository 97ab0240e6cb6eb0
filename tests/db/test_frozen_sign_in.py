"""Sign-in comes before the frozen-record and undo rules: someone who has not signed in changes nothing and is recorded nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import seed_path
from tests.people import add_person
from tests.review_helpers import IMPORTER, REVIEWER, add_team, approve, review
from workstation.errors import SignInRequired
from workstation.facade import Workstation


def event_count(ws) -> int:  # type: ignore[no-untyped-def]
    with ws.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM audit_event")).scalar_one()


@pytest.fixture
def approved(ws):  # type: ignore[no-untyped-def]
    """Seed 000 approved and signed at ``ws``; returns (article id, a cited claim)."""
    add_team(ws)
    (article_id,) = [a.id for a in ws.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
    approve(ws, article_id)
    return article_id, next(c for c in ws.library.get_article(article_id=article_id).claims if c.citations)


def test_a_frozen_change_by_someone_not_signed_in_is_refused_unrecorded(ws, db_url: str, approved) -> None:  # type: ignore[no-untyped-def]
    article_id, claim = approved
    before = event_count(ws)
    with Workstation.open(db_url) as desk:  # the reviewer exists, but has not signed in at this desk
        for reopen in ("", "the 2024 trial contradicts it"):
            with pytest.raises(SignInRequired, match=f"{REVIEWER} has not signed in"):
                desk.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="contradicted",
                                        user=REVIEWER, reopen=reopen)
        with pytest.raises(SignInRequired):
            desk.review.mark_needs_citation(claim_id=claim.id, user="")
    assert event_count(ws) == before  # no refusal under a name nobody proved
    assert ws.library.get_article(article_id=article_id).summary.status == "Approved"
    (signature,) = ws.workflow.signatures(article_id=article_id)
    assert not signature.superseded and ws.workflow.check_signature(signature_id=signature.id).valid


def test_undo_by_someone_not_signed_in_changes_nothing_and_keeps_the_step(ws) -> None:  # type: ignore[no-untyped-def]
    add_team(ws)
    add_person(ws, "rev2", "reviewer", sign_in=False)
    (article_id,) = [a.id for a in ws.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
    review(ws, article_id)
    claim = next(c for c in ws.library.get_article(article_id=article_id).claims if c.citations)
    ws.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="unverifiable", user=REVIEWER)
    before = event_count(ws)
    with pytest.raises(SignInRequired, match="rev2 has not signed in"):
        ws.review.undo(user="rev2")
    assert event_count(ws) == before and ws.review.undo_label() == "Set verdict"
    ws.review.undo(user=REVIEWER)  # the step is still there for the person who signed in
    verdicts = {v.reference: v.verdict for c in ws.library.get_article(article_id=article_id).claims
                if c.id == claim.id for v in c.verdicts}
    assert verdicts[claim.citations[0]] == "supported"


def test_an_exporter_who_has_not_signed_in_is_refused_before_any_file(  # type: ignore[no-untyped-def]
    ws, db_url: str, approved, tmp_path: Path
) -> None:
    article_id, _ = approved
    before = event_count(ws)
    out = tmp_path / "out"
    with Workstation.open(db_url) as desk, pytest.raises(SignInRequired):
        desk.export.export_articles(ids=[article_id], formats=["json", "html"], out_dir=out, user=REVIEWER)
    assert not out.exists() or not any(out.iterdir())
    assert event_count(ws) == before
    with Workstation.open(db_url) as desk:  # reading what was approved needs no name at all
        report = desk.export.export_articles(ids=[article_id], formats=["json"], out_dir=out)
    assert len(report.exported) == 1
