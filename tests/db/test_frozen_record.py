"""Approved means frozen: the signed review record cannot drift, and undo never overwrites another desk's work."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import seed_path
from tests.people import add_person, password_for, sign_in
from tests.review_helpers import APPROVER, IMPORTER, REVIEWER, add_team, approve, review
from workstation.errors import ConflictError, FrozenRecord, UndoConflict, WorkflowError
from workstation.facade import Workstation


@pytest.fixture
def approved(ws):  # type: ignore[no-untyped-def]
    """Seed 000 reviewed and approved (a signed record); returns (ws, article id, a cited claim)."""
    add_team(ws)
    (article_id,) = [a.id for a in ws.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
    approve(ws, article_id)
    claim = next(c for c in ws.library.get_article(article_id=article_id).claims if c.citations)
    return ws, article_id, claim


def test_every_change_to_an_approved_record_is_refused_with_the_reason(approved) -> None:  # type: ignore[no-untyped-def]
    ws, article_id, claim = approved
    finding = next(iter(ws.review.findings(article_id=article_id)), None)
    comment = ws.review.add_comment(article_id=article_id, body="Looks right.", user=REVIEWER)  # discussion stays open
    comment_id = ws.review.comments(article_id=article_id)[0].id
    assert comment.comments
    attempts = [
        lambda: ws.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="contradicted", user=REVIEWER),
        lambda: ws.review.clear_verdict(claim_id=claim.id, reference=claim.citations[0], user=REVIEWER),
        lambda: ws.review.link_reference(claim_id=claim.id, reference=99, user=REVIEWER),
        lambda: ws.review.mark_needs_citation(claim_id=claim.id, user=REVIEWER),
        lambda: ws.review.add_claim(article_id=article_id, start=0, end=5, user=REVIEWER),
        lambda: ws.review.resolve_comment(comment_id=comment_id, user=REVIEWER),
    ]
    if finding is not None:
        attempts.append(lambda: ws.review.dismiss_finding(finding_id=finding.id, user=REVIEWER, reason="x"))
    before = ws.library.get_article(article_id=article_id)
    messages = []
    for attempt in attempts:
        with pytest.raises(FrozenRecord, match=r"approved record: article \d+ is Approved and signed") as refused:
            attempt()
        messages.append(str(refused.value))
    after = ws.library.get_article(article_id=article_id)
    # Each refusal stays in the trail (after its change rolled back), under the reviewer who signed in and tried.
    recorded = [e for e in ws.workflow.history(article_id=article_id) if e.action == "change.refused"]
    assert [(e.actor, e.reason) for e in recorded] == [(REVIEWER, m) for m in messages]
    assert ws.audit.verify().ok
    assert after.claims == before.claims and after.summary.status == "Approved"
    (signature,) = ws.workflow.signatures(article_id=article_id)
    assert ws.workflow.check_signature(signature_id=signature.id).valid and not signature.superseded


def test_reopening_first_is_audited_and_supersedes_the_signature(approved, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws, article_id, claim = approved
    changes = ws.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="contradicted",
                                    user=REVIEWER, reopen="the 2024 trial contradicts it")
    assert changes.workflow
    assert ws.library.get_article(article_id=article_id).summary.status == "Under Review"
    (signature,) = ws.workflow.signatures(article_id=article_id)
    assert signature.superseded
    check = ws.workflow.check_signature(signature_id=signature.id)
    assert check.valid and check.superseded  # still what was signed, but no longer the standing approval
    history = ws.workflow.history(article_id=article_id)
    reopen = next(e for e in history if e.action == "transition" and e.new == "Under Review" and e.old == "Approved")
    assert reopen.actor == REVIEWER and "the 2024 trial contradicts it" in reopen.reason
    report = ws.export.export_articles(ids=[article_id], formats=["json"], out_dir=tmp_path / "out")
    assert not report.exported and "Under Review" in report.refused[0].reason


def test_undo_does_not_overwrite_another_desks_verdict(db_url: str) -> None:
    with Workstation.open(db_url) as desk_a, Workstation.open(db_url) as desk_b:
        add_team(desk_a)
        add_person(desk_a, "rev2", "reviewer", sign_in=False)
        sign_in(desk_b, "rev2")  # each desk has its own signed-in person
        (article_id,) = [a.id for a in desk_a.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
        review(desk_a, article_id)
        claim = next(c for c in desk_a.library.get_article(article_id=article_id).claims if c.citations)
        number = claim.citations[0]
        desk_a.review.set_verdict(claim_id=claim.id, reference=number, verdict="unverifiable", user=REVIEWER)
        desk_b.review.set_verdict(claim_id=claim.id, reference=number, verdict="partially-supported", user="rev2",
                                  note="only in adults")
        with pytest.raises(ConflictError, match=r"cannot undo 'Set verdict': it was changed since by rev2 \(verdict.set"):
            desk_a.review.undo(user=REVIEWER)
        verdicts = {v.reference: v.verdict for c in desk_a.library.get_article(article_id=article_id).claims
                    if c.id == claim.id for v in c.verdicts}
        assert verdicts[number] == "partially-supported"
        # Once B's change is taken back by B, A's undo applies again (the row is what A left).
        desk_b.review.undo(user="rev2")
        desk_a.review.undo(user=REVIEWER)
        verdicts = {v.reference: v.verdict for c in desk_a.library.get_article(article_id=article_id).claims
                    if c.id == claim.id for v in c.verdicts}
        assert verdicts[number] == "supported"


def test_a_refused_undo_or_redo_is_audited_naming_who_tried_and_who_changed_it_since(db_url: str) -> None:
    with Workstation.open(db_url) as desk_a, Workstation.open(db_url) as desk_b:
        add_team(desk_a)
        add_person(desk_a, "rev2", "reviewer", sign_in=False)
        sign_in(desk_b, "rev2")
        (article_id,) = [a.id for a in desk_a.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
        review(desk_a, article_id)
        claim = next(c for c in desk_a.library.get_article(article_id=article_id).claims if c.citations)
        number = claim.citations[0]

        desk_a.review.set_verdict(claim_id=claim.id, reference=number, verdict="unverifiable", user=REVIEWER)
        desk_b.review.set_verdict(claim_id=claim.id, reference=number, verdict="supported", user="rev2")
        theirs = desk_b.workflow.history(article_id=article_id)[-1]
        with pytest.raises(UndoConflict, match="cannot undo 'Set verdict': it was changed since by rev2"):
            desk_a.review.undo(user=REVIEWER)
        refusal = desk_b.workflow.history(article_id=article_id)[-1]
        assert (refusal.action, refusal.actor) == ("undo.refused", REVIEWER)
        assert "Set verdict" in refusal.reason and f"by rev2 (verdict.set, event {theirs.id}," in refusal.reason

        # Redo: A takes its own verdict back, B sets one, A's redo would overwrite it.
        desk_b.review.undo(user="rev2")
        desk_a.review.undo(user=REVIEWER)
        desk_b.review.set_verdict(claim_id=claim.id, reference=number, verdict="contradicted", user="rev2")
        with pytest.raises(UndoConflict, match="cannot redo 'Set verdict': it was changed since by rev2"):
            desk_a.review.redo(user=REVIEWER)
        refusal = desk_b.workflow.history(article_id=article_id)[-1]
        assert (refusal.action, refusal.actor) == ("redo.refused", REVIEWER)
        verdicts = {v.reference: v.verdict for c in desk_a.library.get_article(article_id=article_id).claims
                    if c.id == claim.id for v in c.verdicts}
        assert verdicts[number] == "contradicted"  # nothing of the refused redo was applied
        assert desk_a.audit.verify().ok


def test_undo_across_an_approval_is_refused(db_url: str) -> None:
    with Workstation.open(db_url) as desk_a, Workstation.open(db_url) as desk_b:
        add_team(desk_a)
        sign_in(desk_b, APPROVER)
        (article_id,) = [a.id for a in desk_a.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
        review(desk_a, article_id)
        claim = next(c for c in desk_a.library.get_article(article_id=article_id).claims if c.citations)
        desk_a.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="unverifiable", user=REVIEWER)
        desk_b.workflow.transition(article_id=article_id, to="Approved", user=APPROVER, password=password_for(APPROVER))
        with pytest.raises(FrozenRecord, match="approved record"):
            desk_a.review.undo(user=REVIEWER)
        refusal = desk_b.workflow.history(article_id=article_id)[-1]
        assert (refusal.action, refusal.actor) == ("change.refused", REVIEWER) and "undo 'Set verdict'" in refusal.reason
        (signature,) = desk_b.workflow.signatures(article_id=article_id)
        assert desk_b.workflow.check_signature(signature_id=signature.id).valid


def test_a_meaning_outside_the_configured_ones_is_refused(ws) -> None:  # type: ignore[no-untyped-def]
    add_team(ws)
    (article_id,) = [a.id for a in ws.library.import_files(paths=[seed_path("000")], user=IMPORTER).imported]
    review(ws, article_id)
    with pytest.raises(WorkflowError, match="electronic signature: the meaning must be one of"):
        ws.workflow.transition(article_id=article_id, to="Approved", user=APPROVER, password=password_for(APPROVER),
                               meaning="Rejected - do not publish")
    assert ws.library.get_article(article_id=article_id).summary.status == "Under Review"
    assert any(e.action == "transition.refused" for e in ws.workflow.history(article_id=article_id))
