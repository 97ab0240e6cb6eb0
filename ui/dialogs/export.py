"""Exporting approved articles: which ones, in which formats, to which folder; and the summary afterwards.

``ExportView`` only builds the widgets; ``ExportDialog`` fills them, checks the
choices and remembers the last folder and formats. ``ExportDialog.ask()`` is the
one entry point (tests patch it). ``ExportSummary`` words the result of an export
and ``ExportSummaryBox`` shows it, offering to open the folder or its index.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import settings as store
from ui.core_messages import core_text
from ui.i18n import numeric_date, timestamp
from workstation.facade import EXPORT_FORMATS as FORMATS
from workstation.facade import STYLE_LABELS, ExportReport, IndexEntry

FORMAT_LABELS = {
    "html": QT_TRANSLATE_NOOP("ExportView", "HTML page"),
    "md": QT_TRANSLATE_NOOP("ExportView", "Markdown"),
    "json": "JSON",
    "pdf": "PDF",
    "report": QT_TRANSLATE_NOOP("ExportView", "Review report (HTML)"),
    "report-pdf": QT_TRANSLATE_NOOP("ExportView", "Review report (PDF)"),
}
DEFAULT_FORMATS = ("html",)
LAST_FOLDER = "export/folder"
LAST_FORMATS = "export/formats"
LAST_STYLE = "export/style"
GEOMETRY = "export/geometry"
ID_ROLE = Qt.ItemDataRole.UserRole
TITLE, APPROVED, NEXT_REVIEW = range(3)
REFUSALS_SHOWN = 5  # the rest go to the summary's details


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose to export."""

    article_ids: tuple[int, ...]
    formats: tuple[str, ...]
    folder: str
    style: str | None = None  # the reference lists' citation style (None: as the article writes them)


def format_checkbox_name(fmt: str) -> str:
    return "exportFormat_" + fmt.replace("-", "_")


