"""The export dialog, driven through the real window: approved articles only, choices checked, the export
runs off the GUI thread with progress and Cancel, and ends with a summary that opens the folder."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox

import ui.export_pdf
from tests.people import board, password_for
from tests.ui.conftest import wait_idle
from ui.dialogs.export import ExportChoice, ExportDialog, ExportSummaryBox, format_checkbox_name


def approve(db: str, *article_ids: int) -> None:
    """Review and approve seeded articles: every citation supported, every finding dismissed, the approver signs."""
    with board(db) as ws:
        for article_id in article_ids:
            ws.workflow.transition(article_id=article_id, to="under-review", user="rev")
            for claim in ws.library.get_article(article_id=article_id).claims:
                for number in claim.citations:
                    ws.review.set_verdict(claim_id=claim.id, reference=number, verdict="supported", user="rev")
            for finding in ws.review.findings(article_id=article_id):
                if not finding.dismissed:
                    ws.review.dismiss_finding(finding_id=finding.id, user="rev", reason="acceptable here")
            ws.workflow.transition(article_id=article_id, to="Approved", user="appr", password=password_for("appr"))


def drive_dialog(monkeypatch: pytest.MonkeyPatch,
                 drive: Callable[[ExportDialog], ExportChoice | None]) -> dict[str, ExportDialog]:
    """Patch ``ExportDialog.ask`` to build the real dialog from what the window passes, then let ``drive`` use it."""
    seen: dict[str, ExportDialog] = {}

    def ask(cls, parent, articles, *, current=None, notice=""):  # type: ignore[no-untyped-def]
        dialog = cls(articles, current=current, notice=notice, parent=parent)
        seen["dialog"] = dialog
        answer = drive(dialog)
        dialog.done(1 if answer is not None else 0)
        return answer

    monkeypatch.setattr(ExportDialog, "ask", classmethod(ask))
    return seen


def listed(dialog: ExportDialog) -> dict[int, list[str]]:
    tree = dialog.view.articles
    rows = {}
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        rows[int(item.data(0, Qt.ItemDataRole.UserRole))] = [item.text(c) for c in range(3)]
    return rows


def choose(dialog: ExportDialog, *, formats: tuple[str, ...], folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Select every article, exactly these formats and, through Browse…, the folder."""
    dialog.view.select_all.click()
    for fmt, box in dialog.view.formats.items():
        box.setChecked(fmt in formats)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(folder)))
    dialog.view.browse.click()


