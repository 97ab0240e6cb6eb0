"""The Export action: offered while any article is approved, files written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_export import approved_db
from ui.dialogs.export import ExportChoice, ExportDialog, ExportSummaryBox


def test_export_action_writes_every_format(main_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db, article_id = approved_db(tmp_path)
    out = tmp_path / "exported"
    asked: list[tuple[list[int], int | None, str]] = []

    def ask(cls, parent, articles, *, current=None, notice=""):  # type: ignore[no-untyped-def]
        asked.append(([a.article_id for a in articles], current, notice))
        return ExportChoice((article_id,), ("html", "md", "json", "pdf"), str(out))

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    window = main_window(user="rev", db=db, article=2)
    # The selected article is not approved, but another is: Export is offered.
    assert window.action_export.objectName() == "actionExport"
    qtbot.waitUntil(window.action_export.isEnabled, timeout=10_000)
    assert window.action_export.toolTip() == "Export approved articles"
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        window.action_export.trigger()
    assert [(ids, current) for ids, current, _notice in asked] == [([article_id], 2)]
    assert "is not listed: it is Submitted" in asked[0][2]
    report = blocker.args[0]
    assert not report.refused
    assert {Path(e.file).suffix for e in report.exported} == {".html", ".md", ".json", ".pdf"}
    assert all(Path(e.file).exists() for e in report.exported)
    assert report.index_file == str(out / "index.html")
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryBox, "exportSummary") is not None, timeout=10_000)
    window.findChild(ExportSummaryBox, "exportSummary").close()


def test_cancelling_the_dialog_exports_nothing(main_window, qtbot, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    db, article_id = approved_db(tmp_path)
    asked: list[int] = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(1)))
    window = main_window(user="rev", db=db, article=article_id)
    finished: list[object] = []
    window.export_finished.connect(finished.append)
    window.action_export.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    qtbot.waitUntil(window.runner.is_idle, timeout=10_000)
    assert not finished
