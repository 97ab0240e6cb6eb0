"""Every controller works through the desk (ui/desk.py) and the widgets it is handed, never the main window."""

from __future__ import annotations

import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
# The window itself, by name, by module, or kept as an attribute and reached into.
REACHES_INTO_THE_WINDOW = re.compile(r"\bMainWindow\b|\bui\.main_window\b|\bself\.window\b|\bwindow\.\w")


def reaches(source: str) -> list[str]:
    """The lines of ``source`` (comments and docstring prose aside) that reach into the main window."""
    found = []
    for line in source.splitlines():
        code = line.split("#", 1)[0]
        if REACHES_INTO_THE_WINDOW.search(code) and not code.strip().startswith(('"', "'")):
            found.append(line.strip())
    return found


def test_the_scan_sees_a_controller_reach_into_the_window() -> None:
    assert reaches("        self.window = window\n")
    assert reaches("        window.statusBar().showMessage(text)\n")
    assert reaches("    from ui.main_window import MainWindow\n")
    assert not reaches("        self.desk.status_bar.showMessage(text)  # not the window's\n")


def test_no_controller_reaches_into_the_main_window() -> None:
    controllers = sorted(UI.glob("*controller*.py"))
    names = {path.name for path in controllers}
    assert {"source_controller.py", "export_controller.py", "notifications_controller.py", "references_controller.py",
            "dashboard_controller.py", "backup_controller.py", "review_controller.py", "library_controller.py"} <= names
    offending = {path.name: lines for path in controllers if (lines := reaches(path.read_text(encoding="utf-8")))}
    assert offending == {}
