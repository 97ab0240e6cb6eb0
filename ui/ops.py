"""The op runner: every facade call the window makes runs here, one at a time.

One worker thread owns the calls (as Anki's CollectionOp/QueryOp do), so the
window never freezes and two calls never race each other. Results and errors
come back to the GUI thread through queued signals; errors go to the one
error reporter; a mutation's OpChanges is announced once, app-wide, through
``changes_applied(changes, initiator)``. Workers never touch widgets.
"""

from __future__ import annotations

import itertools
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from ui.errors import report_error
from workstation.changes import changes_of

PROGRESS_DELAY_MS = 200  # jobs shorter than this never show a progress bar


@dataclass
class Job:
    id: int
    fn: Callable[..., Any]
    success: Callable[[Any], None] | None = None
    failure: Callable[[BaseException], None] | None = None
    mutation: bool = False
    initiator: object | None = None
    label: str = ""
    cancellable: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)


class _Worker(QThread):
    def __init__(self, runner: OpRunner) -> None:
        super().__init__()
        self.runner = runner
        self.jobs: queue.Queue[Job | None] = queue.Queue()

    def run(self) -> None:
        while True:
            job = self.jobs.get()
            if job is None:
                return
            self.runner._started.emit(job)
            try:
                result = job.fn(job) if job.cancellable else job.fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                self.runner._done.emit(job, None, exc)
            else:
                self.runner._done.emit(job, result, None)


class OpRunner(QObject):
    """Runs facade calls on one background thread and reports back on the GUI thread."""

    changes_applied = Signal(object, object)  # OpChanges, initiator
    idle = Signal()
    busy_changed = Signal(bool)
    job_started = Signal(str, bool)  # label, cancellable (after PROGRESS_DELAY_MS)
    progress = Signal(int, int)  # done, total
    _started = Signal(object)
    _done = Signal(object, object, object)
    _progress = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending = 0
        self._current: Job | None = None
        self._worker = _Worker(self)
        self._done.connect(self._finish)
        self._started.connect(self._on_started)
        self._progress.connect(self.progress)
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.timeout.connect(self._announce_slow)
        self._worker.start()

    # ----------------------------------------------------------------- submit
    def query(self, fn: Callable[[], Any], success: Callable[[Any], None] | None = None, *,
              failure: Callable[[BaseException], None] | None = None, label: str = "") -> Job:
        """Read something; ``success(result)`` runs on the GUI thread."""
        return self._submit(Job(next(self._ids), fn, success, failure, label=label))

    def mutate(self, fn: Callable[[], Any], success: Callable[[Any], None] | None = None, *,
               initiator: object | None = None, failure: Callable[[BaseException], None] | None = None,
               label: str = "") -> Job:
        """Change something; the OpChanges it returns (or carries as ``.changes``) is announced."""
        return self._submit(Job(next(self._ids), fn, success, failure, mutation=True, initiator=initiator, label=label))

    def long_mutation(self, fn: Callable[[Callable[[int, int], bool]], Any],
                      success: Callable[[Any], None] | None = None, *, initiator: object | None = None,
                      failure: Callable[[BaseException], None] | None = None, label: str = "") -> Job:
        """A cancellable mutation: ``fn(progress)`` where ``progress(done, total)`` returns False once cancelled."""
        def run(job: Job) -> Any:
            def progress(done: int, total: int) -> bool:
                self._progress.emit(done, total)
                return not job.cancel.is_set()
            return fn(progress)
        job = Job(next(self._ids), run, success, failure, mutation=True, initiator=initiator, label=label,
                  cancellable=True)
        return self._submit(job)

    def hold(self) -> Callable[[], None]:
        """Count GUI-thread work done in steps (an article laid out a piece at a time) as pending.

        The window is idle once every queued job has come back and every hold is released;
        the returned function releases this one (calling it again does nothing).
        """
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self._settle()

        return release

    def cancel_current(self) -> None:
        if self._current is not None:
            self._current.cancel.set()

    def is_idle(self) -> bool:
        return self._pending == 0

    def shutdown(self) -> None:
        """Finish the queued jobs and stop the worker (results arriving later are dropped)."""
        if self._worker.isRunning():
            self._worker.jobs.put(None)
            self._worker.wait()

    # ----------------------------------------------------------------- internals
    def _submit(self, job: Job) -> Job:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._worker.jobs.put(job)
        return job

    @Slot(object)
    def _on_started(self, job: Job) -> None:
        self._current = job
        self._slow.start(PROGRESS_DELAY_MS)

    def _announce_slow(self) -> None:
        if self._current is not None:
            self.job_started.emit(self._current.label or self.tr("Working…"), self._current.cancellable)

    @Slot(object, object, object)
    def _finish(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._slow.stop()
        self._current = None
        try:
            if error is not None:
                if job.failure is not None:
                    job.failure(error)
                else:
                    report_error(error, parent=self._dialog_parent())
            else:
                if job.success is not None:
                    job.success(result)
                if job.mutation:
                    changes = changes_of(result)
                    if changes is not None:
                        self.changes_applied.emit(changes, job.initiator)
        finally:
            self._settle()

    def _settle(self) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
            self.idle.emit()

    def _dialog_parent(self):  # type: ignore[no-untyped-def]
        parent = self.parent()
        return parent if parent is not None and parent.isWidgetType() else None
