"""The main window opens on a database and shows its library."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableWidget

from ui.main_window import create_main_window


def test_window_opens_on_a_seeded_database(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = create_main_window(str(tmp_path / "w.db"), seed=True)
    qtbot.addWidget(window)
    table = window.findChild(QTableWidget, "libraryTable")
    assert window.objectName() == "mainWindow"
    assert table is not None and table.rowCount() == 5
