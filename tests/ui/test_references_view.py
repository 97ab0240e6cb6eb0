"""The References view and reference files in the window: import, drop, search, sort, merge, retractions shown."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from tests.people import board
from tests.ui.conftest import wait_idle
from ui.references_controller import ReferencesController
from ui.references_model import PAGE

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "references"


def _drop(window, *paths: Path) -> None:  # type: ignore[no-untyped-def]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                                Qt.KeyboardModifier.NoModifier))


def _prepared(qtbot: QtBot, main_window, ui_db: str):  # type: ignore[no-untyped-def]
    """A window on a database with the citing article and the retraction list; the library dropped on it."""
    with board(ui_db) as ws:
        (article,) = [a.id for a in ws.library.import_files(paths=[FIXTURES / "citing_article.md"], user="rev").imported]
        ws.references.import_retractions(path=FIXTURES / "retraction_watch.csv", user="rev")
    window = main_window()
    _drop(window, FIXTURES / "pubmed.nbib", FIXTURES / "zotero.bib")
    qtbot.waitUntil(lambda: window.references.dock.isVisible() and window.references.model.rowCount() == 5,
                    timeout=10_000)
    wait_idle(qtbot, window)
    return window, article


def test_dropped_reference_files_go_to_the_library_not_the_articles(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    # Every message the status bar showed, kept: a later one (live updates, say) may replace it at any time.
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        _drop(window, FIXTURES / "lancet_export.ris", FIXTURES / "zotero.json")
    wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        assert ws.library.count_articles() == 5  # the seeds only: no article titled "TY  - JOUR"
        assert len(ws.references.list_references()) == 4
    qtbot.waitUntil(lambda: window.references.model.rowCount() == 4, timeout=10_000)
    assert any(m.startswith("References: 4 record(s)") for m in messages), messages


def test_file_menu_offers_import_references(qtbot: QtBot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    names = [a.objectName() for a in window.file_menu.actions()]
    assert names.index("actionImportReferences") == names.index("actionImport") + 1
    view = next(a for a in window.menuBar().actions() if a.text() == "&View").menu()
    assert window.references.action_view in view.actions()
    window.references.action_view.trigger()
    assert window.references.dock.isVisible()


def test_search_sort_and_detail_show_citing_articles_and_retractions(qtbot: QtBot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, article = _prepared(qtbot, main_window, ui_db)
    panel, model = window.references.panel, window.references.model
    assert model.rows[0].title.startswith("Hydroxychloroquine")  # by title
    year_column = 3
    panel.table.horizontalHeader().sectionClicked.emit(year_column)
    qtbot.waitUntil(lambda: [r.year for r in model.rows] == sorted(r.year for r in model.rows), timeout=10_000)
    panel.table.horizontalHeader().sectionClicked.emit(year_column)
    qtbot.waitUntil(lambda: model.rows[0].year == 2021, timeout=10_000)
    qtbot.keyClicks(panel.search, "lancet")
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
    assert {model.data(model.index(r, 6)) for r in range(2)} == {"Retraction"}
    qtbot.waitUntil(lambda: panel.count.text() == "2 record(s), 2 retracted", timeout=10_000)
    panel.table.selectRow(next(r for r in range(2) if model.rows[r].title.startswith("Ileal")))
    qtbot.waitUntil(lambda: "Cited by" in panel.detail.toPlainText(), timeout=10_000)
    text = panel.detail.toPlainText()
    assert "Retraction on 2010-02-02" in text and "Falsification/Fabrication of Data" in text
    assert "Vaccines, autism and what the evidence says, reference 1 — linked by doi" in text


def test_a_suggestion_is_accepted_from_the_view(qtbot: QtBot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, article = _prepared(qtbot, main_window, ui_db)
    panel, model = window.references.panel, window.references.model
    row = next(r for r in range(model.rowCount()) if "BNT162b2" in model.rows[r].title)
    record = model.rows[row].id
    panel.table.selectRow(row)
    qtbot.waitUntil(lambda: "Accept" in panel.detail.toPlainText(), timeout=10_000)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        window.references._anchor(QUrl(f"accept:{article}:4:{record}"))
    wait_idle(qtbot, window)
    with board(window.workstation.url) as ws:
        assert ws.library.get_article(article_id=article).references[3].record_id == record
    qtbot.waitUntil(lambda: "linked by reviewer" in panel.detail.toPlainText(), timeout=10_000)


def test_merging_two_records_by_hand(qtbot: QtBot, main_window, ui_db: str, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, _ = _prepared(qtbot, main_window, ui_db)
    preprint = tmp_path / "preprint.json"
    preprint.write_text('[{"id": "p", "type": "article", "title": "Once-weekly semaglutide in adults with overweight '
                        'or obesity: preprint", "issued": {"date-parts": [[2020]]}}]')
    window.references.import_paths([str(preprint)])
    panel, model = window.references.panel, window.references.model
    qtbot.waitUntil(lambda: model.rowCount() == 6, timeout=10_000)
    asked: list[str] = []
    monkeypatch.setattr(ReferencesController, "confirm", staticmethod(lambda parent, text: asked.append(text) or True))
    rows = [r for r in range(model.rowCount()) if "emaglutide" in model.rows[r].title]
    selection = panel.table.selectionModel()
    panel.table.selectRow(rows[0])
    index = model.index(rows[1], 0)
    selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert panel.merge.isEnabled()
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        qtbot.mouseClick(panel.merge, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=10_000)
    assert asked and "Differing values are kept as conflicts" in asked[0]


def test_the_reader_and_the_references_tab_mark_retracted_works(qtbot: QtBot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    window, article = _prepared(qtbot, main_window, ui_db)
    window.select_article(article)
    qtbot.waitUntil(lambda: window.current_article == article, timeout=10_000)
    qtbot.waitUntil(lambda: "Cites retracted work: reference 1, 2" in window.reader.header.text(), timeout=10_000)
    table = window.review.references_tab.table
    assert table.item(0, 1).text().startswith("⚠ Retraction: Ileal")
    assert table.item(2, 1).text().startswith("⚠ Correction: ")
    assert "Library record" in table.item(0, 1).toolTip()
    assert "may match" in table.item(3, 1).toolTip()


def test_a_read_only_window_shows_the_library_but_imports_nothing(qtbot: QtBot, ui_db: str) -> None:
    from ui.main_window import create_main_window

    window = create_main_window(ui_db, None, interactive=False)
    qtbot.addWidget(window)
    window.show()
    try:
        action = window.references.action_import
        assert not action.isEnabled() and "nobody is signed in" in action.toolTip()
        assert not window.references.panel.import_button.isEnabled()
        window.references.show()
        wait_idle(qtbot, window)
        assert window.references.model.rowCount() == 0 and window.references.panel.count.text() == "0 record(s)"
    finally:
        window.shutdown()


def test_the_panel_shows_the_first_page_and_loads_more_as_the_table_scrolls(
    qtbot: QtBot, main_window, ui_db: str, tmp_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    library = tmp_path / "library.ris"
    library.write_text("\n".join(
        f"TY  - JOUR\nTI  - {'Randomized trial' if n % 2 else 'Cohort study'} number {n:03}\nPY  - 2020\nER  - \n"
        for n in range(250)), encoding="utf-8")
    with board(ui_db) as ws:
        ws.references.import_references(paths=[library], user="rev")
        trials = [r.id for r in ws.references.list_references(search="trial")]
    window = main_window()
    panel, model = window.references.panel, window.references.model
    window.references.show()
    qtbot.waitUntil(lambda: panel.count.text() == "250 record(s)", timeout=10_000)
    assert model.rowCount() == PAGE and model.rows[0].title == "Cohort study number 000"
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE, timeout=10_000)
    panel.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 250, timeout=10_000)
    assert [r.title for r in model.rows] == sorted(r.title for r in model.rows)
    qtbot.keyClicks(panel.search, "trial")
    qtbot.waitUntil(lambda: panel.count.text() == "125 record(s)", timeout=10_000)
    wait_idle(qtbot, window)
    assert model.rowCount() >= PAGE and [r.id for r in model.rows] == trials[:model.rowCount()]
    for _ in range(3):
        panel.table.scrollToBottom()
        wait_idle(qtbot, window)
    assert [r.id for r in model.rows] == trials
    assert not model.canFetchMore()
