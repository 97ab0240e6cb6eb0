"""PDF through Qt (QTextDocument printed by QPdfWriter): no extra engine."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication


def ensure_gui_application() -> None:
    """QTextDocument needs a Qt application; the command line has none (and maybe no display)."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A widgets application, so that windows opened later in the same process still work.
        ensure_gui_application.app = QApplication([])  # type: ignore[attr-defined]


def write_pdf(html: str, path: Path) -> None:
    """Print HTML (the QTextDocument subset) to an A4 PDF, atomically: a temporary file, then a rename."""
    ensure_gui_application()
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".export-", suffix=".pdf", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18),
                        QPageLayout.Unit.Millimeter)
        )
        writer.setResolution(300)
        writer.setTitle(path.stem)
        document = QTextDocument()
        document.setHtml(html)
        layout = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(layout.width(), layout.height()))
        document.print_(writer)
        del writer  # flushes and closes the file
        if not os.path.getsize(temporary):
            raise OSError("the PDF writer produced an empty file")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
