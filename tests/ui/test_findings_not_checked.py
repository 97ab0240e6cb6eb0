"""A revision the checks never ran on shows as not checked (Findings tab, library), not as "No findings"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.db.test_unchecked_revisions import as_if_never_checked, check_runs
from tests.people import sign_in
from tests.review_helpers import APPROVER, REVIEWER, approve
from tests.ui.conftest import wait_idle
from workstation.facade import Workstation

FINDINGS_COLUMN = 3


def test_an_approved_article_never_checked_shows_as_not_checked(qtbot, main_window, ui_db: str) -> None:  # type: ignore[no-untyped-def]
    with Workstation.open(ui_db) as ws:
        approve(sign_in(ws, REVIEWER, APPROVER), 3)
        as_if_never_checked(ws, 3)
    window = main_window(article=3)
    panel = window.review
    assert panel.tabText(2) == "Findings (not checked)"  # said on the tab before it is opened
    panel.setCurrentWidget(panel.findings_tab)  # its cards are made once it is shown
    findings = panel.findings_tab.findings
    qtbot.waitUntil(lambda: findings.count() == 1, timeout=10_000)
    assert panel.tabText(2) == "Findings (not checked)"
    assert findings.item(0).text() == "This revision was never checked."
    model = window.model  # the library says so too, rather than counting 0 findings
    cell = model.index(model.row_of(3), FINDINGS_COLUMN)
    assert cell.data() == "–" and "Not checked" in cell.data(Qt.ItemDataRole.ToolTipRole)
    other = model.index(model.row_of(1), FINDINGS_COLUMN)
    assert other.data() == str(model.summary(model.row_of(1)).findings) and other.data(Qt.ItemDataRole.ToolTipRole) is None
    runs = check_runs(window.workstation, 3)
    panel.findings_tab.run.click()  # asked for: checked, and the tab counts what was found
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: panel.tabText(2).startswith("Findings ("), timeout=10_000)
    qtbot.waitUntil(lambda: panel.tabText(2) != "Findings (not checked)", timeout=10_000)
    assert check_runs(window.workstation, 3) == runs + 1
    workspace = window.desk.selection.workspace
    assert workspace.checked and panel.tabText(2) == f"Findings ({sum(not f.dismissed for f in workspace.findings)})"
    qtbot.waitUntil(lambda: model.index(model.row_of(3), FINDINGS_COLUMN).data() != "–", timeout=10_000)
    assert model.index(model.row_of(3), FINDINGS_COLUMN).data() == str(sum(not f.dismissed for f in workspace.findings))
