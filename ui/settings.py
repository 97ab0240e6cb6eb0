"""Where the window keeps its settings (geometry, splitter sizes, the local user).

``WORKSTATION_SETTINGS_DIR`` points the settings at an INI file in that folder,
so tests and screenshots never touch the user's own settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "ReviewWorkstation"
APPLICATION = "Review Workstation"
SETTINGS_DIR_ENV = "WORKSTATION_SETTINGS_DIR"

LOCAL_USER = "user/name"
GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTER = "window/splitter"
LIBRARY_HEADER = "library/header"  # column order, widths and hidden columns


def settings() -> QSettings:
    """The application's settings store."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "workstation.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)


def saved_user() -> str | None:
    value = settings().value(LOCAL_USER)
    return str(value) if value else None


def save_user(name: str) -> None:
    store = settings()
    store.setValue(LOCAL_USER, name)
    store.sync()
