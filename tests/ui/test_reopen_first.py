"""Changing what an approval's signature covers, from the window: reopen it first (audited), or leave it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.people import board
from tests.review_helpers import REVIEWER, approve
from tests.ui.conftest import wait_idle
from ui.dialogs.reopen_first import ReopenFirstDialog

ARTICLE = 5  # a sample article with three references and claims that cite them
REASON = "the 2024 trial contradicts it"


def approved(ui_db: str, *, comment: str | None = None) -> None:
    with board(ui_db) as ws:
        if comment:
            ws.review.add_comment(article_id=ARTICLE, body=comment, user=REVIEWER)
        approve(ws, ARTICLE)


def answer(monkeypatch: pytest.MonkeyPatch, reason: str | None) -> list[str]:
    """The real reopen dialog is filled with ``reason`` (None: Cancel); returns the reason each one showed."""
    asked: list[str] = []

    def ask(cls: type[ReopenFirstDialog], parent: object, refusal: str) -> str | None:
        dialog = cls(refusal, parent)  # type: ignore[arg-type]
        asked.append(dialog.findChild(QLabel, "reopenFirstReason").text())  # what the person reads
        dialog.reason.setPlainText(reason or "")
        assert dialog.ok.isEnabled() == bool(reason)  # no reopening without a reason
        return reason

    monkeypatch.setattr(ReopenFirstDialog, "ask", classmethod(ask))
    return asked


def cited_claim(qtbot, window) -> tuple:  # type: ignore[no-untyped-def]
    """Select the first claim that cites a reference; its id and that reference."""
    claim = next(c for c in window.controller.shown.workspace.detail.claims if c.citations)
    window.controller.select_claim(claim.id)
    qtbot.waitUntil(lambda: window.controller.current_reference() is not None, timeout=10_000)
    return claim, window.controller.current_reference()


def save_verdict(qtbot, window, verdict: str) -> None:  # type: ignore[no-untyped-def]
    tab = window.review.claims_tab
    tab.verdict.setCurrentIndex(tab.verdict.findData(verdict))
    qtbot.mouseClick(tab.save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)


def shown_verdict(ws, claim_id: int, reference: int) -> str | None:  # type: ignore[no-untyped-def]
    claim = next(c for c in ws.library.get_article(article_id=ARTICLE).claims if c.id == claim_id)
    return next((v.verdict for v in claim.verdicts if v.reference == reference), None)


def test_a_verdict_on_an_approved_article_reopens_it_first_with_the_reason_given(
        qtbot, main_window, ui_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    approved(ui_db)
    asked = answer(monkeypatch, REASON)
    window = main_window(user=REVIEWER, article=ARTICLE)
    claim, reference = cited_claim(qtbot, window)
    save_verdict(qtbot, window, "contradicted")

    assert len(asked) == 1 and f"article {ARTICLE} is Approved and signed, so its verdicts cannot change" in asked[0]
    with board(ui_db) as ws:
        assert ws.library.get_article(article_id=ARTICLE).summary.status == "Under Review"
        assert shown_verdict(ws, claim.id, reference) == "contradicted"
        history = ws.workflow.history(article_id=ARTICLE)
        reopen = next(e for e in history if e.action == "transition" and e.old == "Approved")
        assert reopen.actor == REVIEWER and REASON in reopen.reason
        assert not any(e.action == "change.refused" for e in history)  # asked before trying: nothing refused
        (signature,) = ws.workflow.signatures(article_id=ARTICLE)
        assert signature.superseded
    qtbot.waitUntil(lambda: window.reader.header.status.text() == "Under Review", timeout=10_000)


def test_cancel_leaves_the_approved_article_as_it_was(qtbot, main_window, ui_db: str,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    approved(ui_db)
    asked = answer(monkeypatch, None)
    with board(ui_db) as ws:
        events = len(ws.workflow.history(article_id=ARTICLE))
    window = main_window(user=REVIEWER, article=ARTICLE)
    claim, reference = cited_claim(qtbot, window)
    save_verdict(qtbot, window, "contradicted")
    assert len(asked) == 1
    with board(ui_db) as ws:
        assert ws.library.get_article(article_id=ARTICLE).summary.status == "Approved"
        assert shown_verdict(ws, claim.id, reference) == "supported"
        assert len(ws.workflow.history(article_id=ARTICLE)) == events
        (signature,) = ws.workflow.signatures(article_id=ARTICLE)
        assert not signature.superseded and ws.workflow.check_signature(signature_id=signature.id).valid


def test_resolving_a_comment_on_an_approved_article_offers_the_same(qtbot, main_window, ui_db: str,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    approved(ui_db, comment="Check the dose in the second paragraph.")
    asked = answer(monkeypatch, "the dose was wrong after all")
    window = main_window(user=REVIEWER, article=ARTICLE)
    comments = window.review.comments_tab
    window.review.setCurrentWidget(comments)
    comments.comments.setCurrentRow(0)
    qtbot.mouseClick(comments.resolve, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert len(asked) == 1 and "comments' resolution cannot change" in asked[0]
    with board(ui_db) as ws:
        assert ws.library.get_article(article_id=ARTICLE).summary.status == "Under Review"
        assert all(c.resolved for c in ws.review.comments(article_id=ARTICLE))


def test_approved_at_another_desk_meanwhile_the_refusal_is_audited_and_the_same_choice_offered(
        qtbot, main_window, ui_db: str, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user=REVIEWER, article=ARTICLE)
    approved(ui_db)
    # The window has not heard of the approval yet: it still shows the article Under Review.
    shown = window.desk.shown
    workspace = replace(shown.workspace, detail=replace(shown.workspace.detail, summary=replace(
        shown.workspace.detail.summary, status="Under Review")))
    assert window.desk.show(replace(shown, workspace=workspace))
    asked = answer(monkeypatch, REASON)
    claim, reference = cited_claim(qtbot, window)
    save_verdict(qtbot, window, "not-supported")
    assert len(asked) == 1 and asked[0].startswith(f"Approved record: article {ARTICLE} is Approved and signed")
    with board(ui_db) as ws:
        history = ws.workflow.history(article_id=ARTICLE)
        assert any(e.action == "change.refused" and e.actor == REVIEWER for e in history)
        assert ws.library.get_article(article_id=ARTICLE).summary.status == "Under Review"
        assert shown_verdict(ws, claim.id, reference) == "not-supported"