class ExportView(QWidget):
    """The dialog's widgets, laid out; no behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Why the selected article is missing from the list (hidden when it is not).
        self.notice = QFrame()
        self.notice.setObjectName("exportNoticeFrame")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet(
            "#exportNoticeFrame { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; }"
        )
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice_text = QLabel()
        self.notice_text.setObjectName("exportNotice")
        self.notice_text.setWordWrap(True)
        self.notice_text.setAccessibleName(self.tr("Why the selected article is not listed"))
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 6, 8, 6)
        notice_layout.addWidget(icon)
        notice_layout.addWidget(self.notice_text, 1)
        self.notice.hide()

        self.filter = QLineEdit()
        self.filter.setObjectName("exportFilter")
        self.filter.setPlaceholderText(self.tr("Filter by title"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter approved articles by title"))
        self.articles = QTreeWidget()
        self.articles.setObjectName("exportArticleList")
        self.articles.setAccessibleName(self.tr("Approved articles"))
        self.articles.setHeaderLabels([self.tr("Title"), self.tr("Approved"), self.tr("Next review")])
        self.articles.setRootIsDecorated(False)
        self.articles.setUniformRowHeights(True)
        self.articles.setAlternatingRowColors(True)
        self.articles.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.articles.setSortingEnabled(True)
        self.articles.setMinimumHeight(200)
        header = self.articles.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(APPROVED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NEXT_REVIEW, QHeaderView.ResizeMode.ResizeToContents)
        self.select_all = QPushButton(self.tr("Select all"))
        self.select_all.setObjectName("exportSelectAll")
        self.select_all.setAccessibleName(self.tr("Select all listed articles"))
        self.select_none = QPushButton(self.tr("Select none"))
        self.select_none.setObjectName("exportSelectNone")
        self.select_none.setAccessibleName(self.tr("Clear the article selection"))
        self.count = QLabel()
        self.count.setObjectName("exportCount")
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        selection_bar = QHBoxLayout()
        selection_bar.addWidget(self.select_all)
        selection_bar.addWidget(self.select_none)
        selection_bar.addStretch(1)
        selection_bar.addWidget(self.count)
        articles_box = QGroupBox(self.tr("Approved articles"))
        articles_layout = QVBoxLayout(articles_box)
        articles_layout.addWidget(self.filter)
        articles_layout.addWidget(self.articles, 1)
        articles_layout.addLayout(selection_bar)

        self.formats: dict[str, QCheckBox] = {}
        formats_box = QGroupBox(self.tr("Formats"))
        grid = QGridLayout(formats_box)
        grid.setHorizontalSpacing(24)
        for position, fmt in enumerate(FORMATS):
            box = QCheckBox(self.tr(FORMAT_LABELS.get(fmt, fmt)))
            box.setObjectName(format_checkbox_name(fmt))
            box.setAccessibleName(self.tr("Export as {0}").format(self.tr(FORMAT_LABELS.get(fmt, fmt))))
            self.formats[fmt] = box
            grid.addWidget(box, position // 3, position % 3)
        grid.setColumnStretch(3, 1)
        self.reference_style = QComboBox()
        self.reference_style.setObjectName("exportReferenceStyle")
        self.reference_style.setAccessibleName(self.tr("Reference style of HTML and PDF exports"))
        self.reference_style.addItem(self.tr("As written in the article"), None)
        for key, label in STYLE_LABELS.items():
            self.reference_style.addItem(label, key)
        style_label = QLabel(self.tr("&References in HTML and PDF:"))
        style_label.setBuddy(self.reference_style)
        grid.addWidget(style_label, (len(FORMATS) + 2) // 3, 0)
        grid.addWidget(self.reference_style, (len(FORMATS) + 2) // 3, 1, 1, 2)

        self.folder = QLineEdit()
        self.folder.setObjectName("exportFolder")
        self.folder.setPlaceholderText(self.tr("Choose the folder the files are written to"))
        self.folder.setAccessibleName(self.tr("Export folder"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setObjectName("exportBrowse")
        self.browse.setAccessibleName(self.tr("Choose the export folder"))
        folder_box = QGroupBox(self.tr("Folder"))
        folder_layout = QHBoxLayout(folder_box)
        folder_layout.addWidget(self.folder, 1)
        folder_layout.addWidget(self.browse)

        self.summary = QLabel()
        self.summary.setObjectName("exportSummaryLine")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("What the export will write"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.export = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export.setText(self.tr("Export"))
        self.export.setObjectName("exportButton")
        self.export.setAccessibleName(self.tr("Export"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(articles_box, 1)
        layout.addWidget(formats_box)
        layout.addWidget(folder_box)
        layout.addLayout(bottom)


class ExportDialog(QDialog):
    """Choose approved articles, formats and a folder; Export stays disabled (saying why) until all three are chosen."""

    def __init__(self, articles: Sequence[IndexEntry], *, current: int | None = None, notice: str = "",
                 parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export approved articles"))
        self.setSizeGripEnabled(True)
        self.view = ExportView(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        self.view.notice_text.setText(notice)
        self.view.notice.setVisible(bool(notice))
        self._fill(articles, current, today or date.today())
        self._restore()
        self.view.articles.setFocus()

        view = self.view
        view.buttons.accepted.connect(self.accept)
        view.buttons.rejected.connect(self.reject)
        view.articles.itemChanged.connect(lambda *_: self._validate())
        view.articles.itemDoubleClicked.connect(self._toggle)
        view.filter.textChanged.connect(self._filter)
        view.select_all.clicked.connect(lambda: self._check_shown(True))
        view.select_none.clicked.connect(lambda: self._check_shown(False))
        view.browse.clicked.connect(self._browse)
        view.folder.textChanged.connect(lambda *_: self._validate())
        for box in view.formats.values():
            box.toggled.connect(lambda *_: self._validate())
        self._validate()

    # ----------------------------------------------------------------- the choices
    def checked_ids(self) -> tuple[int, ...]:
        return tuple(int(item.data(TITLE, ID_ROLE)) for item in self._items()
                     if item.checkState(TITLE) == Qt.CheckState.Checked)

    def checked_formats(self) -> tuple[str, ...]:
        return tuple(fmt for fmt, box in self.view.formats.items() if box.isChecked())

    def folder(self) -> str:
        text = self.view.folder.text().strip()
        return str(Path(text).expanduser()) if text else ""

    def choice(self) -> ExportChoice:
        return ExportChoice(self.checked_ids(), self.checked_formats(), self.folder(),
                            self.view.reference_style.currentData())

    def missing(self) -> str:
        """Why Export is disabled ('' once it may run)."""
        if not self.checked_ids():
            return self.tr("Choose at least one article to export.")
        if not self.checked_formats():
            return self.tr("Choose at least one format.")
        folder = self.folder()
        if not folder:
            return self.tr("Choose a folder to export to.")
        path = Path(folder)
        if not path.is_absolute():
            return self.tr("Give the folder's full path, or choose it with Browse…")
        if path.exists() and not path.is_dir():
            return self.tr("{folder} is a file, not a folder.").format(folder=folder)
        return ""

    # ----------------------------------------------------------------- behaviour
    def _fill(self, articles: Sequence[IndexEntry], current: int | None, today: date) -> None:
        tree = self.view.articles
        tree.setSortingEnabled(False)
        current_item = None
        for entry in articles:
            item = QTreeWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(TITLE, ID_ROLE, entry.article_id)
            item.setText(TITLE, entry.title)
            item.setToolTip(TITLE, entry.title)
            approved = entry.approved_at.astimezone()
            item.setText(APPROVED, numeric_date(approved.date()))
            item.setToolTip(APPROVED, self.tr("Approved {0} (local time)").format(timestamp(approved)))
            if entry.next_review is not None:
                due = entry.next_review <= today
                item.setText(NEXT_REVIEW, numeric_date(entry.next_review) + (self.tr("  (due)") if due else ""))
                item.setToolTip(NEXT_REVIEW, self.tr("Due for re-review") if due else self.tr("Next review"))
            checked = entry.article_id == current
            item.setCheckState(TITLE, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            tree.addTopLevelItem(item)
            if checked:
                current_item = item
        tree.setSortingEnabled(True)
        tree.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        if current_item is not None:
            tree.setCurrentItem(current_item)
            tree.scrollToItem(current_item)

    def _items(self) -> Iterator[QTreeWidgetItem]:
        tree = self.view.articles
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is not None:
                yield item

    def _toggle(self, item: QTreeWidgetItem, _column: int) -> None:
        checked = item.checkState(TITLE) == Qt.CheckState.Checked
        item.setCheckState(TITLE, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        tree = self.view.articles
        tree.blockSignals(True)  # one validation for the lot, not one per row
        try:
            for item in self._items():
                if not item.isHidden():
                    item.setCheckState(TITLE, state)
        finally:
            tree.blockSignals(False)
        self._validate()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._items():
            item.setHidden(bool(needle) and needle not in item.text(TITLE).casefold())
        self._validate()

    def _browse(self) -> None:
        start = self.folder() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export to folder"), start)
        if chosen:
            self.view.folder.setText(chosen)

    def _validate(self) -> None:
        view = self.view
        ids = self.checked_ids()
        total = view.articles.topLevelItemCount()
        shown = sum(1 for item in self._items() if not item.isHidden())
        count = self.tr("{0} of {total} selected").format(len(ids), total=total)
        if shown != total:
            count += self.tr(" · {shown} shown").format(shown=shown)
        view.count.setText(count)
        why = self.missing()
        view.export.setEnabled(not why)
        view.export.setToolTip(why or self.tr("Export the selected articles"))
        view.export.setAccessibleDescription(why)
        if why:
            view.summary.setText(why)
            view.summary.setEnabled(False)  # drawn muted: a hint, not an error
        else:
            formats = len(self.checked_formats())
            view.summary.setText(
                self.tr("Writes {0} ({1} × {2}) and index.html to {3}").format(_count(len(ids) * formats, 'file'), _count(len(ids), 'article'), _count(formats, 'format'), self.folder())
            )
            view.summary.setEnabled(True)

    # ----------------------------------------------------------------- settings
    def _restore(self) -> None:
        saved = store.settings()
        folder = saved.value(LAST_FOLDER)
        if folder:
            self.view.folder.setText(str(folder))
        formats = _as_list(saved.value(LAST_FORMATS)) or list(DEFAULT_FORMATS)
        for fmt, box in self.view.formats.items():
            box.setChecked(fmt in formats)
        style = self.view.reference_style.findData(saved.value(LAST_STYLE) or None)
        self.view.reference_style.setCurrentIndex(max(style, 0))
        geometry = saved.value(GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(760, 600)

    def done(self, result: int) -> None:
        saved = store.settings()
        saved.setValue(GEOMETRY, self.saveGeometry())
        if result == QDialog.DialogCode.Accepted:
            saved.setValue(LAST_FOLDER, self.folder())
            saved.setValue(LAST_FORMATS, list(self.checked_formats()))
            saved.setValue(LAST_STYLE, self.view.reference_style.currentData() or "")
        saved.sync()
        super().done(result)

    def accept(self) -> None:
        if self.missing():  # Return in a field must not slip past the disabled button
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, articles: Sequence[IndexEntry], *, current: int | None = None,
            notice: str = "") -> ExportChoice | None:
        """The articles, formats and folder chosen, or None when cancelled."""
        dialog = cls(articles, current=current, notice=notice, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()


# --------------------------------------------------------------------- after the export
@dataclass(frozen=True)
class ExportSummary:
    """What an export did, in words: a title, a message, details and a status-bar line."""

    title: str
    text: str
    details: str
    status_line: str
    folder: str
    index_file: str | None
    warning: bool

    @classmethod
    def of(cls, report: ExportReport, *, folder: str, requested: int, cancelled: bool) -> ExportSummary:
        articles = len({e.id for e in report.exported})
        files = len(report.exported)
        written = QCoreApplication.translate("ExportSummary", "{0} for {1}").format(_count(files, 'file'), _count(articles, 'article')) if files else QCoreApplication.translate("ExportSummary", "No file")
        if cancelled:
            title = QCoreApplication.translate("ExportSummary", "Export cancelled")
            done = len({e.id for e in report.exported} | {r.id for r in report.refused})
            text = (QCoreApplication.translate("ExportSummary", "Cancelled after {done} of {0}. {written} written to {folder}; the rest was not started, and no file was left half-written.").format(_count(requested, 'article'), done=done, written=written, folder=folder))
        elif files:
            title = QCoreApplication.translate("ExportSummary", "Export finished")
            text = QCoreApplication.translate("ExportSummary", "{written} written to {folder}.").format(written=written, folder=folder)
        else:
            title = QCoreApplication.translate("ExportSummary", "Nothing exported")
            text = QCoreApplication.translate("ExportSummary", "Nothing was written to {folder}.").format(folder=folder)
        details = ""
        if report.refused:
            reasons = [f"• {core_text(r.reason)}" for r in report.refused]
            text += QCoreApplication.translate("ExportSummary", "\n\nRefused ({0}):\n").format(len(reasons)) + "\n".join(reasons[:REFUSALS_SHOWN])
            if len(reasons) > REFUSALS_SHOWN:
                text += QCoreApplication.translate("ExportSummary", "\n… and {0} more (see the details).").format(len(reasons) - REFUSALS_SHOWN)
                details = "\n".join(QCoreApplication.translate("ExportSummary", "Article {0}: {1}").format(r.id, core_text(r.reason))
                                    for r in report.refused)
        if report.not_written:  # files beside the articles' (index.html) that could not be written
            text += QCoreApplication.translate("ExportSummary", "\n\nNot written:\n") + "\n".join(f"• {what}" for what in report.not_written)
        status = QCoreApplication.translate("ExportSummary", "{title}: {0} written to {folder}").format(written.lower() if not files else written, title=title, folder=folder)
        if report.refused:
            status += QCoreApplication.translate("ExportSummary", "; {0} refused").format(len(report.refused))
        if report.not_written:
            status += QCoreApplication.translate("ExportSummary", "; {0} not written").format(_count(len(report.not_written), 'other file'))
        warning = bool(report.refused or report.not_written) or not files
        return cls(title, text, details, status, folder, report.index_file, warning)


class ExportSummaryBox(QMessageBox):
    """The summary after an export; 'Open folder' and 'Open index' ask the window to open them."""

    open_requested = Signal(str)  # a local path

    def __init__(self, summary: ExportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportSummary")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(summary.title)
        self.setIcon(QMessageBox.Icon.Warning if summary.warning else QMessageBox.Icon.Information)
        self.setText(summary.title)
        self.setInformativeText(summary.text)
        if summary.details:
            self.setDetailedText(summary.details)
        self.open_folder = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder.setObjectName("exportOpenFolder")
        self.open_index = None
        if summary.index_file:
            self.open_index = self.addButton(self.tr("Open index"), QMessageBox.ButtonRole.ActionRole)
            self.open_index.setObjectName("exportOpenIndex")
        close = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(close)
        self.setEscapeButton(close)
        targets: dict[Any, str] = {self.open_folder: summary.folder}
        if self.open_index is not None and summary.index_file:
            targets[self.open_index] = summary.index_file
        self.buttonClicked.connect(lambda button: self._clicked(targets.get(button)))

    def _clicked(self, path: str | None) -> None:
        if path:
            self.open_requested.emit(path)


def _count(n: int, noun: str) -> str:
    """'1 file', '3 files', in the window's language (German counts as English does: one, or many)."""
    one, many = {  # noqa: E501
        "file": (QCoreApplication.translate("ExportSummary", "{0} file"), QCoreApplication.translate("ExportSummary", "{0} files")),
        "article": (QCoreApplication.translate("ExportSummary", "{0} article"), QCoreApplication.translate("ExportSummary", "{0} articles")),
        "format": (QCoreApplication.translate("ExportSummary", "{0} format"), QCoreApplication.translate("ExportSummary", "{0} formats")),
    }.get(noun) or (QCoreApplication.translate("ExportSummary", "{0} other file"), QCoreApplication.translate("ExportSummary", "{0} other files"))
    return (one if n == 1 else many).format(n)


def _as_list(value: object) -> list[str]:
    """A list saved in QSettings: INI files give a single item back as a plain string."""
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[attr-defined]
