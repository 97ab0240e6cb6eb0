"""`workstation gui --screenshot F.png --article ID` renders the window offscreen at 1400×900."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage

from ui.app import run_gui


def test_screenshot_of_an_article(ui_db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    out = tmp_path / "shot.png"
    assert run_gui(db=ui_db, screenshot=str(out), article=5, user="rev") == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
