"""Small set-up steps shared by tests: the review team, and taking an article through to Approved.

Kept in one place so that a change in how users sign in touches only this file.
"""

from __future__ import annotations

REVIEWER, APPROVER = "rev", "appr"
PASSWORD = "pw-long-enough-1"


def add_team(ws) -> None:  # type: ignore[no-untyped-def]
    """A reviewer and an approver (with a printed name) who can sign."""
    ws.add_user(name=REVIEWER, role="reviewer", password=PASSWORD)
    ws.add_user(name=APPROVER, role="approver", password=PASSWORD, display_name="Dr. A. Approver")


def review(ws, article_id: int, *, verdict: str = "supported") -> None:  # type: ignore[no-untyped-def]
    """Start the review, give every citation a verdict and dismiss every open finding."""
    if ws.get_article(article_id=article_id).summary.status == "Submitted":
        ws.transition(article_id=article_id, to="under-review", user=REVIEWER)
    for claim in ws.get_article(article_id=article_id).claims:
        for number in claim.citations:
            ws.set_verdict(claim_id=claim.id, reference=number, verdict=verdict, user=REVIEWER)
    for finding in ws.findings(article_id=article_id):
        if not finding.dismissed:
            ws.dismiss_finding(finding_id=finding.id, user=REVIEWER, reason="acceptable here")


def approve(ws, article_id: int) -> int:  # type: ignore[no-untyped-def]
    """Review the article and sign its approval; returns the signature id."""
    review(ws, article_id)
    result = ws.transition(article_id=article_id, to="Approved", user=APPROVER, password=PASSWORD)
    return result.signature_id
