"""Process-wide settings that keep the GUI thread's pauses short."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

from ui.responsiveness import (
    COLLECTION_THRESHOLDS,
    KEEP_THREADPOOL,
    QT_NO_GUI_THREADPOOL,
    freeze_startup_heap,
    paint_on_gui_thread,
)


def test_painting_stays_on_the_gui_thread_unless_the_environment_says_otherwise(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(QT_NO_GUI_THREADPOOL, raising=False)
    monkeypatch.delenv(KEEP_THREADPOOL, raising=False)
    paint_on_gui_thread()
    assert os.environ[QT_NO_GUI_THREADPOOL] == "1"
    monkeypatch.delenv(QT_NO_GUI_THREADPOOL)
    monkeypatch.setenv(KEEP_THREADPOOL, "1")
    paint_on_gui_thread()
    assert QT_NO_GUI_THREADPOOL not in os.environ  # Qt keeps its pool


def test_the_gui_command_sets_it_before_qt_starts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Qt reads the variable once; the screenshot run shows it was set by then."""
    probe = (
        "import os, sys\n"
        "import ui.app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "real = QApplication.__init__\n"
        "def init(self, *args):\n"
        "    print('pool off:', os.environ.get('QT_NO_GUI_THREADPOOL'))\n"
        "    real(self, *args)\n"
        "QApplication.__init__ = init\n"
        f"code = ui.app.run_gui(db={str(tmp_path / 'shot.db')!r}, screenshot={str(tmp_path / 'shot.png')!r})\n"
        "import gc\n"
        "print('thresholds:', gc.get_threshold())\n"
        "sys.exit(code)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in (QT_NO_GUI_THREADPOOL, KEEP_THREADPOOL)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                            stdin=subprocess.DEVNULL, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert "pool off: 1" in result.stdout
    assert f"thresholds: {COLLECTION_THRESHOLDS}" in result.stdout  # fewer full collections, once the window is up
    assert (tmp_path / "shot.png").stat().st_size > 0


def test_the_start_up_heap_is_left_out_of_later_full_collections() -> None:
    gc.unfreeze()
    try:
        freeze_startup_heap()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
