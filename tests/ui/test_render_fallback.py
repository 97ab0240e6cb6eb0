"""An article too large to render: clean plain text in the reader and a banner that stays, saying why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.people import ADMIN, board
from tests.ui.conftest import wait_idle

BODY = "Vitamin D supports calcium absorption in adults [1].\n\n" + "words " * 120_000 + "\n"


def test_the_plain_text_fallback_is_clean_and_says_why(qtbot, main_window, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "big.md"
    source.write_text("---\ntitle: A very long article\nreferences:\n"
                      "  - {type: research, title: Trial, source: NEJM, year: 2020}\n---\n" + BODY, encoding="utf-8")
    with board(ui_db) as ws:
        (article,) = ws.import_files(paths=[source], user=ADMIN).imported
    window = main_window(article=article.id)
    notice = window.findChild(QLabel, "renderNotice")
    shown = window.reader.toPlainText()
    assert "Vitamin D supports calcium absorption in adults [1]." in shown
    assert "<mark" not in shown and "data-claim" not in shown
    assert notice.isVisible() and "showing plain text" in notice.text()
    assert "plain text" not in window.statusBar().currentMessage()

    window.select_article(5)  # an ordinary article: the banner goes
    qtbot.waitUntil(lambda: window.current_article == 5, timeout=10_000)
    wait_idle(qtbot, window)
    assert not notice.isVisible()
