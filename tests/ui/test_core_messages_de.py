"""Sentences the core composed, shown in German by the real window (--lang de); stored in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox

import ui.errors
from tests.people import board
from tests.review_helpers import REVIEWER
from tests.ui.conftest import wait_idle
from tests.ui.test_reopen_first import ARTICLE, answer, approved, cited_claim, save_verdict
from ui.i18n import install_language, remove_language

PROMOTIONAL = 4  # a sample article with a promotional sentence among its findings


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "de") == "de"
    yield
    remove_language(qapp)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every warning box the window opens (its one place that shows errors)."""
    shown: list[str] = []
    monkeypatch.setattr(ui.errors, "show_dialogs", True)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def test_a_refused_workflow_step_says_why_in_german(qtbot, german, main_window, warnings_shown) -> None:  # type: ignore[no-untyped-def]
    window = main_window(user="auth", article=1)
    start = window.workflow.actions["start_review"]
    assert not start.isEnabled()
    assert start.toolTip() == ("Begutachtung starten: Rolle: Ein Autor darf nicht die Begutachtung starten; "
                               "das dürfen nur: Gutachter, Freigeber, Administrator")

    window.workflow.trigger("start_review")  # the core refuses it, as it would a stale menu
    wait_idle(qtbot, window)
    assert warnings_shown == ["Rolle: Ein Autor darf nicht die Begutachtung starten; "
                              "das dürfen nur: Gutachter, Freigeber, Administrator"]
    with board(window.workstation.url) as ws:
        assert ws.library.get_article(article_id=1).summary.status == "Submitted"


def test_a_finding_reads_in_german_and_stays_english_in_the_record(qtbot, german, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=PROMOTIONAL)
    window.review.setCurrentWidget(window.review.findings_tab)  # its cards are made once it is shown
    findings = window.findChild(QListWidget, "findingsList")
    qtbot.waitUntil(lambda: findings.count() > 0, timeout=10_000)
    shown = {findings.item(r).data(Qt.ItemDataRole.UserRole).code: findings.item(r).text()
             for r in range(findings.count())}
    assert shown["promotional-language"].startswith(
        "Dieser Satz verwendet werbende oder absolute Formulierungen (“outperform other")
    assert "Kürzen Sie lange Sätze (der längste hat " in shown["reading-level"]
    assert "Klassenstufe 11,7 (Flesch-Kincaid)" in shown["reading-level"]  # the number by the locale
    assert "über dem Ziel von Stufe 10 für die Zielgruppe „Patienten“" in shown["reading-level"], shown["reading-level"]
    with board(window.workstation.url) as ws:
        stored = {f.code: f.message for f in ws.review.findings(article_id=PROMOTIONAL)}
    assert stored["promotional-language"].startswith("This sentence uses promotional or absolute wording")


def test_the_frozen_record_notice_is_german(qtbot, german, main_window, ui_db: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    approved(ui_db)
    asked = answer(monkeypatch, None)  # the reviewer reads it and leaves the record as it is
    window = main_window(user=REVIEWER, article=ARTICLE)
    cited_claim(qtbot, window)
    save_verdict(qtbot, window, "contradicted")
    (notice,) = asked
    assert notice.startswith(f"Freigegebener Datensatz: Artikel {ARTICLE} ist freigegeben und signiert, daher können "
                             "seine Bewertungen nicht geändert werden; öffnen Sie ihn zuerst wieder (mit Begründung), "
                             "wodurch die Signatur ersetzt wird.")


def test_an_import_error_is_german(qtbot, german, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    empty = tmp_path / "empty.md"
    empty.write_text("   \n", encoding="utf-8")
    folder = tmp_path / "folder.md"
    folder.mkdir()
    window.import_paths([str(empty), str(folder)])
    qtbot.waitUntil(lambda: "fehlgeschlagen" in window.statusBar().currentMessage(), timeout=10_000)
    message = window.statusBar().currentMessage()
    assert "empty.md: Die Datei ist leer" in message
    assert "folder.md: Das ist ein Ordner, keine Datei" in message


def test_qt_own_buttons_are_german(qtbot, german) -> None:  # type: ignore[no-untyped-def]
    """Qt's own strings (qtbase_de.qm): the standard buttons of every message box and file dialog."""
    box = QMessageBox(QMessageBox.Icon.Question, "Titel", "Text",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Abbrechen"
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Ja"


def test_a_missing_qt_translation_is_said_and_the_window_stays_usable(
        qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    import ui.i18n

    monkeypatch.setattr(ui.i18n, "qt_translations", lambda: str(tmp_path))
    try:
        assert install_language(qapp, "de") == "de"  # the window's own German still loads
        said = capsys.readouterr().err
        assert f"qtbase_de.qm) is missing from {tmp_path}" in said
    finally:
        remove_language(qapp)