def open_export(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    assert window.action_export.isEnabled(), window.action_export.toolTip()
    window.action_export.trigger()


def dialog_for(main_window, qtbot, monkeypatch: pytest.MonkeyPatch, *, article: int) -> ExportDialog:  # type: ignore[no-untyped-def]
    """The real dialog that File → Export… opens with ``article`` selected, left open to be looked at."""
    seen = drive_dialog(monkeypatch, lambda dialog: None)
    window = main_window(user="rev", article=article)
    open_export(qtbot, window)
    qtbot.waitUntil(lambda: "dialog" in seen, timeout=10_000)
    return seen["dialog"]


def test_the_dialog_lists_exactly_the_approved_articles(main_window, qtbot, ui_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1, 3)
    dialog = dialog_for(main_window, qtbot, monkeypatch, article=3)
    with board(ui_db) as ws:
        summaries = ws.library.article_summaries(ids=list(range(1, 6)))
    approved = {i: s for i, s in summaries.items() if s.status == "Approved"}
    rows = listed(dialog)
    assert set(rows) == set(approved) == {1, 3}
    for article_id, (title, approved_on, next_review) in rows.items():
        assert title == approved[article_id].title
        assert next_review == approved[article_id].next_review.isoformat()
        assert len(approved_on) == 10 and approved_on < next_review
    # The selected article is approved: it is pre-checked, and nothing needs explaining.
    assert dialog.checked_ids() == (3,)
    assert dialog.view.notice.isHidden()
    assert dialog.view.articles.accessibleName() == "Approved articles"
    assert [dialog.view.formats[f].text() for f in dialog.view.formats] == [
        "HTML page", "Markdown", "JSON", "PDF", "Review report (HTML)", "Review report (PDF)"]


def test_export_stays_disabled_until_articles_formats_and_folder_are_chosen(
        qtbot, ui_db: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1, 3)
    with board(ui_db) as ws:
        articles = ws.export.exportable_articles()
    dialog = ExportDialog(articles)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    export = dialog.view.export
    assert dialog.objectName() == "exportDialog"
    assert not export.isEnabled() and export.toolTip() == "Choose at least one article to export."
    assert dialog.view.count.text() == "0 of 2 selected"

    dialog.view.select_all.click()
    assert dialog.view.count.text() == "2 of 2 selected"
    dialog.view.formats["html"].setChecked(False)
    assert not export.isEnabled() and export.toolTip() == "Choose at least one format."
    json_box = dialog.findChild(QCheckBox, format_checkbox_name("json"))
    qtbot.mouseClick(json_box, Qt.MouseButton.LeftButton, pos=QPoint(8, json_box.height() // 2))  # the tick box
    assert dialog.checked_formats() == ("json",)
    assert not export.isEnabled() and export.toolTip() == "Choose a folder to export to."

    qtbot.keyClicks(dialog.view.folder, "relative/folder")
    assert not export.isEnabled() and "full path" in export.toolTip()
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    dialog.view.folder.setText(str(a_file))
    assert not export.isEnabled() and "is a file" in export.toolTip()

    out = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(out)))
    dialog.view.browse.click()
    assert export.isEnabled(), export.toolTip()
    assert "2 files" in dialog.view.summary.text() and str(out) in dialog.view.summary.text()

    # The filter narrows the list; Select none clears only what is shown.
    first_title = listed(dialog)[1][0]
    dialog.view.filter.setText(first_title[:12])
    dialog.view.select_none.click()
    assert dialog.checked_ids() == (3,)
    assert "1 shown" in dialog.view.count.text()
    dialog.view.filter.clear()
    dialog.view.select_none.click()
    assert not export.isEnabled() and export.toolTip() == "Choose at least one article to export."
    # Return in a field does not slip past the disabled button.
    qtbot.keyClick(dialog.view.folder, Qt.Key.Key_Return)
    assert dialog.result() != ExportDialog.DialogCode.Accepted


def test_the_last_folder_and_formats_are_remembered(qtbot, ui_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1)
    with board(ui_db) as ws:
        articles = ws.export.exportable_articles()
    first = ExportDialog(articles, current=1)
    qtbot.addWidget(first)
    first.view.formats["md"].setChecked(True)
    first.view.formats["report-pdf"].setChecked(True)
    first.view.folder.setText(str(tmp_path / "board"))
    first.view.export.click()
    assert first.result() == ExportDialog.DialogCode.Accepted
    assert first.choice() == ExportChoice((1,), ("html", "md", "report-pdf"), str(tmp_path / "board"))

    second = ExportDialog(articles)
    qtbot.addWidget(second)
    assert second.checked_formats() == ("html", "md", "report-pdf")
    assert second.folder() == str(tmp_path / "board")


def test_exporting_two_articles_writes_the_files_the_index_and_the_audit_events(
        main_window, qtbot, ui_db: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1, 3)
    out = tmp_path / "exported"

    def drive(dialog: ExportDialog) -> ExportChoice:
        choose(dialog, formats=("html", "json"), folder=out, monkeypatch=monkeypatch)
        assert dialog.view.export.isEnabled(), dialog.view.export.toolTip()
        return dialog.choice()

    drive_dialog(monkeypatch, drive)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    window = main_window(user="rev", article=2)
    progress: list[tuple[int, int]] = []
    window.runner.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        open_export(qtbot, window)
    report = blocker.args[0]
    assert not report.refused
    assert {(e.id, Path(e.file).suffix) for e in report.exported} == {(1, ".html"), (1, ".json"),
                                                                     (3, ".html"), (3, ".json")}
    assert sorted(p.name for p in out.iterdir()) == sorted([Path(e.file).name for e in report.exported]
                                                           + ["index.html"])
    index = (out / "index.html").read_text()
    assert all(Path(e.file).name in index for e in report.exported)
    assert progress[-1] == (2, 2)  # the worker's progress reached the window while it ran

    with board(ui_db) as ws:
        for article_id in (1, 3):
            events = [h for h in ws.workflow.history(article_id=article_id) if h.action == "article.export"]
            assert {h.actor for h in events} == {"rev"}
            assert sorted(h.new.split(":")[0] for h in events) == ["html", "json"]

    qtbot.waitUntil(lambda: window.findChild(ExportSummaryBox, "exportSummary") is not None, timeout=10_000)
    box = window.findChild(ExportSummaryBox, "exportSummary")
    assert box.windowTitle() == "Export finished"
    assert f"4 files for 2 articles written to {out}" in box.informativeText()
    assert "Export finished" in window.statusBar().currentMessage()
    box.open_folder.click()
    assert opened == [str(out)]
    wait_idle(qtbot, window)


def test_an_index_that_cannot_be_written_is_named_in_the_summary(
        main_window, qtbot, ui_db: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1)
    out = tmp_path / "exported"
    (out / "index.html").mkdir(parents=True)  # something in the way of the index

    def drive(dialog: ExportDialog) -> ExportChoice:
        choose(dialog, formats=("html",), folder=out, monkeypatch=monkeypatch)
        return dialog.choice()

    drive_dialog(monkeypatch, drive)
    window = main_window(user="rev", article=1)
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        open_export(qtbot, window)
    report = blocker.args[0]
    assert len(report.exported) == 1 and report.index_file is None
    assert [what.split(":")[0] for what in report.not_written] == ["index.html"]
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryBox, "exportSummary") is not None, timeout=10_000)
    box = window.findChild(ExportSummaryBox, "exportSummary")
    assert "1 file for 1 article written" in box.informativeText()
    assert "Not written:\n• index.html: " in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning and box.open_index is None
    assert "1 other file not written" in window.statusBar().currentMessage()
    box.close()
    wait_idle(qtbot, window)


