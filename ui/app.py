"""Starting the application: the QApplication, the main window, the screenshot mode."""

from __future__ import annotations

import sys


def run_gui(*, db: str | None, screenshot: str | None = None, article: int | None = None, user: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    if screenshot:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Review Workstation")
    app.setOrganizationName("ReviewWorkstation")
    from ui.main_window import create_main_window

    window = create_main_window(db, user=user, seed=True)
    if article is not None:
        window.select_article(article)
    if screenshot:
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        ok = window.grab().save(screenshot)
        window.close()
        return 0 if ok else 1
    window.show()
    return app.exec()
