"""PDF through Qt (QTextDocument printed by QPdfWriter): no extra engine."""

from __future__ import annotations

import errno
import os
import re
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication

from workstation.facade import sync_folder

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_AUDIT_HEAD = re.compile(r"audit-head \d+:[0-9a-f]{64}")


def ensure_gui_application() -> None:
    """QTextDocument needs a Qt application; the command line has none (and maybe no display)."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A widgets application, so that windows opened later in the same process still work.
        ensure_gui_application.app = QApplication([])  # type: ignore[attr-defined]


def write_pdf(html: str, path: Path) -> None:
    """Print HTML (the QTextDocument subset) to an A4 PDF, atomically: a temporary file, then a rename.

    QPdfWriter reports no write errors (a full disk leaves a truncated file), so the
    temporary file is checked before it takes the final name: it must end with
    ``%%EOF`` and its cross-reference table must lie inside it. Then it is synced
    and renamed; on any failure it is removed and OSError says why.
    """
    ensure_gui_application()
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18),
                        QPageLayout.Unit.Millimeter)
        )
        writer.setResolution(300)
        writer.setTitle(path.stem)
        anchor = _AUDIT_HEAD.search(html)
        if anchor:  # in the metadata too, where `audit verify --against` finds it without parsing pages
            writer.setCreator(f"Review Workstation; {anchor.group(0)}")
        document = QTextDocument()
        document.setHtml(html)
        layout = writer.pageLayout().paintRectPixels(writer.resolution())
        document.setPageSize(QSizeF(layout.width(), layout.height()))
        document.print_(writer)
        del writer  # flushes and closes the file
        check_pdf(Path(temporary))
        with open(temporary, "rb") as stream:
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    sync_folder(path.parent)


def check_pdf(path: Path) -> None:
    """Raise OSError unless the file is a whole PDF: header, ``%%EOF`` at the end, xref inside it."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(8)
        stream.seek(max(0, size - 1024))
        tail = stream.read()
    found = _STARTXREF.search(tail)
    if not head.startswith(b"%PDF-") or not tail.rstrip().endswith(b"%%EOF") or found is None:
        raise OSError(errno.EIO, f"the PDF is incomplete ({size} bytes written; is the disk full?)")
    if int(found.group(1)) >= size:
        raise OSError(errno.EIO, f"the PDF is truncated (its index lies beyond its {size} bytes)")
