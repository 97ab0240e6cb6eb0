"""Claim review on both backends: verdicts, claims, comments, findings, revisions, undo."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from db.tables import Article, AuditEvent, Transition
from tests.people import add_person
from workstation.errors import ConflictError, NotFound, PermissionDenied, ValidationError

SEED = 5  # seed 004: three references, citations of 1–4


@pytest.fixture
def review(seeded):  # type: ignore[no-untyped-def]
    add_person(seeded, "rita", "reviewer")
    add_person(seeded, "alan", "author")
    return seeded


def cited(ws, number: int = 1):  # type: ignore[no-untyped-def]
    return next(c for c in ws.library.get_article(article_id=SEED).claims if number in c.citations)


def claim(ws, claim_id: int):  # type: ignore[no-untyped-def]
    return next(c for c in ws.library.get_article(article_id=SEED).claims if c.id == claim_id)


def actions(ws) -> list[str]:  # type: ignore[no-untyped-def]
    with ws._read() as session:
        return list(session.execute(select(AuditEvent.action).order_by(AuditEvent.id)).scalars())


def test_verdicts_roles_references_and_counters(review) -> None:  # type: ignore[no-untyped-def]
    c = cited(review)
    with pytest.raises(PermissionDenied):
        review.review.set_verdict(claim_id=c.id, reference=1, verdict="supported", user="alan")
    with pytest.raises(ValidationError):
        review.review.set_verdict(claim_id=c.id, reference=3 if 3 not in c.citations else 2, verdict="supported", user="rita")
    with pytest.raises(ValidationError):
        review.review.set_verdict(claim_id=c.id, reference=1, verdict="maybe", user="rita")
    with pytest.raises(NotFound):
        review.review.set_verdict(claim_id=999_999, reference=1, verdict="supported", user="rita")
    changes = review.review.set_verdict(claim_id=c.id, reference=1, verdict="Supported", user="rita", note="p. 4")
    assert changes.claims == {c.id} and changes.articles == {SEED} and changes.undo_label == "Set verdict"
    (v,) = claim(review, c.id).verdicts
    assert (v.verdict, v.note, v.reviewer, v.needs_recheck) == ("supported", "p. 4", "rita", False)
    expected = 1 if set(c.citations) == {1} else 0
    assert review.library.get_article(article_id=SEED).summary.claims_reviewed == expected
    review.review.clear_verdict(claim_id=c.id, reference=1, user="rita")
    assert claim(review, c.id).verdicts == ()
    assert review.library.get_article(article_id=SEED).summary.claims_reviewed == 0
    assert actions(review)[-2:] == ["verdict.set", "verdict.clear"]


def test_link_reference_and_needs_citation(review) -> None:  # type: ignore[no-untyped-def]
    uncited = next(c for c in review.library.get_article(article_id=SEED).claims if not c.citations)
    review.review.link_reference(claim_id=uncited.id, reference=2, user="rita")
    assert claim(review, uncited.id).citations == (2,)
    review.review.set_verdict(claim_id=uncited.id, reference=2, verdict="unverifiable", user="rita")
    assert review.library.get_article(article_id=SEED).summary.claims_reviewed >= 1
    with pytest.raises(ValidationError):
        review.review.link_reference(claim_id=uncited.id, reference=2, user="rita")
    review.review.mark_needs_citation(claim_id=uncited.id, user="rita")
    assert claim(review, uncited.id).needs_citation
    review.review.mark_needs_citation(claim_id=uncited.id, user="rita", needed=False)
    assert not claim(review, uncited.id).needs_citation


def test_add_split_merge_claims(review) -> None:  # type: ignore[no-untyped-def]
    detail = review.library.get_article(article_id=SEED)
    c = next(c for c in detail.claims if c.citations == (1,))
    review.review.set_verdict(claim_id=c.id, reference=1, verdict="supported", user="rita")
    # split at a word boundary inside the claim
    at = detail.body.index(" ", c.start + (c.end - c.start) // 2)
    changes = review.review.split_claim(claim_id=c.id, at=at, user="rita")
    assert c.id in changes.claims and len(changes.claims) == 2
    (right_id,) = changes.claims - {c.id}
    left, right = claim(review, c.id), claim(review, right_id)
    assert (left.start, right.end) == (c.start, c.end) and left.end <= right.start
    assert right.citations == (1,) and right.verdicts[0].needs_recheck
    with pytest.raises(ValidationError):
        review.review.split_claim(claim_id=c.id, at=c.start, user="rita")
    merged = review.review.merge_claims(claim_ids=[right_id, c.id], user="rita")
    whole = claim(review, c.id)
    assert (whole.start, whole.end, whole.quote) == (c.start, c.end, c.quote)
    assert merged.claims == {c.id, right_id}
    assert [v.verdict for v in whole.verdicts] == ["supported"]
    claims = review.library.get_article(article_id=SEED).claims
    first, third = claims[0], claims[2]
    with pytest.raises(ValidationError):
        review.review.merge_claims(claim_ids=[first.id, third.id], user="rita")
    # a manual claim from a selection
    added = review.review.add_claim(article_id=SEED, start=c.start, end=c.start + 40, user="rita")
    (new_id,) = added.claims
    new = claim(review, new_id)
    assert new.origin == "manual" and new.quote == detail.body[c.start:c.start + 40].strip()
    with pytest.raises(ValidationError):
        review.review.add_claim(article_id=SEED, start=c.start, end=c.start + 40, user="rita")
    assert review.audit.verify().ok


def test_merge_drops_conflicting_verdicts_and_audits(review) -> None:  # type: ignore[no-untyped-def]
    claims = [c for c in review.library.get_article(article_id=SEED).claims if not c.orphaned]
    a, b = claims[0], claims[1]
    for x, verdict in ((a, "supported"), (b, "contradicted")):
        review.review.link_reference(claim_id=x.id, reference=3, user="rita") if 3 not in x.citations else None
        review.review.set_verdict(claim_id=x.id, reference=3, verdict=verdict, user="rita")
    review.review.merge_claims(claim_ids=[a.id, b.id], user="rita")
    assert all(v.reference != 3 for v in claim(review, a.id).verdicts)
    assert "verdict.drop" in actions(review)


def test_comment_threads(review) -> None:  # type: ignore[no-untyped-def]
    body = review.library.get_article(article_id=SEED).body
    with pytest.raises(ValidationError):
        review.review.add_comment(article_id=SEED, body="  ", user="alan")
    with pytest.raises(ValidationError):
        review.review.add_comment(article_id=SEED, body="x", user="alan", start=5, end=10**6)
    review.review.add_comment(article_id=SEED, body="Check this dose.", user="rita", start=30, end=60)
    (root,) = review.review.comments(article_id=SEED)
    assert root.quote == body[30:60] and root.author == "rita" and root.depth == 0
    review.review.add_comment(article_id=SEED, body="Fixed in the text.", user="alan", parent_id=root.id)
    review.review.add_comment(article_id=SEED, body="General remark.", user="alan")
    views = review.review.comments(article_id=SEED)
    assert [(v.parent_id, v.depth) for v in views] == [(None, 0), (root.id, 1), (None, 0)]
    review.review.resolve_comment(comment_id=root.id, user="rita")
    resolved = review.review.comments(article_id=SEED)[0]
    assert resolved.resolved and resolved.resolved_by == "rita"
    with pytest.raises(ValidationError):
        review.review.resolve_comment(comment_id=root.id, user="rita")
    review.review.reopen_comment(comment_id=root.id, user="alan")
    assert not review.review.comments(article_id=SEED)[0].resolved
    assert {"comment.add", "comment.resolve", "comment.reopen"} <= set(actions(review))


def test_checks_findings_and_dismissal(review) -> None:  # type: ignore[no-untyped-def]
    report = review.review.run_checks(article_id=SEED, user="rita")
    assert report.findings
    codes = {f.code for f in report.findings}
    assert "citation-unresolved" in codes  # seed 004 cites a fourth reference it does not list
    unresolved = next(f for f in report.findings if f.code == "citation-unresolved")
    assert unresolved.claim_id is not None and unresolved.reference == 4
    assert review.library.get_article(article_id=SEED).summary.findings == report.open_findings
    with pytest.raises(ValidationError):
        review.review.dismiss_finding(finding_id=unresolved.id, user="rita", reason=" ")
    with pytest.raises(PermissionDenied):
        review.review.dismiss_finding(finding_id=unresolved.id, user="alan", reason="fine")
    review.review.dismiss_finding(finding_id=unresolved.id, user="rita", reason="reference 4 is in the appendix")
    views = {f.id: f for f in review.review.findings(article_id=SEED)}
    assert views[unresolved.id].dismissed and views[unresolved.id].dismissed_by == "rita"
    assert review.library.get_article(article_id=SEED).summary.findings == report.open_findings - 1
    # a re-run keeps the dismissal (same fingerprint)
    again = review.review.run_checks(article_id=SEED)
    assert sum(f.dismissed for f in again.findings) == 1 and again.carried_dismissals == 1
    assert "finding.dismiss" in actions(review)


def test_findings_are_read_as_stored_at_import(review) -> None:  # type: ignore[no-untyped-def]
    first = review.review.findings(article_id=SEED)
    assert first and review.review.findings(article_id=SEED) == first
    assert actions(review).count("checks.run") == 0  # checked when imported: reading runs nothing
    assert review.review.check_all_unchecked() == 0
    assert review.audit.verify().ok


def test_save_revision_reanchors_flags_and_orphans(review) -> None:  # type: ignore[no-untyped-def]
    detail = review.library.get_article(article_id=SEED)
    c = next(c for c in detail.claims if c.citations == (1,))
    review.review.set_verdict(claim_id=c.id, reference=1, verdict="supported", user="rita")
    gone = next(x for x in detail.claims if x.id != c.id and x.quote in detail.body)
    review.review.add_comment(article_id=SEED, body="Where is this from?", user="rita", start=gone.start, end=gone.end)
    edited = detail.body.replace(c.quote, c.quote.replace(" the ", " this ", 1), 1).replace(gone.quote, "")
    first_break = edited.index("\n\n", 30)
    new_sentence = "Registry data now show that 45% of patients improved within two years [2]."
    edited = edited[:first_break] + "\n\n" + new_sentence + edited[first_break:]
    with pytest.raises(ConflictError):
        review.review.save_revision(article_id=SEED, body=edited, user="alan", expected_version=detail.version - 1)
    result = review.review.save_revision(article_id=SEED, body=edited, user="alan", expected_version=detail.version)
    assert result.revision_number == 2
    assert {(o.kind, o.id) for o in result.orphans} >= {("claim", gone.id)}
    assert any(o.kind == "comment" for o in result.orphans)
    after = review.library.get_article(article_id=SEED)
    assert after.version == detail.version + 1 and after.revision_id == result.revision_id
    moved = claim(review, c.id)
    assert not moved.orphaned and moved.quote == after.body[moved.start:moved.end]
    assert moved.verdicts[0].needs_recheck and c.id in result.rechecks
    assert claim(review, gone.id).orphaned
    assert any(claim(review, i).text.startswith("Registry data") for i in result.new_claims)
    for x in after.claims:
        if not x.orphaned:
            assert after.body[x.start:x.end] == x.quote
    assert after.last_edited_by == "alan"
    assert review.library.list_articles(search="Registry")[0].id == SEED
    assert review.review.comments(article_id=SEED)[0].orphaned
    assert review.audit.verify().ok


def test_save_reopens_an_approved_article(review) -> None:  # type: ignore[no-untyped-def]
    with review._write() as session:
        session.execute(update(Article).where(Article.id == SEED).values(status="Approved"))
    detail = review.library.get_article(article_id=SEED)
    review.review.save_revision(article_id=SEED, body=detail.body + "\nOne more line.\n", user="alan")
    assert review.library.get_article(article_id=SEED).status == "Under Review"
    with review._read() as session:
        t = session.execute(
            select(Transition.from_status, Transition.to_status, Transition.reason, AuditEvent.action)
            .join(AuditEvent, AuditEvent.id == Transition.audit_event_id).where(Transition.article_id == SEED)
        ).one()
    assert tuple(t) == ("Approved", "Under Review", "content edited after approval", "transition")
    assert "transition" in actions(review)
    # saving the same content again changes nothing
    same = review.review.save_revision(article_id=SEED, body=detail.body + "\nOne more line.\n", user="alan")
    assert same.revision_number == 2 and not same.orphans


def test_undo_redo_every_action_kind(review) -> None:  # type: ignore[no-untyped-def]
    ws = review
    assert ws.review.undo_label() is None
    with pytest.raises(ValidationError):
        ws.review.undo(user="rita")
    detail = ws.library.get_article(article_id=SEED)
    c = next(c for c in detail.claims if c.citations == (1,))
    uncited = next(x for x in detail.claims if not x.citations)
    finding = ws.review.run_checks(article_id=SEED).findings[0]
    at = detail.body.index(" ", c.start + (c.end - c.start) // 2)

    def state():  # type: ignore[no-untyped-def]
        d = ws.library.get_article(article_id=SEED)
        return (
            [(x.id, x.start, x.end, x.citations, x.needs_citation, [(v.reference, v.verdict) for v in x.verdicts])
             for x in d.claims],
            [(v.id, v.resolved) for v in ws.review.comments(article_id=SEED)],
            [(f.id, f.dismissed) for f in ws.review.findings(article_id=SEED)],
            d.summary.claims_reviewed,
        )

    steps = [
        lambda: ws.review.set_verdict(claim_id=c.id, reference=1, verdict="supported", user="rita"),
        lambda: ws.review.set_verdict(claim_id=c.id, reference=1, verdict="contradicted", user="rita"),
        lambda: ws.review.clear_verdict(claim_id=c.id, reference=1, user="rita"),
        lambda: ws.review.link_reference(claim_id=uncited.id, reference=3, user="rita"),
        lambda: ws.review.mark_needs_citation(claim_id=uncited.id, user="rita"),
        lambda: ws.review.add_claim(article_id=SEED, start=c.start, end=c.start + 30, user="rita"),
        lambda: ws.review.split_claim(claim_id=c.id, at=at, user="rita"),
        lambda: ws.review.merge_claims(claim_ids=[detail.claims[0].id, detail.claims[1].id], user="rita"),
        lambda: ws.review.add_comment(article_id=SEED, body="A note.", user="rita", start=10, end=20),
        lambda: ws.review.resolve_comment(comment_id=ws.review.comments(article_id=SEED)[0].id, user="rita"),
        lambda: ws.review.reopen_comment(comment_id=ws.review.comments(article_id=SEED)[0].id, user="rita"),
        lambda: ws.review.dismiss_finding(finding_id=finding.id, user="rita", reason="not relevant here"),
    ]
    for step in steps:
        before = state()
        changes = step()
        done = state()
        assert done != before
        assert ws.review.undo_label() == changes.undo_label
        undone = ws.review.undo(user="rita")
        assert undone.undo_label == changes.undo_label and ws.review.redo_label() == changes.undo_label
        assert _same(state(), before)
        ws.review.redo(user="rita")
        assert _same(state(), done)
        assert ws.review.redo_label() is None
    assert actions(ws).count("undo") == len(steps) and actions(ws).count("redo") == len(steps)
    # a new action clears the redo stack
    ws.review.undo(user="rita")
    ws.review.mark_needs_citation(claim_id=uncited.id, user="rita", needed=False)
    assert ws.review.redo_label() is None
    with pytest.raises(PermissionDenied):
        ws.review.undo(user="alan")
    assert ws.audit.verify().ok


def _same(a, b) -> bool:  # type: ignore[no-untyped-def]
    """Equal states, claim ids aside (a re-created claim may get a new id)."""
    strip = lambda s: ([x[1:] for x in s[0]], s[1], [f[1] for f in s[2]], s[3])  # noqa: E731
    return strip(a) == strip(b)
