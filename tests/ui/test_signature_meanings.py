"""One list of signature meanings: the dialog offers the workflow's, the default first."""

from __future__ import annotations

from tests.people import password_for
from workstation.workflow import DEFAULT_MEANING, SIGNATURE_MEANINGS


def test_one_list_of_signature_meanings_with_the_default_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.dialogs.signature import SignatureDialog

    assert SIGNATURE_MEANINGS[0] == DEFAULT_MEANING == "Approved as medically accurate"
    assert len(set(SIGNATURE_MEANINGS)) == len(SIGNATURE_MEANINGS)
    dialog = SignatureDialog("Anna Approver", [])
    qtbot.addWidget(dialog)
    assert [dialog.meaning.itemText(i) for i in range(dialog.meaning.count())] == list(SIGNATURE_MEANINGS)
    assert dialog.meaning.currentText() == DEFAULT_MEANING



def test_signing_without_a_choice_records_the_default(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.signature import SignatureDialog

    def accept(dialog: SignatureDialog) -> QDialog.DialogCode:
        dialog.password.setText(password_for("appr"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignatureDialog, "exec", accept)
    signature = SignatureDialog.ask(None, "Anna Approver", [])
    assert signature is not None and signature.meaning == DEFAULT_MEANING


def test_every_signing_asks_for_the_password_again(qtbot, main_window, ui_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Part 11 §11.200: each signing is a new act with the password, never one remembered from before."""
    from PySide6.QtWidgets import QDialog

    from tests.people import board
    from tests.ui.conftest import wait_idle
    from ui.dialogs.reason import ReasonDialog
    from ui.dialogs.signature import SignatureDialog

    article = 4  # no citations: approvable as soon as it is under review
    with board(ui_db) as ws:
        ws.workflow.transition(article_id=article, to="Under Review", user="rev")
    window = main_window(user="appr", article=article)
    typed = iter(["not my password", password_for("appr"), password_for("appr")])
    asked: list[str] = []

    def sign(dialog: SignatureDialog) -> QDialog.DialogCode:
        asked.append(dialog.password.text())  # what the field held when it was shown
        dialog.password.setText(next(typed))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignatureDialog, "exec", sign)
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "A new study changes the advice"))

    def status() -> str:
        with board(ui_db) as ws:
            return ws.library.get_article(article_id=article).summary.status

    approve, reopen = window.workflow.actions["approve"], window.workflow.actions["reopen"]
    approve.trigger()  # a wrong password: refused, nothing signed
    wait_idle(qtbot, window)
    assert status() == "Under Review"
    approve.trigger()
    qtbot.waitUntil(lambda: reopen.isEnabled(), timeout=10_000)
    assert status() == "Approved"
    reopen.trigger()
    qtbot.waitUntil(lambda: approve.isEnabled(), timeout=10_000)
    approve.trigger()
    qtbot.waitUntil(lambda: reopen.isEnabled(), timeout=10_000)
    assert status() == "Approved"
    assert asked == ["", "", ""]  # asked three times, the field empty each time
    with board(ui_db) as ws:
        signatures = ws.workflow.signatures(article_id=article)
    assert len(signatures) == 2
