"""Pieces the sign-in, password and user dialogs share: a heading, notes, password fields, a message line."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ui import theme

FIELD_WIDTH = 260  # wide enough for a passphrase of a few words


def heading(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def note(text: str, name: str, *, muted: bool = True) -> QLabel:
    """A wrapped paragraph; muted text for what explains rather than asks."""
    label = MutedLabel(text) if muted else QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def field_note(text: str, name: str) -> QLabel:
    """A muted note under a form's field, as wide as the field (a form lays wrapped labels out too narrow)."""
    label = note(text, name)
    label.setMinimumWidth(FIELD_WIDTH + 40)
    return label


def line_edit(name: str, accessible: str, text: str = "", *, password: bool = False) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setAccessibleName(accessible)
    edit.setMinimumWidth(FIELD_WIDTH)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def column(layout: QBoxLayout, *items: QWidget | QLayout | int, margins: tuple[int, int, int, int] = (24, 20, 24, 16),
           spacing: int = 10) -> QBoxLayout:
    """Lay ``items`` out one under the other: widgets, layouts, and numbers as extra space."""
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    for item in items:
        if isinstance(item, int):
            layout.addSpacing(item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout


def ok_cancel(ok_text: str, ok_name: str, cancel_name: str, *, accept: Callable[[], None],
              reject: Callable[[], None]) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """OK and Cancel in the platform's order, named for tests and screen readers."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setObjectName(ok_name)
    ok.setText(ok_text)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setObjectName(cancel_name)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(reject)
    return buttons, ok, cancel


def form() -> QFormLayout:
    """A form with its labels right-aligned beside the fields, the same on every platform."""
    layout = QFormLayout()
    layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    layout.setHorizontalSpacing(12)
    layout.setVerticalSpacing(8)
    return layout


def sentence(message: str, *keep: str) -> str:
    """A core message as a sentence: first letter capitalised unless it starts with a name in ``keep``."""
    if not message or any(name and message.startswith(name) for name in keep):
        return message
    return message[0].upper() + message[1:]


class MutedLabel(QLabel):
    """Secondary text in the palette's muted colour, following palette changes."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        colour = theme.muted_text(self.palette())
        if self.palette().color(QPalette.ColorRole.WindowText) != colour:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


class MessageLine(QLabel):
    """One line that says what just happened: a refusal in the error colour, or a plain confirmation.

    Hidden while empty, so a dialog does not carry a blank gap.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.is_error = False
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, error=True)

    def show_info(self, text: str) -> None:
        self._show(text, error=False)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, *, error: bool) -> None:
        self.is_error = error
        self.setText(text)
        self.setAccessibleDescription(text)
        self._recolour()
        self.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        base = self.parentWidget().palette() if self.parentWidget() is not None else self.palette()
        if self.is_error:
            colour = theme.severity_colour("error", base)
        else:
            colour = base.color(QPalette.ColorRole.WindowText)
        if self.palette().color(QPalette.ColorRole.WindowText) != colour:
            palette = self.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
