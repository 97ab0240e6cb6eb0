"""Starting the application: the QApplication, the palette, the main window, the screenshot mode."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable

from ui.gui_options import REVIEW_TABS

SCREENSHOT_SIZE = (1400, 900)
SCREENSHOT_TIMEOUT_MS = 20_000


def run_gui(*, db: str | None, screenshot: str | None = None, article: int | None = None, user: str | None = None,
            password: str | None = None, tab: str | None = None, claim: int | None = None, theme: str | None = None,
            create: bool = False, dashboard: bool = False, language: str | None = None) -> int:
    if screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A screenshot must not read or change the user's saved window layout.
        os.environ.setdefault("WORKSTATION_SETTINGS_DIR", tempfile.mkdtemp(prefix="workstation-shot-"))
    from ui.responsiveness import paint_on_gui_thread

    paint_on_gui_thread()
    from PySide6.QtWidgets import QApplication

    from ui import settings
    from ui.errors import configure_logging, install_excepthook
    from ui.theme import apply_theme, requested_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(settings.APPLICATION)
    app.setOrganizationName(settings.ORGANIZATION)
    from ui.about import app_icon

    app.setWindowIcon(app_icon())
    app.setDesktopFileName("review-workstation")  # the desktop entry's name, so the desktop matches the window
    try:
        wanted = requested_theme(theme)
    except ValueError as exc:  # a mistyped WORKSTATION_THEME: say so, and follow the system
        print(f"workstation: {exc}; following the system", file=sys.stderr)
        wanted = "system"
    apply_theme(app, wanted)
    from ui.i18n import install_language

    try:
        install_language(app, language)
    except FileNotFoundError as exc:  # a build without its translations: say so, and stay English
        print(f"workstation: {exc}; the window stays English", file=sys.stderr)
    configure_logging()
    install_excepthook()
    if screenshot:
        import ui.errors

        ui.errors.show_dialogs = False  # nobody is there to close a dialog: errors go to standard error
    from ui.main_window import SignInCancelled, create_main_window

    try:
        window = create_main_window(db, user=user, password=password, seed=True, interactive=not screenshot,
                                    create=create)
    except SignInCancelled as exc:
        print(f"workstation: {exc}; the window was not opened", file=sys.stderr)
        return 1 if screenshot else 0
    from ui.responsiveness import freeze_startup_heap, share_the_interpreter, space_out_collections

    freeze_startup_heap()
    space_out_collections()
    share_the_interpreter()
    if article is not None:
        window.select_article(article)
    if tab is not None:
        window.review.setCurrentIndex(REVIEW_TABS.index(tab))
    if dashboard:
        window.dashboard.set_shown(True)
    if screenshot:
        return _screenshot(app, window, screenshot, claim=claim, tab=tab)
    from workstation.facade import start_renderer

    window.runner.query(start_renderer)  # while the window opens, not at the first large article
    window.show()
    if claim is not None:
        _once_shown(window, lambda: _select_claim(window, claim, tab))
    return app.exec()


def _select_claim(window, claim: int, tab: str | None) -> None:  # type: ignore[no-untyped-def]
    window.controller.select_claim(claim)  # which shows the claims tab
    if tab is not None:
        window.review.setCurrentIndex(REVIEW_TABS.index(tab))


def _once_shown(window, then: Callable[[], None]) -> None:  # type: ignore[no-untyped-def]
    """Call ``then`` once the window shows an article (checked on the GUI thread's timer)."""
    from PySide6.QtCore import QTimer

    timer = QTimer(window)
    timer.setInterval(50)

    def check() -> None:
        if window.controller.shown is not None and window.runner.is_idle():
            timer.stop()
            then()

    timer.timeout.connect(check)
    timer.start()


def _screenshot(app, window, path: str, *, claim: int | None = None,  # type: ignore[no-untyped-def]
                tab: str | None = None) -> int:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    window.resize(*SCREENSHOT_SIZE)
    window.show()
    deadline = QDeadlineTimer(SCREENSHOT_TIMEOUT_MS)

    def settle() -> None:
        # Until the library ids, the visible rows and the article have all arrived.
        settled = 0
        while not deadline.hasExpired() and settled < 3:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            ready = window.runner.is_idle() and window.controller.shown is not None
            settled = settled + 1 if ready else 0

    settle()
    if claim is not None:
        _select_claim(window, claim, tab)
        settle()
    window.resize(*SCREENSHOT_SIZE)
    # Views that lay items out after a resize do so on a short timer (QListView: 100 ms).
    wait = QDeadlineTimer(300)
    while not wait.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    ok = window.grab().save(path)
    window.close()
    return 0 if ok else 1
