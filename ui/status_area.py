"""The status bar: how many articles are listed, the running job's progress and Cancel, who is signed in."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

from ui.ops import OpRunner


class StatusArea(QObject):
    def __init__(self, bar: QStatusBar, runner: OpRunner) -> None:
        super().__init__(bar)
        self.bar = bar
        self._progress_label = ""
        self.user_label = QLabel("")  # Session.update_actions says who is signed in
        self.user_label.setObjectName("userLabel")
        self.count_label = QLabel("")
        self.count_label.setObjectName("countLabel")
        self.progress = QProgressBar()
        self.progress.setObjectName("opProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cancelOpButton")
        self.cancel.hide()
        self.cancel.clicked.connect(runner.cancel_current)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.user_label)
        runner.job_started.connect(self._show_progress)
        runner.progress.connect(self._progress)
        runner.busy_changed.connect(self._busy)

    def _show_progress(self, label: str, cancellable: bool) -> None:
        self.progress.setFormat(label + "  %p%")
        self.progress.show()
        self.cancel.setVisible(cancellable)
        # A job's label takes the message area only if no result message is showing there: a re-read that a
        # change sets off ("Opening the article") must not wipe "Export finished" before the reviewer reads it.
        current = self.bar.currentMessage()
        if not current or current == self._progress_label:
            self.bar.showMessage(label)
        self._progress_label = label

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.progress.hide()
            self.cancel.hide()
            self.progress.setRange(0, 0)
            # Only the job's own label goes: a result message shown by the job ("Imported 3 article(s)") stays.
            if self._progress_label and self.bar.currentMessage() == self._progress_label:
                self.bar.clearMessage()
            self._progress_label = ""
