"""Who sits at the window: sign out, switch user, a read-only window, one's own password."""

from __future__ import annotations

import sqlite3

import pytest

import ui.session
from tests.people import board, password_for
from tests.ui.conftest import wait_idle
from tests.ui.signing import answer_password_change, answer_sign_in
from workstation.facade import Workstation

UNDER_REVIEW = 4  # seed 003: no citations, so an approver may approve it as soon as it is under review


@pytest.fixture
def under_review(ui_db: str) -> int:
    with board(ui_db) as ws:
        ws.workflow.transition(article_id=UNDER_REVIEW, to="Under Review", user="rev")
    return UNDER_REVIEW


def user_actions(db: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as raw:
        return list(raw.execute("SELECT actor, action FROM audit_event WHERE entity = 'user' ORDER BY id"))


def test_switching_from_reviewer_to_approver_enables_approve(qtbot, main_window, under_review, ui_db,  # type: ignore[no-untyped-def]
                                                              monkeypatch) -> None:
    window = main_window(user="rev", article=under_review)
    approve = window.workflow.actions["approve"]
    assert not approve.isEnabled() and "reviewer may not approve" in approve.toolTip()
    assert window.user_label.text() == "Signed in as Rita Reviewer (reviewer)"
    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    window.session.action_switch.trigger()
    qtbot.waitUntil(lambda: window.user == "appr" and approve.isEnabled(), timeout=10_000)
    wait_idle(qtbot, window)
    assert window.user_label.text() == "Signed in as Anna Approver (approver)"
    assert window.workstation.signed_in == ("appr",)
    assert user_actions(ui_db)[-2:] == [("appr", "user.sign_in"), ("rev", "user.sign_out")]
    # And back: the reviewer may not approve.
    answer_sign_in(monkeypatch, ("rev", password_for("rev")))
    window.session.action_switch.trigger()
    qtbot.waitUntil(lambda: window.user == "rev" and not approve.isEnabled(), timeout=10_000)


def test_a_cancelled_switch_keeps_the_person_signed_in(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    answer_sign_in(monkeypatch, None)
    window.session.action_switch.trigger()
    wait_idle(qtbot, window)
    assert window.user == "rev" and window.workstation.signed_in == ("rev",)


def test_sign_out_leaves_a_read_only_window_until_someone_signs_in(qtbot, main_window, ui_db,  # type: ignore[no-untyped-def]
                                                                   monkeypatch) -> None:
    window = main_window(user="rev", article=5)
    tab = window.review.claims_tab
    shown = answer_sign_in(monkeypatch, None)  # nobody signs in after the sign-out
    window.session.action_sign_out.trigger()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10_000)
    wait_idle(qtbot, window)
    assert window.user is None and window.workstation.signed_in == ()
    assert ("rev", "user.sign_out") in user_actions(ui_db)
    assert window.user_label.text() == "Not signed in · read-only"
    session = window.session
    assert session.action_sign_in.isVisible() and not session.action_sign_out.isVisible()
    assert not session.action_switch.isVisible() and not session.action_password.isVisible()
    assert not session.action_users.isEnabled() and "sign in as an admin" in session.action_users.toolTip()
    # Nothing that changes the database can be used.
    assert not window.action_import.isEnabled() and not window.action_save.isEnabled()
    assert not window.action_undo.isEnabled()
    assert all(not a.isEnabled() for a in window.workflow.actions.values())
    assert not tab.save.isEnabled() and not tab.verdict.isEnabled() and not tab.evidence.isEnabled()
    assert not window.review.comments_tab.add.isEnabled() and not window.review.comments_tab.body.isEnabled()
    assert window.review.editor_tab.source.isReadOnly() and not window.review.editor_tab.save.isEnabled()
    # The article stays readable.
    assert window.reader.toPlainText().strip() and window.current_article == 5

    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    session.action_sign_in.trigger()
    qtbot.waitUntil(lambda: window.user == "appr", timeout=10_000)
    wait_idle(qtbot, window)
    assert not window.review.editor_tab.source.isReadOnly() and window.action_import.isEnabled()
    assert session.action_sign_out.isVisible() and not session.action_sign_in.isVisible()


def test_the_next_person_cannot_undo_what_the_last_one_did(qtbot, main_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    claims = window.review.claims_tab.claims
    while not window.controller.current_claim().citations:
        claims.setCurrentRow(claims.currentRow() + 1)
    claim_id = window.controller.current_claim_id()
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        window.controller.set_verdict_number(1)
    wait_idle(qtbot, window)
    assert window.action_undo.isEnabled()
    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    window.session.action_switch.trigger()
    qtbot.waitUntil(lambda: window.user == "appr", timeout=10_000)
    wait_idle(qtbot, window)
    assert not window.action_undo.isEnabled() and window.workstation.review.undo_label() is None
    window.action_undo.trigger()  # disabled: nothing happens
    wait_idle(qtbot, window)
    with board(ui_db) as ws:
        claim = next(c for c in ws.library.get_article(article_id=5).claims if c.id == claim_id)
        assert [(v.reviewer, v.verdict) for v in claim.verdicts] == [("rev", "supported")]


def test_signing_out_asks_before_discarding_unsaved_text(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev", article=5)
    window.review.setCurrentWidget(window.review.editor_tab)  # the source is put in once the tab is shown
    wait_idle(qtbot, window)
    source = window.review.editor_tab.source
    stored = source.toPlainText()
    source.appendPlainText("A sentence rev has not saved.")
    window.review.comments_tab.body.setText("A half-written comment")
    asked: list[str] = []
    monkeypatch.setattr(ui.session, "confirm_discard", lambda parent, what: asked.append(what) or False)
    window.session.action_sign_out.trigger()
    wait_idle(qtbot, window)
    assert asked == ["The article source in the editor and the comment being written"]
    assert window.user == "rev" and "A sentence rev has not saved." in source.toPlainText()

    # Agreed: the next person does not inherit (and cannot save under their name) what rev typed.
    monkeypatch.setattr(ui.session, "confirm_discard", lambda parent, what: True)
    answer_sign_in(monkeypatch, ("appr", password_for("appr")))
    window.session.action_sign_out.trigger()
    qtbot.waitUntil(lambda: window.user == "appr", timeout=10_000)
    wait_idle(qtbot, window)
    assert source.toPlainText() == stored and not source.document().isModified()
    assert window.review.comments_tab.body.text() == ""


def test_change_my_password(qtbot, main_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="rev")
    new = "rev reads every reference"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert dialog.windowTitle() == "Change my password" and "Rita Reviewer (rev)" in dialog.intro.text()
        dialog.current.setText(password_for("rev"))
        dialog.new.setText(new)
        dialog.repeat.setText(new)

    shown = answer_password_change(monkeypatch, fill)
    window.session.action_password.trigger()
    assert len(shown) == 1 and window.statusBar().currentMessage() == "Your password was changed."
    with Workstation.open(ui_db) as ws:
        ws.users.sign_in(name="rev", password=new)
    assert ("rev", "user.password_changed") in user_actions(ui_db)
