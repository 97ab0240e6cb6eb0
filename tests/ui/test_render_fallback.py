"""An article too large to render: clean plain text in the reader and a banner that stays, saying why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.people import ADMIN, board
from tests.ui.conftest import wait_idle
from workstation.rendering import MAX_RENDER_CHARS
from workstation.views_workspace import MARKERS

CLAIM = "Vitamin D supports calcium absorption in adults [1]."
# Over the renderer's limit, so it is shown as plain text; the words run on one line of 2.4 MB.
BODY = f"{CLAIM}\n\n" + "words " * (MAX_RENDER_CHARS // 5) + "\n\nThe last paragraph ends here.\n"


def test_the_plain_text_fallback_is_clean_whole_and_says_why(qtbot, main_window, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = tmp_path / "big.md"
    source.write_text("---\ntitle: A very long article\nreferences:\n"
                      "  - {type: research, title: Trial, source: NEJM, year: 2020}\n---\n" + BODY, encoding="utf-8")
    with board(ui_db) as ws:
        (article,) = ws.library.import_files(paths=[source], user=ADMIN).imported
        claims = ws.library.get_article(article_id=article.id).claims
    window = main_window(article=article.id)
    notice = window.findChild(QLabel, "renderNotice")
    shown = window.reader.toPlainText()
    assert shown.startswith(CLAIM)
    assert shown.rstrip().endswith("The last paragraph ends here.")  # the whole body, not its first part
    assert "<mark" not in shown and "data-claim" not in shown and not any(m in shown for m in MARKERS)
    assert notice.isVisible() and "showing plain text" in notice.text()
    assert "shown broken into shorter lines" in notice.text()  # and why the long line wraps where it does
    assert "plain text" not in window.statusBar().currentMessage()
    # Every claim is still tinted and can be found in the text.
    assert set(window.reader.claim_ids()) == {c.id for c in claims}
    start, end = window.reader._claim_ranges[claims[0].id]
    assert shown[start:end] == CLAIM

    window.select_article(5)  # an ordinary article: the banner goes
    qtbot.waitUntil(lambda: window.current_article == 5, timeout=10_000)
    wait_idle(qtbot, window)
    assert not notice.isVisible()