def test_a_selected_article_that_is_not_approved_is_explained(main_window, qtbot, ui_db: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1)
    dialog = dialog_for(main_window, qtbot, monkeypatch, article=2)
    with board(ui_db) as ws:
        title = ws.library.get_article(article_id=2).title
    assert set(listed(dialog)) == {1}
    assert dialog.checked_ids() == ()
    assert not dialog.view.notice.isHidden()
    assert dialog.view.notice_text.text() == (
        f"“{title}” is not listed: it is Submitted, and only approved articles are exported.")


def test_with_no_approved_article_a_message_replaces_the_dialog(main_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen = drive_dialog(monkeypatch, lambda dialog: None)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *a: shown.append((title, text))))
    window = main_window(user="rev", article=2)
    assert window.action_export.isEnabled()  # an article is selected: the user learns why it cannot be exported
    open_export(qtbot, window)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    title, text = shown[0]
    assert title == "Nothing to export"
    assert "No article is approved yet" in text and "it is Submitted" in text
    assert "dialog" not in seen


def test_cancel_stops_after_the_current_article_and_leaves_no_partial_file(
        main_window, qtbot, ui_db: str, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    approve(ui_db, 1, 3)
    out = tmp_path / "exported"
    entered, release = threading.Event(), threading.Event()
    real_write_pdf = ui.export_pdf.write_pdf

    def slow_write_pdf(html: str, path: Path) -> None:
        entered.set()
        assert release.wait(20), "the test never released the PDF writer"
        real_write_pdf(html, path)

    monkeypatch.setattr(ui.export_pdf, "write_pdf", slow_write_pdf)
    drive_dialog(monkeypatch, lambda dialog: (choose(dialog, formats=("html", "pdf"), folder=out,
                                                     monkeypatch=monkeypatch), dialog.choice())[1])
    window = main_window(user="rev", article=1)
    open_export(qtbot, window)
    try:
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        # The worker is busy writing; the window keeps handling events: the progress bar and Cancel appear.
        qtbot.waitUntil(lambda: window.progress.isVisible() and window.cancel.isVisible(), timeout=10_000)
        assert window.progress.format().startswith("Exporting 2 articles")
        qtbot.keyClicks(window.library.search, "stem")
        assert window.library.search.text() == "stem"
        qtbot.mouseClick(window.cancel, Qt.MouseButton.LeftButton)
    finally:
        release.set()
    with qtbot.waitSignal(window.export_finished, timeout=30_000) as blocker:
        pass
    report = blocker.args[0]
    first = report.exported[0].id
    assert {e.id for e in report.exported} == {first}
    assert {Path(e.file).suffix for e in report.exported} == {".html", ".pdf"}
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([Path(e.file).name for e in report.exported] + ["index.html"])
    assert not [n for n in names if n.startswith(".")]  # no temporary file left behind
    qtbot.waitUntil(lambda: window.findChild(ExportSummaryBox, "exportSummary") is not None, timeout=10_000)
    box = window.findChild(ExportSummaryBox, "exportSummary")
    assert box.windowTitle() == "Export cancelled"
    assert "Cancelled after 1 of 2 articles" in box.informativeText()
    box.close()
    wait_idle(qtbot, window)
