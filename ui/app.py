"""Starting the application: the QApplication, the main window, the screenshot mode."""

from __future__ import annotations

import os
import sys
import tempfile

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_MS = 20_000


def run_gui(*, db: str | None, screenshot: str | None = None, article: int | None = None, user: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A screenshot must not read or change the user's saved window layout.
        os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="workstation-shot-"))
    from PySide6.QtWidgets import QApplication

    from ui import settings
    from ui.errors import configure_logging, install_excepthook

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANIZATION)
    configure_logging()
    install_excepthook()
    from ui.main_window import create_main_window

    window = create_main_window(db, user=user, seed=True, interactive=not screenshot)
    from ui.memory import freeze_startup_heap

    freeze_startup_heap()
    if article is not None:
        window.select_article(article)
    if screenshot:
        return _screenshot(app, window, screenshot)
    window.show()
    return app.exec()


def _screenshot(app, window, path: str) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    deadline = QDeadlineTimer(SCREENSHOT_TIMEOUT_MS)
    # Wait until the library ids, the visible rows and the article have all arrived.
    settled = 0
    while not deadline.hasExpired() and settled < 3:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        ready = window.runner.is_idle() and window.current_article is not None
        settled = settled + 1 if ready else 0
    window.resize(*SCREENSHOT_SIZE)
    app.processEvents()
    ok = window.grab().save(path)
    window.close()
    return 0 if ok else 1
