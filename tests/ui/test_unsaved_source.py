"""Opening another article, or closing the window, asks before source typed in the Editor is lost.

Each answer is asserted on what the window shows and on the database: Save saves a revision
and then opens the other article, Discard drops the text, Cancel keeps it and puts the
library's selection back; a refused save or an unresolved edit conflict stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.people import board
from tests.ui.conftest import fresh_copy, wait_idle
from tests.ui.unsaved import (
    Button,
    answer,
    box_asking,
    click_row_of,
    selected_article,
    stored,
    type_in_editor,
)
from ui.dialogs.edit_conflict import EditConflictDialog

OPENED_MS = 10_000


def articles_opened(window) -> list[int | None]:  # type: ignore[no-untyped-def]
    """Every article the window opens from now on (the reader and the panes follow each)."""
    opened: list[int | None] = []
    window.desk.selection.observe(lambda state, changed: opened.append(state.article_id)
                                  if "article_id" in changed else None)
    return opened


def test_save_saves_a_revision_then_opens_the_other_article(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    before = stored(window, 2)
    type_in_editor(qtbot, window, "Saved before leaving.")
    click_row_of(qtbot, window, 3)
    asked = answer(qtbot, window, Button.Save)
    assert f"“{before.title}”" in asked and "another article" in asked
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    after = stored(window, 2)
    assert after.revision_number == before.revision_number + 1
    assert after.body.rstrip().endswith("Saved before leaving.")
    source = window.review.editor_tab.source
    assert source.toPlainText() == stored(window, 3).body and not source.document().isModified()
    assert selected_article(window) == 3


def test_discard_drops_the_text_and_opens_the_other_article(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    before = stored(window, 2)
    type_in_editor(qtbot, window, "Dropped on the way out.")
    click_row_of(qtbot, window, 3)
    answer(qtbot, window, Button.Discard)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert stored(window, 2).revision_number == before.revision_number
    assert "Dropped on the way out." not in window.review.editor_tab.source.toPlainText()
    # Back on article 2: its stored source, nothing typed, nothing asked.
    click_row_of(qtbot, window, 2)
    qtbot.waitUntil(lambda: window.current_article == 2, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert window.review.editor_tab.source.toPlainText() == before.body and box_asking(window) is None


def test_cancel_keeps_the_text_and_the_selection_without_showing_the_other_article(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    before = stored(window, 2)
    type_in_editor(qtbot, window, "Kept after all.")
    opened = articles_opened(window)
    click_row_of(qtbot, window, 3)
    answer(qtbot, window, Button.Cancel)
    wait_idle(qtbot, window)
    assert window.current_article == 2 and selected_article(window) == 2
    assert opened == []  # article 3 was never opened, not even for a moment
    source = window.review.editor_tab.source
    assert source.toPlainText().endswith("Kept after all.") and source.document().isModified()
    assert box_asking(window) is None  # asked once, not again for the selection put back
    assert stored(window, 2).revision_number == before.revision_number
    # Asked again on the next pick, the text still there to save.
    click_row_of(qtbot, window, 4)
    answer(qtbot, window, Button.Save)
    qtbot.waitUntil(lambda: window.current_article == 4, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert stored(window, 2).body.rstrip().endswith("Kept after all.")
    assert opened == [4]


def test_opening_the_editor_without_typing_never_asks(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    type_in_editor(qtbot, window, "")
    click_row_of(qtbot, window, 3)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert box_asking(window) is None
    # Typing a word and deleting it again leaves nothing to save either.
    type_in_editor(qtbot, window, "oops")
    for _ in "oops":
        qtbot.keyClick(window.review.editor_tab.source, Qt.Key.Key_Backspace)
    click_row_of(qtbot, window, 4)
    qtbot.waitUntil(lambda: window.current_article == 4, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert box_asking(window) is None
    # Whereas a word kept is asked about.
    type_in_editor(qtbot, window, "kept")
    click_row_of(qtbot, window, 5)
    answer(qtbot, window, Button.Cancel)
    assert window.current_article == 4


def test_no_question_once_the_text_is_saved(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    source = window.review.editor_tab.source
    type_in_editor(qtbot, window, "Saved with Ctrl+S.")
    with qtbot.waitSignal(window.runner.changes_applied, timeout=OPENED_MS):
        qtbot.keyClick(source, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, window)
    click_row_of(qtbot, window, 3)
    qtbot.waitUntil(lambda: window.current_article == 3, timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert box_asking(window) is None
    assert stored(window, 2).body.rstrip().endswith("Saved with Ctrl+S.")
    # Typed again, in article 3, and not saved: asked.
    type_in_editor(qtbot, window, "Not saved yet.")
    click_row_of(qtbot, window, 2)
    answer(qtbot, window, Button.Discard)
    qtbot.waitUntil(lambda: window.current_article == 2, timeout=OPENED_MS)


def test_a_refused_save_stays_with_the_text_and_says_why(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    before = stored(window, 2)
    type_in_editor(qtbot, window, "")
    source = window.review.editor_tab.source
    source.selectAll()
    qtbot.keyClick(source, Qt.Key.Key_Delete)  # an empty source: the facade refuses to save it
    assert source.document().isModified()
    opened = articles_opened(window)
    click_row_of(qtbot, window, 3)
    answer(qtbot, window, Button.Save)
    wait_idle(qtbot, window)
    assert window.current_article == 2 and selected_article(window) == 2 and opened == []
    assert source.toPlainText() == "" and source.document().isModified()
    assert window.review.editor_tab.status.text().startswith("Not saved: ")
    assert stored(window, 2).revision_number == before.revision_number
    assert box_asking(window) is None


def test_an_edit_conflict_left_unresolved_stays(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    type_in_editor(qtbot, window, "Mine, written while Anna saved hers.")
    with board(window.workstation.url) as desk:
        base = desk.library.get_article(article_id=2)
        desk.review.save_revision(article_id=2, body=base.body + "\n\nAnna's note.\n", user="appr")
    wait_idle(qtbot, window)
    seen = []
    monkeypatch.setattr(EditConflictDialog, "ask", lambda parent, conflict, merge: seen.append(conflict))  # closed
    opened = articles_opened(window)
    click_row_of(qtbot, window, 3)
    answer(qtbot, window, Button.Save)
    qtbot.waitUntil(lambda: bool(seen), timeout=OPENED_MS)
    wait_idle(qtbot, window)
    assert window.current_article == 2 and selected_article(window) == 2 and opened == []
    source = window.review.editor_tab.source
    assert source.toPlainText().endswith("Mine, written while Anna saved hers.") and source.document().isModified()


def test_closing_the_window_asks_too(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    type_in_editor(qtbot, window, "Saved as the window closes.")
    window.close()
    answer(qtbot, window, Button.Cancel)
    assert window.isVisible() and not window.is_closed()
    window.close()
    answer(qtbot, window, Button.Save)
    qtbot.waitUntil(window.is_closed, timeout=OPENED_MS)
    assert stored(window, 2).body.rstrip().endswith("Saved as the window closes.")


def test_an_import_that_opens_its_article_asks_too(qtbot, main_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    type_in_editor(qtbot, window, "Typed while an import ran.")
    opened = articles_opened(window)
    window.import_paths([fresh_copy("001", tmp_path)])
    answer(qtbot, window, Button.Cancel)
    wait_idle(qtbot, window)
    assert window.current_article == 2 and selected_article(window) == 2 and opened == []
    assert window.library_controller.pending_select is None  # not opened later behind the reviewer's back
    assert window.review.editor_tab.source.toPlainText().endswith("Typed while an import ran.")
    # The imported article is listed; picking it and discarding opens it.
    imported = max(window.model.article_id(row) for row in range(window.model.rowCount()))
    click_row_of(qtbot, window, imported)
    answer(qtbot, window, Button.Discard)
    qtbot.waitUntil(lambda: window.current_article == imported, timeout=OPENED_MS)
    assert opened == [imported]


def test_closing_a_locked_window_offers_no_save(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    title = stored(window, 2).title
    type_in_editor(qtbot, window, "Typed before the lock.")
    window.idle.lock()
    window.close()
    qtbot.waitUntil(lambda: box_asking(window) is not None, timeout=OPENED_MS)
    box = box_asking(window)
    assert box.button(Button.Save) is None and box.button(Button.Discard) is not None
    assert title not in box.text()  # whoever is at the locked window sees nothing of the work
    answer(qtbot, window, Button.Discard)
    qtbot.waitUntil(window.is_closed, timeout=OPENED_MS)
    assert "Typed before the lock." not in stored(window, 2).body
