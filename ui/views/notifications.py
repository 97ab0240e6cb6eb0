"""The bell in the toolbar and the list it opens (layout only; ui.notifications_controller acts)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.core_messages import core_text
from ui.i18n import timestamp
from workstation.facade import NotificationView

ID_ROLE = Qt.ItemDataRole.UserRole
ICON_SIZE = 18
KIND_LABELS = (  # workstation.notifications.KIND_LABELS, shown in the window's language
    QT_TRANSLATE_NOOP("NotificationKind", "Assigned to you"),
    QT_TRANSLATE_NOOP("NotificationKind", "Changes requested"),
    QT_TRANSLATE_NOOP("NotificationKind", "Approved"),
    QT_TRANSLATE_NOOP("NotificationKind", "Re-review due"),
    QT_TRANSLATE_NOOP("NotificationKind", "Mentioned you"),
)


def bell_icon(color: QColor, size: int = ICON_SIZE) -> QIcon:
    """A bell drawn with a painter path: no icon theme or font carries one everywhere."""
    pixmap = QPixmap(size * 2, size * 2)  # drawn at twice the size for high-density screens
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    path = QPainterPath()
    path.moveTo(s * 0.18, s * 0.74)
    path.cubicTo(s * 0.28, s * 0.62, s * 0.26, s * 0.50, s * 0.28, s * 0.40)
    path.cubicTo(s * 0.31, s * 0.22, s * 0.40, s * 0.16, s * 0.50, s * 0.16)
    path.cubicTo(s * 0.60, s * 0.16, s * 0.69, s * 0.22, s * 0.72, s * 0.40)
    path.cubicTo(s * 0.74, s * 0.50, s * 0.72, s * 0.62, s * 0.82, s * 0.74)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPath(path)
    painter.drawEllipse(QPointF(s * 0.5, s * 0.82), s * 0.09, s * 0.09)
    painter.drawRoundedRect(QRectF(s * 0.46, s * 0.08, s * 0.08, s * 0.1), 1, 1)
    painter.end()
    return QIcon(pixmap)


class NotificationBell(QToolButton):
    """The toolbar's bell with the unread count beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationBell")
        self.setAccessibleName(self.tr("Notifications"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.setIcon(bell_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.set_count(0)

    def set_count(self, unread: int) -> None:
        self.unread = unread
        self.setText(str(unread) if unread else "")
        self.setToolTip(self.tr("Notifications: {unread} unread").format(unread=unread) if unread else self.tr("Notifications: nothing unread"))
        self.setAccessibleDescription(self.toolTip())
        font = self.font()
        font.setBold(bool(unread))
        self.setFont(font)


class NotificationsPopup(QFrame):
    """The list under the bell: newest first, unread in bold; a click opens the article."""

    open_requested = Signal(object)  # NotificationView
    mark_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("notificationsPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self.tr("<b>Notifications</b>"))
        self.mark_all_button = QPushButton(self.tr("Mark all read"))
        self.mark_all_button.setObjectName("markAllReadButton")
        self.mark_all_button.clicked.connect(self.mark_all)
        self.list = QListWidget()
        self.list.setObjectName("notificationsList")
        self.list.setAccessibleName(self.tr("Notifications"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.mark_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.resize(440, 380)

    def show_items(self, items: list[NotificationView]) -> None:
        self.list.clear()
        if not items:
            empty = QListWidgetItem(self.tr("Nothing here yet. Assignments, requested changes, approvals, due "
                                    "re-reviews and @mentions of you will show up here."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        for item in items:
            when = timestamp(item.created_at.astimezone())
            label = QCoreApplication.translate("NotificationKind", item.label)
            text = core_text(item.message)
            row = QListWidgetItem(f"{label} · {when}\n{text}")
            row.setData(ID_ROLE, item)
            row.setToolTip(text)
            font = row.font()
            font.setBold(not item.read)
            row.setFont(font)
            self.list.addItem(row)
        self.mark_all_button.setEnabled(any(not i.read for i in items))

    def _activated(self, row: QListWidgetItem) -> None:
        item = row.data(ID_ROLE)
        if item is not None:
            self.open_requested.emit(item)
