"""File → Back up…: a verified copy of the open database, taken on the op runner's thread with progress."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.core_messages import error_text
from ui.desk import Desk
from ui.errors import report_error
from ui.window_menus import WindowMenus
from workstation.facade import BackupReport

TIP = QT_TRANSLATE_NOOP("BackupController", "Save a verified copy of the database (it may stay open and in use meanwhile)")
BACKUP_PATTERNS = QT_TRANSLATE_NOOP("BackupController", "Review Workstation backups (*.db);;All files (*)")


class BackupController(QObject):
    """Offers Back up… to anyone signed in at a window on a SQLite database."""

    finished = Signal(object)  # BackupReport (cancelled or not) once a backup from the window is done
    failed = Signal(str)  # the reason a backup was refused or failed

    def __init__(self, desk: Desk, menus: WindowMenus) -> None:
        super().__init__(desk.parent)
        self.desk = desk
        self.action = menus.action("actionBackup", self.tr("&Back up…"), self.ask, None, self.tr(TIP))
        menus.insert_after(menus.file_menu, menus.action_export, self.action)
        menus.file_menu.setToolTipsVisible(True)  # a disabled Back up… says why
        self.last_report: BackupReport | None = None
        self.apply_user()

    def apply_user(self) -> None:
        """Enabled for anyone signed in; a team database (PostgreSQL) is backed up with pg_dump instead."""
        if not self.desk.workstation.backups.backs_up_here:
            enabled, tip = False, self.tr("Back up: a team database (PostgreSQL) is backed up with pg_dump on the server")
        elif self.desk.user is None:
            enabled, tip = False, self.tr("Back up: nobody is signed in (File → Sign in…)")
        else:
            enabled, tip = True, self.tr(TIP)
        self.action.setEnabled(enabled)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    @classmethod
    def ask_file(cls, parent: QWidget, suggested: str) -> str | None:
        """The file to write (the dialog asks before replacing one); None when cancelled. Tests patch this."""
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("BackupController", "Back up the database"), suggested,
                                              QCoreApplication.translate("BackupController", BACKUP_PATTERNS))
        return path or None

    def ask(self) -> None:
        if self.desk.user is None or not self.desk.workstation.backups.backs_up_here:
            return
        database = Path(self.desk.workstation.url.removeprefix("sqlite:///"))
        suggested = str(database.with_name(f"{database.stem}-backup-{date.today().isoformat()}.db"))
        path = self.ask_file(self.desk.parent, suggested)
        if path:
            self.run(path)

    def run(self, path: str) -> None:
        """Back up to ``path`` (replacing it: the save dialog already asked) with progress and Cancel."""
        ws, user = self.desk.workstation, self.desk.user

        def backup(progress):  # type: ignore[no-untyped-def]
            return ws.backups.backup(path=path, user=user, progress=progress, overwrite=True)

        def done(report: BackupReport) -> None:
            self.last_report = report
            self.finished.emit(report)
            QTimer.singleShot(0, self, lambda: self._show(report))  # once the runner went idle

        def refused(error: BaseException) -> None:
            self.failed.emit(error_text(error))
            report_error(error, parent=self.desk.parent, title=self.tr("Back up"))

        self.desk.runner.long_mutation(backup, done, failure=refused, label=self.tr("Backing up the database"))

    def _show(self, report: BackupReport) -> None:
        if self.desk.closed:
            return
        bar = self.desk.status_bar
        if report.cancelled:
            bar.showMessage(self.tr("Backup cancelled: nothing was kept"), 10000)
            return
        locale = QLocale()
        size = locale.formattedDataSize(report.bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        bar.showMessage(self.tr("Backed up to {file} ({size})").format(file=report.file, size=size), 10000)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Backed up"),
                          self.tr("The database was copied to\n{file}\n\n{size}; integrity checked; the audit trail in the copy verifies ({0} events). The backup is recorded in the audit trail as event {1}.").format(locale.toString(report.events), locale.toString(report.event_id or 0), file=report.file, size=size),
                          QMessageBox.StandardButton.Ok, self.desk.parent)
        box.setObjectName("backupSummary")
        box.open()
