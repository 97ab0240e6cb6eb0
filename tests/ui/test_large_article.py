"""A large article is laid out a piece at a time: the window answers meanwhile, and nothing is lost."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QListWidget

from tests.people import ADMIN, board
from tests.ui.conftest import wait_idle
from ui.responsiveness import LARGE_ARTICLE_CLAIMS

CLAIMS = 20_000


def large_article(folder: Path, claims: int = CLAIMS) -> Path:
    sentences = [f"Vitamin D helped bones in study {n} [{1 + n % 2}]." for n in range(claims)]
    body = "\n\n".join(" ".join(sentences[p:p + 10]) for p in range(0, claims, 10)) + "\n"
    path = folder / "large.md"
    path.write_text("---\ntitle: Twenty thousand claims\nreferences:\n"
                    "  - {type: research, title: Trial, source: NEJM, year: 2020}\n"
                    "  - {type: guideline, title: Guideline, source: NOF, year: 2021}\n---\n" + body, encoding="utf-8")
    return path


def click(widget, point) -> None:  # type: ignore[no-untyped-def]
    """A click delivered through the event loop, as one from the mouse is (not handled on the spot)."""
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QCoreApplication.postEvent(widget, QMouseEvent(kind, QPointF(point), QPointF(widget.mapToGlobal(point)),
                                                       Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                                       Qt.KeyboardModifier.NoModifier))


def test_the_window_answers_while_a_large_article_is_laid_out(qtbot, main_window, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        (article,) = ws.library.import_files(paths=[large_article(tmp_path)], user=ADMIN).imported
    window = main_window(article=5)
    # A heartbeat: a timer that can only tick while the event loop runs.
    beats: list[bool] = []
    heartbeat = QTimer(window)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: beats.append(window.reader.is_loading()))
    heartbeat.start()

    window.select_article(article.id)
    qtbot.waitUntil(window.reader.is_loading, timeout=30_000)
    tabs = window.review.tabBar()
    click(tabs, tabs.tabRect(1).center())  # the References tab
    qtbot.waitUntil(lambda: window.review.currentIndex() == 1, timeout=10_000)
    assert window.reader.is_loading(), "the click was answered before the article was all laid out"
    wait_idle(qtbot, window)
    heartbeat.stop()
    assert sum(beats) >= 10  # the loop kept running between the pieces

    # All of it arrived: every claim tinted in the text and listed in the panel.
    assert len(window.reader.claim_ids()) == CLAIMS
    assert window.findChild(QListWidget, "claimsList").count() == CLAIMS
    shown = window.reader.toPlainText()
    assert shown.startswith("Vitamin D helped bones in study 0 [1].")
    assert shown.rstrip().endswith(f"Vitamin D helped bones in study {CLAIMS - 1} [2].")
    last = window.reader.claim_ids()[-1]
    start, end = window.reader._claim_ranges[last]
    assert shown[start:end] == f"Vitamin D helped bones in study {CLAIMS - 1} [2]."


def test_a_claim_deep_in_a_large_article_is_selected_once_its_row_is_in(qtbot, main_window, ui_db: str,
                                                                         tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        (article,) = ws.library.import_files(paths=[large_article(tmp_path)], user=ADMIN).imported
        target = ws.library.get_article(article_id=article.id).claims[-5].id
    window = main_window(article=5)
    window.select_article(article.id)
    qtbot.waitUntil(lambda: window.controller.shown is not None and window.controller.shown.workspace.detail.id == article.id,
                    timeout=30_000)
    window.controller.select_claim(target)  # long before the list and the text are all in
    wait_idle(qtbot, window)
    assert window.controller.current_claim_id() == target
    cursor = window.reader.textCursor()
    assert window.reader._claim_ranges[target][0] <= cursor.position() <= window.reader._claim_ranges[target][1]


def test_a_large_article_is_left_out_of_full_collections_and_freed_once_left(qtbot, main_window, ui_db: str,
                                                                              tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with board(ui_db) as ws:
        (article,) = ws.library.import_files(paths=[large_article(tmp_path, LARGE_ARTICLE_CLAIMS)],
                                             user=ADMIN).imported
    window = main_window(article=5)
    try:
        before = gc.get_freeze_count()
        window.select_article(article.id)
        qtbot.waitUntil(lambda: window.controller.shown is not None
                        and window.controller.shown.workspace.detail.id == article.id, timeout=30_000)
        wait_idle(qtbot, window)
        frozen = gc.get_freeze_count()
        assert frozen - before >= LARGE_ARTICLE_CLAIMS  # at least an object a claim, set aside

        window.select_article(5)  # an ordinary article replaces it
        qtbot.waitUntil(lambda: window.controller.shown is not None and window.controller.shown.workspace.detail.id == 5,
                        timeout=30_000)
        wait_idle(qtbot, window)
        assert gc.get_freeze_count() <= frozen - LARGE_ARTICLE_CLAIMS  # freed by reference counts all the same
    finally:
        gc.unfreeze()  # the rest of the test session collects as before
