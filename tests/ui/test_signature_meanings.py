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
