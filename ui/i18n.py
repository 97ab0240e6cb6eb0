"""The window's language: Qt translators for its strings, and the locale its dates and numbers follow.

The strings are extracted with ``pyside6-lupdate`` into ``ui/translations/workstation_LANG.ts`` and
compiled with ``pyside6-lrelease`` into the ``.qm`` files beside them (``make translations``;
README: Languages). English is the source language and needs no file.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from ui.gui_options import LANGUAGES

TRANSLATIONS = Path(__file__).with_name("translations")

_installed: list[QTranslator] = []


def qt_translations() -> str:
    """Where Qt keeps its own translations (qtbase_LANG.qm): in the wheel, and in the standalone build's folder."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"workstation_{language}.qm"


def choose_language(requested: str | None = None) -> str:
    """The language asked for, else the system's (LC_ALL, LC_MESSAGES, LANG), else English."""
    if requested:
        return requested if requested in LANGUAGES else "en"
    for name in QLocale.system().uiLanguages():
        language = name.replace("-", "_").split("_")[0].lower()
        if language in LANGUAGES:
            return language
    return "en"


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (its own date order, its separators); else the language's."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(language)


def install_language(app: QCoreApplication, requested: str | None = None) -> str:
    """Translate the window into the chosen language and format dates and numbers by its locale."""
    remove_language(app)
    language = choose_language(requested)
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return language
    qt_own = QTranslator(app)  # Qt's own strings: the buttons of message boxes and file dialogs
    if qt_own.load(QLocale(language), "qtbase", "_", qt_translations()):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    else:  # a build that left them out: the window still works, with English Cancel and Yes buttons
        print(f"workstation: Qt's own {language} translation (qtbase_{language}.qm) is missing from "
              f"{qt_translations()}; its standard buttons stay English", file=sys.stderr)
    ours = QTranslator(app)
    if not ours.load(str(qm_file(language))):
        remove_language(app)
        raise FileNotFoundError(f"the {language} translation is missing: {qm_file(language)}")
    app.installTranslator(ours)
    _installed.append(ours)
    return language


def remove_language(app: QCoreApplication) -> None:
    """Back to English and the system locale."""
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale.system())


# ------------------------------------------------------------- display of stored values, dates and numbers
# The workflow's statuses are stored in English (the database, the command line); the window shows them
# in its language.
STATUS_TEXTS = (
    QT_TRANSLATE_NOOP("Status", "Submitted"),
    QT_TRANSLATE_NOOP("Status", "Under Review"),
    QT_TRANSLATE_NOOP("Status", "Approved"),
)


VERDICT_TEXTS = (
    QT_TRANSLATE_NOOP("Verdict", "supported"),
    QT_TRANSLATE_NOOP("Verdict", "partially-supported"),
    QT_TRANSLATE_NOOP("Verdict", "not-supported"),
    QT_TRANSLATE_NOOP("Verdict", "contradicted"),
    QT_TRANSLATE_NOOP("Verdict", "unverifiable"),
)


def verdict_label(verdict: str) -> str:
    return QCoreApplication.translate("Verdict", verdict)


AUDIENCE_TEXTS = (
    QT_TRANSLATE_NOOP("Audience", "patient"),
    QT_TRANSLATE_NOOP("Audience", "caregiver"),
    QT_TRANSLATE_NOOP("Audience", "clinician"),
)


def audience_label(audience: str | None) -> str:
    return QCoreApplication.translate("Audience", audience) if audience else ""


ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("Role", "author"),
    QT_TRANSLATE_NOOP("Role", "reviewer"),
    QT_TRANSLATE_NOOP("Role", "approver"),
    QT_TRANSLATE_NOOP("Role", "admin"),
)


def role_label(role: str | None) -> str:
    return QCoreApplication.translate("Role", role) if role else ""


def status_label(status: str) -> str:
    return QCoreApplication.translate("Status", status)


def _locale() -> QLocale:
    """The default locale; the "C" locale (no language set, as in a bare test run) formats as English does."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale


def number(value: int) -> str:
    """An integer with the locale's digit grouping (1,234 / 1.234)."""
    return _locale().toString(value)


def decimal(value: float, places: int = 1) -> str:
    return _locale().toString(value, "f", places)


def day(value: date, pattern: str | None = None) -> str:
    """A date with the locale's month names; ``pattern`` in Qt's date format (its order is translated)."""
    if pattern is None:
        pattern = QCoreApplication.translate("Dates", "d MMM yyyy")
    return _locale().toString(QDate(value.year, value.month, value.day), pattern)


def day_month(value: date) -> str:
    return day(value, QCoreApplication.translate("Dates", "d MMM"))


def short_date(value: date) -> str:
    return _locale().toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def moment(value: datetime, pattern: str | None = None) -> str:
    """A date and time, in the locale's short format unless a Qt ``pattern`` is given."""
    qt = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
    if pattern is None:
        return _locale().toString(qt, QLocale.FormatType.ShortFormat)
    return _locale().toString(qt, pattern)


def clock(value: datetime) -> str:
    return _locale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def numeric_date(value: date) -> str:
    """A date in digits: 2026-03-05 in English (ISO), 05.03.2026 in German."""
    return day(value, QCoreApplication.translate("Dates", "yyyy-MM-dd"))


def timestamp(value: datetime) -> str:
    """A date and time in digits, as the translation orders them."""
    return moment(value, QCoreApplication.translate("Dates", "yyyy-MM-dd HH:mm"))
