"""Switching articles: every pane shows the one workspace read for the new article."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import wait_idle
from workstation.facade import Workstation

PER_PANE_READS = (("library", "get_article"), ("review", "findings"), ("review", "comments"),
                  ("workflow", "history"), ("workflow", "revisions"), ("workflow", "allowed_actions"))


def test_switching_articles_fills_every_pane_from_one_workspace_read(
        qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=2)
    ws: Workstation = window.workstation
    ws.review.add_comment(article_id=5, body="Which trial is reference 2?", user="rev")
    reads: list[str] = []
    for manager, name in (("library", "article_workspace"), *PER_PANE_READS):
        real = getattr(getattr(ws, manager), name)
        monkeypatch.setattr(getattr(ws, manager), name,
                            lambda *a, _real=real, _name=name, **k: (reads.append(_name), _real(*a, **k))[1])

    window.select_article(5)
    qtbot.waitUntil(lambda: window.desk.selection.workspace is not None
                    and window.desk.selection.workspace.id == 5, timeout=10_000)
    wait_idle(qtbot, window)
    assert reads == ["article_workspace"]  # one read, and none of the separate ones
    workspace = window.desk.selection.workspace
    detail = workspace.detail
    assert window.reader.findChild(QLabel, "articleTitle").text() == detail.title
    assert set(window.reader.claim_ids()) == {c.id for c in detail.claims if not c.orphaned}
    panel = window.review
    qtbot.waitUntil(lambda: panel.claims_tab.claims.count() == len(detail.claims), timeout=10_000)
    assert window.controller.current_claim_id() in workspace.claims_by_id
    assert panel.references_tab.table.rowCount() == len(detail.references)
    open_findings = sum(not f.dismissed for f in workspace.findings)
    assert panel.tabText(2) == f"Findings ({open_findings})"
    # The tabs behind the Claims tab are filled once a reviewer looks at them.
    assert panel.findings_tab.findings.count() == panel.comments_tab.comments.count() == 0
    assert panel.history_tab.new.count() == 0 and not panel.history_tab.history.toPlainText()
    panel.setCurrentWidget(panel.findings_tab)
    qtbot.waitUntil(lambda: panel.findings_tab.findings.count() == len(workspace.findings), timeout=10_000)
    panel.setCurrentWidget(panel.comments_tab)
    assert [panel.comments_tab.comments.item(i).text() for i in range(panel.comments_tab.comments.count())
            ] == ["Which trial is reference 2?"]
    panel.setCurrentWidget(panel.history_tab)
    assert panel.history_tab.new.count() == len(workspace.revisions)
    assert workspace.history and workspace.history[-1].actor in panel.history_tab.history.toPlainText()
    enabled = {s.action for s in workspace.actions or () if s.enabled}
    assert {key for key, action in window.workflow.actions.items() if action.isEnabled()} == enabled
    assert window.controller.editor.article != 5  # the Editor tab too is filled once it is shown
    panel.setCurrentWidget(panel.editor_tab)
    wait_idle(qtbot, window)
    assert window.controller.editor.article == 5 and window.controller.editor.revision == detail.revision_id
    assert panel.editor_tab.source.toPlainText() == detail.body
