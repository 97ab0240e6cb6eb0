"""Small set-up steps shared by tests: the review team, and taking an article through to Approved.

The team goes through the same door a real board does (tests/people.py): the
board admin adds the reviewer and the approver, and each signs in with their own
password at the facade they act on.
"""

from __future__ import annotations

from tests.people import ADMIN, add_person, password_for

REVIEWER, APPROVER = "rev", "appr"
IMPORTER = ADMIN  # imports by the admin, so neither the reviewer nor the approver is the author


def add_team(ws) -> None:  # type: ignore[no-untyped-def]
    """A reviewer and an approver (with a printed name) who can sign, both signed in at ``ws``."""
    add_person(ws, REVIEWER, "reviewer")
    add_person(ws, APPROVER, "approver", display_name="Dr. A. Approver")


def review(ws, article_id: int, *, verdict: str = "supported") -> None:  # type: ignore[no-untyped-def]
    """Start the review, give every citation a verdict and dismiss every open finding."""
    if ws.library.get_article(article_id=article_id).summary.status == "Submitted":
        ws.workflow.transition(article_id=article_id, to="under-review", user=REVIEWER)
    for claim in ws.library.get_article(article_id=article_id).claims:
        for number in claim.citations:
            ws.review.set_verdict(claim_id=claim.id, reference=number, verdict=verdict, user=REVIEWER)
    for finding in ws.review.findings(article_id=article_id):
        if not finding.dismissed:
            ws.review.dismiss_finding(finding_id=finding.id, user=REVIEWER, reason="acceptable here")


def approve(ws, article_id: int) -> int:  # type: ignore[no-untyped-def]
    """Review the article and sign its approval; returns the signature id."""
    review(ws, article_id)
    result = ws.workflow.transition(article_id=article_id, to="Approved", user=APPROVER, password=password_for(APPROVER))
    return result.signature_id
