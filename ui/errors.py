"""The one place that reports errors: a log file and a dialog.

``install_excepthook`` makes an exception raised in a slot show a dialog and
land in the log instead of ending the application.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.core_messages import error_text
from workstation.errors import WorkstationError

log = logging.getLogger("workstation.ui")
_configured = False
# Tests set this to False so a failure shows in the test output instead of a modal dialog.
show_dialogs = True


def log_file() -> Path:
    folder = Path(user_log_dir("review-workstation", "ReviewWorkstation"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "workstation.log"


def configure_logging() -> None:
    global _configured
    if _configured:
        return
    _configured = True
    try:
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def describe(error: BaseException) -> str:
    """What a reviewer reads: our own errors in the window's language, others with their type."""
    return error_text(error)


def report_error(error: BaseException, *, parent: QWidget | None = None, title: str = "Review Workstation") -> None:
    """Log the error and tell the user (expected refusals are not logged as crashes)."""
    configure_logging()
    if isinstance(error, WorkstationError):
        log.info("refused: %s", error)
    else:
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    if show_dialogs and QApplication.instance() is not None:
        QMessageBox.warning(parent, title, describe(error))
    else:
        print(f"{title}: {describe(error)}", file=sys.stderr)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    configure_logging()
    log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, error, tb)))
    report_error(error)


def install_excepthook() -> None:
    sys.excepthook = _excepthook
