"""Help → About: the program's version (the same as ``workstation --version``) and what it runs on."""

from __future__ import annotations

import platform
import sys
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, qVersion
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import make_url

from workstation import __version__

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ICON = Path(__file__).parent / "assets" / "review-workstation.png"


def app_icon() -> QIcon:
    """The program's icon (the same picture as the desktop entry's)."""
    return QIcon(str(ICON))


def about_text(database_url: str) -> str:
    where = make_url(database_url).render_as_string(hide_password=True).removeprefix("sqlite:///")
    frozen = QCoreApplication.translate("About", " (standalone build)") if getattr(sys, "frozen", False) else ""
    return (
        QCoreApplication.translate("About", "<h3>Review Workstation {0}</h3><p>Medical review of health articles: claims checked against their references, Submitted → Under Review → Approved with electronic signatures, a tamper-evident audit trail.</p><p>Database: {1}</p><p><small>Qt {2}, PySide6 {3}, Python {4}{frozen}</small></p>").format(escape(__version__), escape(where), escape(qVersion()), escape(pyside_version), escape(platform.python_version()), frozen=frozen)
    )


class About(QObject):
    """The Help menu and its About box."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = window._action("actionAbout", self.tr("&About Review Workstation"), self.show, None,
                                     self.tr("The program's version"))
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu.setObjectName("helpMenu")
        self.menu.addAction(self.action)
        self.box: QMessageBox | None = None

    def show(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("About Review Workstation"),
                          about_text(self.window.workstation.url), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("aboutBox")
        box.setIconPixmap(QPixmap(str(ICON)).scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                                     Qt.TransformationMode.SmoothTransformation))
        box.open()  # not exec(): the window goes on (and tests read the box)
        self.box = box
