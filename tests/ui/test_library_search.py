"""Search as you type and sorting in the library, against the real database behind the window."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.people import add_person
from tests.ui.conftest import wait_idle


def test_only_the_newest_search_is_run_and_shown(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    searched: list[str] = []
    for name in ("library_first_page", "library_page"):
        real = getattr(window.workstation.library, name)

        def recording(real=real, **kwargs):  # type: ignore[no-untyped-def]
            searched.append(kwargs["search"])
            return real(**kwargs)

        monkeypatch.setattr(window.workstation.library, name, recording)
    release = threading.Event()
    window.runner.query(lambda: release.wait(10))  # the worker is busy while the reviewer types
    search = window.findChild(QLineEdit, "searchField")
    for text in ("stem", "stem cell", "scleroderma"):
        search.setText(text)
        window._search_timer.stop()
        window.refresh_library()
    release.set()
    wait_idle(qtbot, window)
    assert searched == ["scleroderma"]  # the two superseded requests never reached the database
    assert window.model.ids() == [5]
    assert window.count_label.text() == "1 article"


def test_sorting_keeps_the_selected_article_selected_and_in_view(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=3)
    header = window.library.table.horizontalHeader()
    header.sectionClicked.emit(0)  # title, ascending
    wait_idle(qtbot, window)
    assert window.model.ids() == window.workstation.library.article_ids(sort="title", descending=False)
    assert window.current_article == 3
    selected = window.library.table.selectionModel().currentIndex()
    assert window.model.article_id(selected.row()) == 3
    assert window.model.summary(selected.row()) is not None  # its row came with the ids
    assert header.sortIndicatorSection() == 0 and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_columns_can_be_hidden_and_the_choice_is_remembered(qtbot, main_window, ui_db) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    header = window.library.table.horizontalHeader()
    menu = window.library.column_actions()
    actions = menu.actions()
    assert [a.text() for a in actions][:2] == ["Title", "Status"]
    assert not actions[0].isEnabled()  # the title always stays
    reviewer = next(a for a in actions if a.text() == "Reviewer")
    reviewer.setChecked(False)
    assert header.isSectionHidden(6)
    header.resizeSection(0, 321)
    window.close()

    again = main_window(db=ui_db)
    header = again.library.table.horizontalHeader()
    assert header.isSectionHidden(6) and not header.isSectionHidden(0)
    assert header.sectionSize(0) == 321
    assert header.sortIndicatorSection() == -1 or header.sortIndicatorSection() >= header.count()


def test_scrolling_fetches_the_rows_ahead_before_they_come_into_view(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.library_model import PAGE
    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    db = str(tmp_path / "library.db")
    with Workstation.open(db) as ws:
        ws.library.import_drafts(drafts=[ArticleDraft(title=f"Article {n}", body=f"Body {n}.\n") for n in range(600)])
        add_person(ws, "rev", "reviewer")
    window = main_window(db=db)
    table, model = window.library.table, window.model
    bar = table.verticalScrollBar()
    assert model.rowCount() == 600
    for _ in range(6):  # a held Page Down
        bar.setValue(bar.value() + bar.pageStep())
        qtbot.waitUntil(lambda: not window._prefetch_timer.isActive(), timeout=5_000)
        wait_idle(qtbot, window)
        first, last = window.library.visible_rows()
        assert first > 0
        # What the next step brings into view has arrived already: no "…" placeholder.
        ahead = range(first, min(last + PAGE // 2, model.rowCount() - 1) + 1)
        assert all(model.summary(row) is not None for row in ahead)
    assert all(model.data(model.index(row, 0)) != "…" for row in range(first, last + 1))


def test_a_search_shows_its_first_page_then_appends_every_match(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui.library_model import PAGE
    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    db = str(tmp_path / "library.db")
    with Workstation.open(db) as ws:
        ws.library.import_drafts(drafts=[ArticleDraft(title=f"Article {n}", body=f"Lupus note {n}.\n") for n in range(250)]
                         + [ArticleDraft(title="Other", body="Nothing to find.\n")])
        add_person(ws, "rev", "reviewer")
    window = main_window(db=db)
    model = window.model
    wait_idle(qtbot, window)
    counts: list[int] = []  # the row count at each change the view is told of
    model.modelReset.connect(lambda: counts.append(model.rowCount()))
    model.rowsInserted.connect(lambda *_: counts.append(model.rowCount()))
    window.library.search.setText("lupus")
    window._search_timer.stop()
    window.refresh_library()
    wait_idle(qtbot, window)
    assert counts == [PAGE, 250]  # the first page at once, then the rest below it
    assert model.complete and model.ids() == window.workstation.library.article_ids(search="lupus")
    assert window.count_label.text() == "250 articles"


def test_a_jump_reads_the_rows_it_shows_first_in_one_read_and_shows_the_article(qtbot, main_window, tmp_path,
                                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    db = str(tmp_path / "library.db")
    with Workstation.open(db) as ws:
        ws.library.import_drafts(drafts=[ArticleDraft(title=f"Article {n}", body=f"Body {n}.\n") for n in range(600)])
        add_person(ws, "rev", "reviewer")
    window = main_window(db=db)
    model, table = window.model, window.library.table
    reads: list[object] = []
    for name in ("article_summaries", "article_workspace"):
        real = getattr(window.workstation.library, name)

        def recording(real=real, name=name, **kwargs):  # type: ignore[no-untyped-def]
            reads.append((name, len(kwargs["ids"])) if name == "article_summaries" else name)
            return real(**kwargs)

        monkeypatch.setattr(window.workstation.library, name, recording)
    row = 405  # scrolled into view from above: the rows in view straddle two pages of 100
    table.selectRow(row)
    wait_idle(qtbot, window)
    first, last = window.library.visible_rows()
    assert first // 100 != last // 100 and first <= row <= last
    # The rows in view first, in one read of both pages, then the article (then the rows around them).
    assert reads[0] == ("article_summaries", 200) and reads[1] == "article_workspace"
    assert all(model.summary(r) is not None for r in range(first, last + 1))
    article = model.article_id(row)
    assert window.current_article == article and table.selectionModel().currentIndex().row() == row
    assert window.reader.findChild(QLabel, "articleTitle").text() == model.summary(row).title
    assert window.desk.selection.workspace.id == article
    assert window.count_label.text() == "600 articles"
