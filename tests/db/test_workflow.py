"""The review workflow through the facade, on SQLite and PostgreSQL: every step and every refusal."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db.engine import write_session
from db.tables import (
    Article,
    Citation,
    Claim,
    Finding,
    Revision,
    Signature,
    Transition,
    User,
    Verdict,
)
from tests.articles import write_article
from tests.people import add_person
from workstation.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    SignInRequired,
    ValidationError,
    WorkflowError,
    WorkstationError,
)
from workstation.model import ArticleDraft, ReferenceData
from workstation.signatures import revision_hash
from workstation.store import insert_revisions
from workstation.workflow import add_months

PASSWORD = "s3cret-pw"
USERS = {
    "au": "author", "rev": "reviewer", "appr": "approver", "appr2": "approver",
    "adm": "admin", "adm2": "admin", "nopw": "approver",
}
def add_users(ws) -> None:  # type: ignore[no-untyped-def]
    for name, role in USERS.items():
        add_person(ws, name, role, password=None if name == "nopw" else PASSWORD, display_name=f"Dr. {name.title()}")


def user_id(ws, name: str) -> int:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return session.execute(select(User.id).where(User.name == name)).scalar_one()


def make_article(  # type: ignore[no-untyped-def]
    ws, folder: Path, *, author: str | None = None, last_editor: str | None = None,
    verdict: str | None = "supported",
) -> int:
    """Import the small article (as ``author``); give every citation a verdict unless ``verdict`` is None."""
    path = write_article(folder, uuid.uuid4().hex[:8])
    report = ws.library.import_files(paths=[path], user=author or "admin")  # the board admin by default
    assert not report.failed, report.failed
    article_id = report.imported[0].id
    with write_session(ws.engine) as session:
        if last_editor is not None:
            session.execute(
                update(Article).where(Article.id == article_id).values(last_edited_by_id=user_id(ws, last_editor))
            )
        if verdict is not None:
            pairs = session.execute(
                select(Citation.claim_id, Citation.number).join(Claim, Claim.id == Citation.claim_id)
                .where(Claim.article_id == article_id)
            ).all()
            assert len(pairs) == 3
            for claim_id, number in pairs:
                session.add(Verdict(claim_id=claim_id, reference_number=number, verdict=verdict))
    return article_id


def last_event(ws, article_id: int):  # type: ignore[no-untyped-def]
    return ws.workflow.history(article_id=article_id)[-1]


def refused(  # type: ignore[no-untyped-def]
    ws, article_id: int, error: type[WorkstationError], rule: str, call: Callable[[], object]
) -> str:
    """The call is refused with ``error`` naming ``rule``, and the refusal is in the audit trail."""
    before = ws.library.get_article(article_id=article_id)
    with pytest.raises(error) as info:
        call()
    message = str(info.value)
    assert message.startswith(rule), message
    event = last_event(ws, article_id)
    assert event.action == "transition.refused"
    assert event.reason.startswith(message)
    after = ws.library.get_article(article_id=article_id)
    assert (after.summary.status, after.version) == (before.summary.status, before.version)
    return message


@pytest.fixture
def flow(ws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    add_users(ws)
    return ws


def test_full_cycle(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="au")
    start = ws.workflow.transition(article_id=aid, to="under-review", user="rev")
    assert (start.status, start.signature_id) == ("Under Review", None)
    assert start.changes.workflow and start.changes.articles == {aid}
    detail = ws.library.get_article(article_id=aid)
    assert detail.summary.assigned_reviewer == "rev" and detail.version == 2

    refused(ws, aid, WorkflowError, "reason required",
            lambda: ws.workflow.transition(article_id=aid, to="Submitted", user="rev", reason="  "))
    back = ws.workflow.transition(article_id=aid, to="SUBMITTED", user="rev", reason="cite the 2019 trial properly")
    assert back.status == "Submitted"
    ws.workflow.transition(article_id=aid, to="Under Review", user="appr")
    # Starting a review assigns the starter only when nobody is assigned: rev stays the reviewer.
    assert ws.library.get_article(article_id=aid).summary.assigned_reviewer == "rev"

    approved = ws.workflow.transition(article_id=aid, to="approved", user="appr", password=PASSWORD)
    assert approved.status == "Approved" and approved.signature_id is not None
    today = datetime.now(UTC).date()
    with ws._read() as session:
        article = session.get(Article, aid)
        assert article.approved_revision_id == article.current_revision_id
        assert article.approved_at is not None and article.next_review == add_months(today, 12)
        signature = session.get(Signature, approved.signature_id)
        revision = session.get(Revision, article.current_revision_id)
        assert signature.content_hash == revision.content_hash
        assert (signature.printed_name, signature.role, signature.meaning) == (
            "Dr. Appr", "approver", "Approved as medically accurate")
        assert signature.audit_event_id == approved.event_id
        steps = session.execute(
            select(Transition.from_status, Transition.to_status).where(Transition.article_id == aid)
            .order_by(Transition.id)
        ).all()
    assert [tuple(s) for s in steps] == [
        ("Submitted", "Under Review"), ("Under Review", "Submitted"), ("Submitted", "Under Review"),
        ("Under Review", "Approved"),
    ]
    assert ws.workflow.verify_signature(signature_id=approved.signature_id)
    (view,) = ws.workflow.signatures(article_id=aid)
    assert view.signer == "appr" and view.revision_number == 1 and view.signed_at.tzinfo is not None

    refused(ws, aid, WorkflowError, "reason required",
            lambda: ws.workflow.transition(article_id=aid, to="under review", user="rev"))
    reopened = ws.workflow.transition(article_id=aid, to="under review", user="rev", reason="new guideline published")
    assert reopened.status == "Under Review"

    history = ws.workflow.history(article_id=aid)
    moves = [(h.action, h.old, h.new) for h in history if h.action in ("transition", "transition.refused")]
    assert moves == [
        ("transition", "Submitted", "Under Review"),
        ("transition.refused", "Under Review", "Submitted"),
        ("transition", "Under Review", "Submitted"),
        ("transition", "Submitted", "Under Review"),
        ("transition", "Under Review", "Approved"),
        ("transition.refused", "Approved", "Under Review"),
        ("transition", "Approved", "Under Review"),
    ]
    approval = next(h for h in history if h.id == approved.event_id)
    assert approval.signature is not None and approval.signature.id == approved.signature_id
    assert [h.id for h in history] == sorted(h.id for h in history)
    assert history[-1].reason == "new guideline published"
    assert ws.audit.verify().ok


def test_authors_cannot_start_review_or_approve(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="au")
    message = refused(ws, aid, PermissionDenied, "role:",
                      lambda: ws.workflow.transition(article_id=aid, to="Under Review", user="au"))
    assert "author" in message
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    refused(ws, aid, PermissionDenied, "role:",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="au", password=PASSWORD))
    refused(ws, aid, PermissionDenied, "role: a reviewer may not approve",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="rev", password=PASSWORD))


def test_approver_cannot_approve_own_article(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="appr")
    ws.workflow.transition(article_id=aid, to="Under Review", user="appr")  # reviewing one's own is allowed
    refused(ws, aid, PermissionDenied, "separation of duties: nobody approves an article they authored",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))
    assert ws.workflow.transition(article_id=aid, to="Approved", user="appr2", password=PASSWORD).status == "Approved"


def test_admin_is_bound_by_separation_of_duties(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="adm")
    ws.workflow.transition(article_id=aid, to="Under Review", user="adm")
    refused(ws, aid, PermissionDenied, "separation of duties: nobody approves an article they authored",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="adm", password=PASSWORD))
    (approve,) = [a for a in ws.workflow.allowed_actions(article_id=aid, user="adm") if a.action == "approve"]
    assert not approve.enabled and approve.reason.startswith("separation of duties")
    # An admin holds an approver's rights on articles they neither wrote nor edited.
    assert ws.workflow.transition(article_id=aid, to="Approved", user="adm2", password=PASSWORD).status == "Approved"


def test_last_editor_cannot_approve(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="au", last_editor="appr")
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    refused(ws, aid, PermissionDenied, "separation of duties: nobody approves an article they last edited",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))


def test_signature_needs_the_signers_password(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    refused(ws, aid, PermissionDenied, "electronic signature: enter your password",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr"))
    refused(ws, aid, PermissionDenied, "electronic signature: the password is wrong",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password="guess"))
    events = len(ws.workflow.history(article_id=aid))
    with pytest.raises(SignInRequired, match="nopw has not signed in"):  # no password: cannot sign in at all
        ws.workflow.transition(article_id=aid, to="Approved", user="nopw", password=PASSWORD)
    assert len(ws.workflow.history(article_id=aid)) == events  # a name nobody authenticated is not written to the trail
    assert ws.workflow.signatures(article_id=aid) == []
    result = ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD,
                                    meaning="approved FOR publication")
    assert ws.workflow.signatures(article_id=aid)[0].meaning == "Approved for publication"
    assert result.status == "Approved"


def test_illegal_steps_and_bad_input(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    refused(ws, aid, WorkflowError, "workflow: no step from Submitted to Approved",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))
    refused(ws, aid, WorkflowError, "workflow: the article is already Submitted",
            lambda: ws.workflow.transition(article_id=aid, to="Submitted", user="rev", reason="x"))
    with pytest.raises(ValidationError):
        ws.workflow.transition(article_id=aid, to="Published", user="rev")
    with pytest.raises(NotFound):
        ws.workflow.transition(article_id=aid, to="Under Review", user="ghost")
    with pytest.raises(NotFound):
        ws.workflow.transition(article_id=9999, to="Under Review", user="rev")


def test_stale_version_is_a_conflict(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    version = ws.library.get_article(article_id=aid).version
    first = ws.workflow.transition(article_id=aid, to="Under Review", user="rev", expected_version=version)
    assert first.version == version + 1
    refused(ws, aid, ConflictError, "concurrent change",
            lambda: ws.workflow.transition(article_id=aid, to="Submitted", user="rev", reason="x", expected_version=version))
    ws.workflow.transition(article_id=aid, to="Submitted", user="rev", reason="x", expected_version=version + 1)


def test_missing_verdicts_block_approval(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, verdict=None)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    blockers = ws.workflow.approval_blockers(article_id=aid)
    assert len(blockers) == 3 and all("without a verdict" in b for b in blockers)
    message = refused(ws, aid, WorkflowError, "approval blocked: 3 citation(s) without a verdict",
                      lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))
    assert "cites [1] without a verdict" in message
    (approve,) = [a for a in ws.workflow.allowed_actions(article_id=aid, user="appr") if a.action == "approve"]
    assert not approve.enabled and approve.needs_signature and len(approve.open_items) == 3
    assert approve.reason == "approval blocked: 3 citation(s) without a verdict"
    # An orphaned claim no longer needs verdicts.
    with write_session(ws.engine) as session:
        session.execute(update(Claim).where(Claim.article_id == aid).values(orphaned=True))
    assert ws.workflow.approval_blockers(article_id=aid) == []


def test_open_error_findings_block_approval(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    revision_id = ws.library.get_article(article_id=aid).revision_id
    with write_session(ws.engine) as session:
        for severity in ("error", "warning"):
            session.add(Finding(article_id=aid, revision_id=revision_id, code="citation-unresolved",
                                severity=severity, message=f"a {severity} finding"))
    (blocker,) = ws.workflow.approval_blockers(article_id=aid)
    assert "open error finding" in blocker and "citation-unresolved" in blocker
    refused(ws, aid, WorkflowError, "approval blocked: 1 open error finding(s)",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))
    with write_session(ws.engine) as session:
        session.execute(update(Finding).where(Finding.severity == "error").values(dismissed=True))
    assert ws.workflow.approval_blockers(article_id=aid) == []
    assert ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD).status == "Approved"


@pytest.mark.parametrize("verdict", ["not-supported", "contradicted"])
def test_unresolved_negative_verdict_blocks_approval(flow, tmp_path: Path, verdict: str) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    with write_session(ws.engine) as session:
        claim_id = session.execute(select(Claim.id).where(Claim.article_id == aid).order_by(Claim.id)).scalar()
        session.execute(update(Verdict).where(Verdict.claim_id == claim_id).values(verdict=verdict))
    (blocker,) = ws.workflow.approval_blockers(article_id=aid)
    assert f"claim {claim_id} is judged {verdict}" in blocker
    refused(ws, aid, WorkflowError, "approval blocked: 1 unresolved not-supported/contradicted verdict(s)",
            lambda: ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD))
    # Once the claim's text changed, the verdict waits for a re-check and no longer blocks.
    with write_session(ws.engine) as session:
        session.execute(update(Verdict).where(Verdict.claim_id == claim_id).values(needs_recheck=True))
    assert ws.workflow.approval_blockers(article_id=aid) == []


def test_signature_is_bound_to_the_content_hash(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    sig_id = ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD).signature_id
    assert ws.workflow.verify_signature(signature_id=sig_id)
    revision_id = ws.library.get_article(article_id=aid).revision_id
    with write_session(ws.engine) as session:  # someone edits the signed revision behind the app's back
        session.execute(update(Revision).where(Revision.id == revision_id).values(body="Vitamin D cures all."))
    assert not ws.workflow.verify_signature(signature_id=sig_id)
    with write_session(ws.engine) as session:  # … and even recomputes the stored hash
        revision = session.get(Revision, revision_id)
        revision.content_hash = revision_hash(session, revision)
    assert not ws.workflow.verify_signature(signature_id=sig_id)
    with pytest.raises(NotFound):
        ws.workflow.verify_signature(signature_id=9999)


def test_due_for_re_review(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD)
    assert ws.library.list_articles(status="due") == []
    with write_session(ws.engine) as session:
        session.execute(update(Article).where(Article.id == aid).values(next_review=date.today() - timedelta(days=1)))
    assert [a.id for a in ws.library.list_articles(status="due")] == [aid]


def test_review_interval_is_configurable(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    assert ws.workflow.review_interval_months() == 12
    with pytest.raises(PermissionDenied):
        ws.workflow.set_review_interval(months=6, user="appr")
    with pytest.raises(ValidationError):
        ws.workflow.set_review_interval(months=0, user="adm")
    ws.workflow.set_review_interval(months=6, user="adm")
    assert ws.workflow.review_interval_months() == 6
    aid = make_article(ws, tmp_path)
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    ws.workflow.transition(article_id=aid, to="Approved", user="appr", password=PASSWORD)
    with ws._read() as session:
        assert session.get(Article, aid).next_review == add_months(datetime.now(UTC).date(), 6)
    assert ws.audit.verify().ok


def test_allowed_actions(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="appr2")
    states = {a.action: a for a in ws.workflow.allowed_actions(article_id=aid, user="rev")}
    assert list(states) == ["start_review", "request_changes", "approve", "reopen"]
    assert states["start_review"].enabled and states["start_review"].to == "Under Review"
    assert not states["reopen"].enabled and "only from Approved" in states["reopen"].reason
    assert states["request_changes"].needs_reason and states["approve"].needs_signature
    author = {a.action: a for a in ws.workflow.allowed_actions(article_id=aid, user="au")}
    assert not any(a.enabled for a in author.values())
    assert author["start_review"].reason.startswith("role:")
    ws.workflow.transition(article_id=aid, to="Under Review", user="rev")
    for name, enabled, prefix in [
        ("appr", True, ""), ("appr2", False, "separation of duties"), ("rev", False, "role:"),
        ("nopw", False, "electronic signature"), ("adm", True, ""),
    ]:
        (approve,) = [a for a in ws.workflow.allowed_actions(article_id=aid, user=name) if a.action == "approve"]
        assert approve.enabled == enabled and approve.reason.startswith(prefix), (name, approve)


def test_revisions_and_diff(flow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ws = flow
    aid = make_article(ws, tmp_path, author="au")
    detail = ws.library.get_article(article_id=aid)
    body2 = detail.body.replace("in adults [1]", "in most adults [1]") + "\nA new closing line.\n"
    draft = ArticleDraft(title=detail.summary.title, body=body2, audience="caregiver",
                         references=(ReferenceData(1, "research", "Vitamin D trial", "NEJM", 2019),))
    with write_session(ws.engine) as session:
        insert_revisions(session.connection(), [(aid, 2, draft)], user_id=user_id(ws, "rev"),
                         note="tightened wording", now=datetime.now(UTC))
    revisions = ws.workflow.revisions(article_id=aid)
    assert [(r.number, r.author, r.note) for r in revisions] == [
        (1, "au", "imported"), (2, "rev", "tightened wording")]
    assert revisions[1].content_hash == draft.content_hash()
    diff = ws.workflow.revision_diff(article_id=aid, old=1, new=2)
    assert diff.changed
    tags = [r.tag for r in diff.rows]
    assert "replace" in tags and "insert" in tags and "equal" in tags
    replaced = next(r for r in diff.rows if r.tag == "replace")
    assert replaced.old_line_no == replaced.new_line_no == 1 and "most adults" in (replaced.new_text or "")
    inserted = [r for r in diff.rows if r.tag == "insert"]
    assert inserted[-1].old_line_no is None and inserted[-1].new_text == "A new closing line."
    assert "--- revision 1" in diff.unified and "+A new closing line." in diff.unified
    assert not ws.workflow.revision_diff(article_id=aid, old=1, new=1).changed
    with pytest.raises(NotFound):
        ws.workflow.revision_diff(article_id=aid, old=1, new=3)
