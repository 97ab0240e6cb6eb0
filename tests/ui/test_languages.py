"""The window in German (gui --lang de): menus, labels, statuses and dates; English stays the default."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from tests.cli.test_cli_export import approved_db
from tests.ui.test_dashboard import board, open_dashboard  # noqa: F401 - the scripted board's fixture
from ui.cli import build_parser
from ui.dialogs.export import ExportChoice, ExportDialog, ExportSummaryBox
from ui.i18n import choose_language, install_language, remove_language


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    assert install_language(qapp, "de") == "de"
    yield
    remove_language(qapp)


def menu_titles(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_gui_takes_lang() -> None:
    args = build_parser().parse_args(["gui", "--lang", "de"])
    assert args.lang == "de"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["gui", "--lang", "xx"])


def test_the_language_follows_the_request_then_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    assert choose_language("de") == "de"
    assert choose_language("en") == "en"
    assert choose_language("fr") == "en"  # no French: English, the source language
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert choose_language(None) == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("fr_FR")))
    assert choose_language(None) == "en"


def test_german_menus_labels_statuses_and_dates(qtbot, german, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=1)
    assert menu_titles(window)[:5] == ["Datei", "Bearbeiten", "Begutachtung", "Ansicht", "Verwaltung"]
    assert window.action_import.text() == "&Importieren…"
    assert window.findChild(type(window.action_import), "actionStartReview").text() == "Begutachtung &starten"
    library = window.library
    assert library.search.placeholderText() == "Titel und Text durchsuchen  (Strg+F)"
    assert [library.status.itemText(i) for i in range(4)] == ["Alle", "Eingereicht", "In Prüfung", "Freigegeben"]
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Titel", "Status", "Zielgruppe"]
    row = model.row_of(1)
    summary = model.summary(row)
    assert model.index(row, 1).data() == "Eingereicht" and summary.status == "Submitted"  # stored in English
    updated = summary.last_updated
    assert model.index(row, 5).data() == f"{updated.day:02d}.{updated.month:02d}.{updated.year}"
    tabs = [window.review.tabText(i) for i in range(window.review.count())]
    assert tabs[0] == "Aussagen" and tabs[1] == "Quellen"
    assert window.review.claims_tab.verdict.itemData(1) == "supported"
    assert window.review.claims_tab.verdict.itemText(1) == "1  gestützt"


def test_german_dashboard_dates_have_german_month_names(qtbot, german, main_window, board) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    db, _ids = board
    window = open_dashboard(qtbot, main_window, db)
    view = window.dashboard.view
    d = window.dashboard.dashboard
    weeks = [w.week.isoformat() for w in d.throughput]
    chart = view.throughput
    first = weeks.index("2025-10-06")
    assert chart._tip(1, first) == "1 Artikel eingereicht in der Woche vom 06. Okt. 2025"
    start = d.period_start
    assert view.as_of.text().startswith("Stand ")
    assert f"die 26 Wochen ab {start.day}. " in view.as_of.text()
    labels = " ".join(chart._categories)  # the axis: "6. Okt.", not "6 Oct"
    assert "6. Okt." in labels and "Oct" not in labels
    assert view.tile_numbers["Submitted"].parent().accessibleName().startswith("Eingereicht: ")


def test_english_is_the_default(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    assert menu_titles(window)[:3] == ["File", "Edit", "Review"]
    assert window.library.status.itemText(1) == "Submitted"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Title"


def test_an_export_from_the_german_window_keeps_the_article_language(  # type: ignore[no-untyped-def]
        qtbot, german, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The core writes exports in the article's own words; the window's language does not reach them."""
    db, article_id = approved_db(tmp_path)
    out = tmp_path / "exported"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, *a, **k: ExportChoice((article_id,), ("html", "md"), str(out))))
    window = main_window(user="rev", db=db, article=article_id)
    assert window.action_export.text() == "&Exportieren…"
    qtbot.waitUntil(window.action_export.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        window.action_export.trigger()
    report = blocker.args[0]
    written = {Path(e.file).suffix: Path(e.file).read_text(encoding="utf-8") for e in report.exported}
    assert set(written) == {".html", ".md"}
    for text in written.values():
        assert "Vitamin D" in text  # the article's own words
        for german_word in ("Freigegeben", "Quellen", "Aussage", "Gutachter", "Fassung"):
            assert german_word not in text
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryBox, "exportSummary") is not None, timeout=10_000)
    box = window.findChild(ExportSummaryBox, "exportSummary")
    assert box.windowTitle() == "Export abgeschlossen"  # the window itself speaks German
    box.close()


def test_a_missing_translation_is_a_clear_error_and_leaves_english(qapp: QApplication, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.i18n

    monkeypatch.setattr(ui.i18n, "TRANSLATIONS", tmp_path)
    with pytest.raises(FileNotFoundError, match="the de translation is missing"):
        install_language(qapp, "de")
    assert QApplication.translate("Status", "Submitted") == "Submitted"
