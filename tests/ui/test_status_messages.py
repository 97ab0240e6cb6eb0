"""The status bar keeps a result message while a later job runs: a re-read does not wipe "Export finished"."""

from __future__ import annotations

import threading

from tests.ui.conftest import wait_idle


def test_a_job_started_after_a_result_message_leaves_the_message_in_place(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = main_window("rev")
    wait_idle(qtbot, window)
    bar = window.statusBar()
    bar.showMessage("Export finished: 4 files", 10000)
    release = threading.Event()
    window.runner.query(lambda: release.wait(10), label="Opening the article")
    qtbot.waitUntil(lambda: window.progress.isVisible(), timeout=5000)
    assert bar.currentMessage() == "Export finished: 4 files"
    assert window.progress.format().startswith("Opening the article")
    release.set()
    wait_idle(qtbot, window)
    assert bar.currentMessage() == "Export finished: 4 files"


def test_a_job_label_shows_when_no_message_is_there_and_goes_when_it_ends(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = main_window("rev")
    wait_idle(qtbot, window)
    bar = window.statusBar()
    bar.clearMessage()
    release = threading.Event()
    window.runner.query(lambda: release.wait(10), label="Counting")
    qtbot.waitUntil(lambda: bar.currentMessage() == "Counting", timeout=5000)
    release.set()
    wait_idle(qtbot, window)
    assert bar.currentMessage() == ""
