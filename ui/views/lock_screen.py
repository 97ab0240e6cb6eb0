"""The page that covers the window while it is locked: who it belongs to, their password, or someone else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.dialogs.form_parts import MessageLine, column, heading, line_edit, note

CARD_WIDTH = 440


class LockScreen(QWidget):
    """Layout only; the window's IdleLock fills it in and acts on its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        # A darker page around a card in the window colour, in the light and the dark palette alike;
        # the password field keeps its base colour against the card.
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setAutoFillBackground(True)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Window)
        card.setAutoFillBackground(True)
        card.setFixedWidth(CARD_WIDTH)
        self.title = heading(self.tr("Locked"), "lockTitle")
        self.who = note("", "lockWho", muted=False)
        self.why = note("", "lockReason")
        self.password = line_edit("lockPassword", self.tr("Password"), password=True)
        self.password.setPlaceholderText(self.tr("Password"))
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.unlock.setObjectName("unlockButton")
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        self.error = MessageLine("lockError")
        self.switch = QPushButton(self.tr("Sign in as &someone else…"))
        self.switch.setObjectName("lockSwitchUser")
        self.switch.setAccessibleName(self.tr("Sign in as someone else"))
        self.switch_note = note("", "lockSwitchNote")

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.password, 1)
        row.addWidget(self.unlock)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        column(QVBoxLayout(card), self.title, self.who, self.why, 6, row, self.error, 8, rule, 4, self.switch,
               self.switch_note, margins=(28, 24, 28, 24))
        card.layout().setAlignment(self.switch, Qt.AlignmentFlag.AlignLeft)

        # Stretches rather than an alignment: an aligned widget is given its size hint, and the
        # wrapped paragraphs would not get the height they need at the card's width.
        across = QHBoxLayout()
        across.addStretch(1)
        across.addWidget(card)
        across.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(across)
        outer.addStretch(3)

    def show_for(self, display_name: str, name: str, minutes: int) -> None:
        """Fill the page in for the person the window belongs to."""
        self.title.setText(self.tr("Locked — {display_name}").format(display_name=display_name))
        self.who.setText(self.tr("This window belongs to {display_name} ({name}). Enter your password to continue; your unsaved work is as you left it.").format(display_name=display_name, name=name))
        self.why.setText((self.tr("Locked after {minutes} minutes without input.") if minutes != 1 else
                          self.tr("Locked after {minutes} minute without input.")).format(minutes=minutes)
                         if minutes else self.tr("Locked."))
        self.switch_note.setText(self.tr("Signing in as someone else discards what {display_name} has not saved.").format(display_name=display_name))
        self.password.clear()
        self.error.clear_message()
