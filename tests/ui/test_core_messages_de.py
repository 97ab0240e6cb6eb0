"""Sentences the core composed, shown in German by the real window (--lang de); stored in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMessageBox

import ui.errors
from tests.people import board
from tests.review_helpers import ADMIN, REVIEWER
from tests.ui.conftest import wait_idle
from tests.ui.test_reopen_first import ARTICLE, answer, approved, cited_claim, save_verdict
from ui.i18n import install_language, remove_language

PROMOTIONAL = 4  # a sample article with a promotional sentence among its findings
ATTRIBUTION = 5  # one whose claims name sources its references do not bear out


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


def findings_shown(qtbot, window) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """The findings list's rows by the finding's code."""
    window.review.setCurrentWidget(window.review.findings_tab)  # its cards are made once it is shown
    findings = window.findChild(QListWidget, "findingsList")
    qtbot.waitUntil(lambda: findings.count() > 0, timeout=10_000)
    shown: dict[str, list[str]] = {}
    for row in range(findings.count()):
        item = findings.item(row)
        shown.setdefault(item.data(Qt.ItemDataRole.UserRole).code, []).append(item.text())
    return shown


def test_a_mismatched_attribution_reads_in_german(qtbot, german, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=ATTRIBUTION)
    shown = findings_shown(qtbot, window)["attribution-mismatch"]
    eular = next(text for text in shown if "EULAR" in text)
    assert eular.startswith("Diese Aussage nennt das Jahr 2023 und „EULAR“ als ihre Quelle, aber die zitierte "
                            "Quelle 1, "), eular
    assert "belegt das nicht: sie stammt aus 2025 und ihr Titel und ihre Fundstelle erwähnen „EULAR“ nicht. " \
           "Zitieren Sie die Quelle, die der Satz nennt, oder formulieren Sie den Satz so um, dass er zu Quelle 1 " \
           "passt." in eular, eular
    with board(window.workstation.url) as ws:
        stored = [f.message for f in ws.review.findings(article_id=ATTRIBUTION) if f.code == "attribution-mismatch"]
    assert any(m.startswith("This claim names the year 2023 and “EULAR” as its source") for m in stored)


def test_unsafe_markup_reads_in_german(qtbot, german, main_window, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "markup.md"
    source.write_text("---\ntitle: <b>Bold</b> news\nreferences:\n"
                      "  - {type: research, title: A <i>trial</i>, source: NEJM, year: 2020}\n---\n"
                      "Vitamin D helped <img src=x onerror=alert(1)> bones [1].\n", encoding="utf-8")
    with board(ui_db) as ws:
        (article,) = ws.library.import_files(paths=[source], user=ADMIN).imported
    window = main_window(article=article.id)
    shown = sorted(findings_shown(qtbot, window)["unsafe-markup"])
    assert shown == [
        "Unsicheres Markup im Artikeltext: <img>-Tag mit einem onerror=-Event-Handler. Artikel sind reines Markdown: "
        "Entfernen Sie das HTML oder schreiben Sie es als Markdown, und verlinken Sie nur auf http(s)-Adressen "
        "(Skripte, Event-Handler und javascript:-Links könnten bei der Veröffentlichung des Artikels ausgeführt werden).",
        "Unsicheres Markup im Titel: <b>-Tag. Der Titel ist reiner Text: Entfernen Sie das Markup.",
        "Unsicheres Markup in Quelle 1: ihr Feld „Titel“ enthält <i>-Tag. Geben Sie die Quelle als reinen Text mit "
        "einem http(s)-Link an.",
    ], shown
    with board(ui_db) as ws:
        stored = sorted(f.message for f in ws.review.findings(article_id=article.id) if f.code == "unsafe-markup")
    assert stored[0].startswith("Unsafe markup in reference 1: its title contains <i> tag.")


def test_notifications_read_in_german(qtbot, german, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    rita = main_window("rev", db=ui_db, article=1)
    bell = rita.teamwork.bell
    with board(ui_db) as desk:
        desk.workflow.assign(article_id=5, user="appr", reviewer="rev", due="2031-04-23")
        title = desk.library.get_article(article_id=5).summary.title
        claim = desk.library.get_article(article_id=2).claims[0]
        desk.review.add_comment(article_id=2, body="@rev could you look at this claim?", user="appr", claim_id=claim.id)
        title2 = desk.library.get_article(article_id=2).summary.title
        english = [n.message for n in desk.notifications.for_user(user="rev")]
    assert english[1] == f"appr assigned you to review “{title}”, due 2031-04-23"  # stored and read in English
    qtbot.waitUntil(lambda: bell.unread == 2, timeout=10_000)
    qtbot.mouseClick(bell.bell, Qt.MouseButton.LeftButton)
    listed = bell.popup.list
    qtbot.waitUntil(lambda: bell.popup.isVisible() and listed.count() == 2, timeout=10_000)
    mention, assigned = (listed.item(row).text() for row in range(2))
    assert mention.startswith("Hat Sie erwähnt · ")
    assert mention.endswith(f"\nappr hat Sie bei „{title2}“ erwähnt: @rev could you look at this claim?")
    assert assigned.startswith("Ihnen zugewiesen · ")
    assert assigned.endswith(f"\nappr hat Sie als Gutachter für „{title}“ eingeteilt, fällig am 23.04.2031"), assigned


def test_user_administration_refusals_are_german(qtbot, german, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    from workstation.errors import WorkstationError

    refusals = []
    with board(ui_db) as ws:
        for attempt in (lambda: ws.users.add_user(name="zoe", role="author", by="rev"),
                        lambda: ws.users.add_user(name="zoe", role="boss", by="admin"),
                        lambda: ws.users.deactivate_user(name="admin", by="admin")):
            with pytest.raises(WorkstationError) as refused:
                attempt()
            refusals.append((str(refused.value), ui.errors.error_text(refused.value)))
    assert refusals[0] == ("role: only an admin may add users; rev is reviewer",
                           "Rolle: Nur ein Administrator darf Benutzer hinzufügen; rev ist Gutachter")
    assert refusals[1][1] == "Rolle: eine von Autor, Gutachter, Freigeber, Administrator, nicht 'boss'"
    assert refusals[2][1] == ("admin ist der letzte aktive Administrator; machen Sie zuerst einen anderen Benutzer "
                              "zum Administrator")


def test_a_refused_reference_file_is_german(qtbot, german, main_window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    broken = tmp_path / "broken.nbib"
    broken.write_text("PMID- abc\nTI  - x\n", encoding="utf-8")
    window.references.import_paths([str(broken)])
    qtbot.waitUntil(lambda: "abgelehnt" in window.statusBar().currentMessage(), timeout=10_000)
    assert "broken.nbib: Datensatz 1 (Zeile 1): die PMID 'abc' ist keine PubMed-ID" in window.statusBar().currentMessage()


def test_undo_names_its_step_in_german(qtbot, german, main_window) -> None:  # type: ignore[no-untyped-def]
    from ui.core_messages import core_text
    from workstation.facade import frozen_message
    from workstation.messages import message

    window = main_window(article=ATTRIBUTION)
    controller = window.controller
    while not controller.current_claim().citations:
        controller.step_claim(1)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        controller.set_verdict_number(1)
    qtbot.waitUntil(window.action_undo.isEnabled, timeout=5000)
    assert window.action_undo.text() == "&Rückgängig: Bewertung setzen"
    notice = core_text(frozen_message(7, message("frozen.undo", label="Set verdict")))
    assert "daher können seine Prüfergebnisse (Rückgängig: „Bewertung setzen“) nicht geändert werden" in notice


def test_review_and_assignment_refusals_are_german(qtbot, german, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    from workstation.errors import WorkstationError

    shown = []
    with board(ui_db) as ws:
        claim = ws.library.get_article(article_id=ATTRIBUTION).claims[0]
        for attempt in (lambda: ws.workflow.assign(article_id=ATTRIBUTION, user="appr", reviewer="auth"),
                        lambda: ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user="auth"),
                        lambda: ws.review.merge_claims(claim_ids=[claim.id], user="rev")):
            with pytest.raises(WorkstationError) as refused:
                attempt()
            shown.append(ui.errors.error_text(refused.value))
    assert shown == [
        "Gutachter: auth ist Autor; der Gutachter muss Administrator oder Freigeber oder Gutachter sein",
        "auth ist Autor: Nur Gutachter, Freigeber, Administrator dürfen Bewertungen erfassen",
        "Zusammenführen: Nennen Sie mindestens zwei Aussagen",
    ]


def test_a_dashboard_selection_is_named_in_german(qapp, german) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, date, datetime

    from ui.core_messages import core_text
    from workstation.reports.selections import approved_in_week, with_review_cycles

    week = approved_in_week(date(2025, 10, 6))
    assert week.label == "Approved in the week of 6 Oct 2025"  # the English the command line and tests read
    assert core_text(week.label) == "Freigegeben in der Woche vom 6. Okt. 2025"
    cycles = with_review_cycles(2, datetime(2025, 10, 6, tzinfo=UTC))
    assert cycles.label == "First approved since 6 Oct 2025, changes requested 2 times"
    assert core_text(cycles.label) == "Erstmals freigegeben seit 6. Okt. 2025, 2-mal Änderungen angefordert"


def test_refusals_to_open_a_database_or_make_a_folder_read_in_german(german) -> None:  # type: ignore[no-untyped-def]
    from ui.core_messages import core_text
    from workstation.messages import message

    assert core_text(message("export.folder", folder="/srv/out", reason="Permission denied")) == (
        "Der Ordner /srv/out kann nicht angelegt werden: Permission denied")
    assert core_text(message("database.not-a-database", path="/srv/notes.db")) == (
        "Die Datenbank /srv/notes.db kann nicht geöffnet werden: Das ist keine Datenbank (abgelehnt, unverändert gelassen)")


def test_a_finding_naming_an_untitled_reference_reads_in_german_and_keeps_its_english(german) -> None:  # type: ignore[no-untyped-def]
    from ui.core_messages import core_text
    from workstation.checks.context import describe_reference
    from workstation.messages import from_stored, message, stored_params
    from workstation.model import ReferenceData

    named = describe_reference(ReferenceData(number=3, title=" ", source="BMJ", year=2021))
    assert named == "\u201cuntitled\u201d (BMJ, 2021)"
    finding = message("finding.reference-uncited", number=3, reference=named)
    again = from_stored(str(finding), stored_params(finding))  # as the findings list reads it back
    assert "„ohne Titel“ (BMJ, 2021)" in core_text(again)
    assert "untitled" not in core_text(again)
    refs = [ReferenceData(number=1, title="Statins in older adults", source="BMJ", year=2021),
            ReferenceData(number=2, title="", source="JAMA", year=2020)]
    cited = message("attribution.cited-many",
                    listed=[message("attribution.listed", number=r.number, reference=describe_reference(r)) for r in refs])
    assert "2: \u201cuntitled\u201d (JAMA, 2020)" in cited  # the English as before
    shown = core_text(from_stored(str(cited), stored_params(cited)))
    assert "2: „ohne Titel“ (JAMA, 2020)" in shown and "1: \u201cStatins in older adults\u201d (BMJ, 2021)" in shown
