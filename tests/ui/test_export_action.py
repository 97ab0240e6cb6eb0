"""Export from the window: enabled only for an approved article, files written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.cli.test_cli_export import approved_db


def test_export_action_writes_every_format(main_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db, article_id = approved_db(tmp_path)
    window = main_window(user="rev", db=db, article=2)
    assert not window.action_export.isEnabled()
    assert "only approved articles" in window.action_export.toolTip()
    window.select_article(article_id)
    qtbot.waitUntil(lambda: window.action_export.isEnabled(), timeout=10_000)
    out = tmp_path / "exported"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        window.action_export.trigger()
    report = blocker.args[0]
    assert not report.refused
    assert {Path(e.file).suffix for e in report.exported} == {".html", ".md", ".json", ".pdf"}
    assert all(Path(e.file).exists() for e in report.exported)
