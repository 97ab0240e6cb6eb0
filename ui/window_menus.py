"""The main window's actions, menus and toolbar, built in one place.

The window's own actions (Import, Export, Undo, Redo, Save revision, Find, Quit),
the File, Edit and Review menus and the toolbar; controllers add theirs through
:meth:`WindowMenus.action` and the menus named here, never through the window.
The texts keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


class WindowMenus:
    def __init__(self, window: QMainWindow, *, import_files: Callable[[], None], export: Callable[[], None],
                 undo: Callable[[], None], redo: Callable[[], None], save_revision: Callable[[], None],
                 find: Callable[[], None], quit: Callable[[], Any]) -> None:  # noqa: A002
        self._window = window
        self.action_import = self.action("actionImport", QCoreApplication.translate("MainWindow", "&Import…"), import_files, QKeySequence.StandardKey.Open,
                                         QCoreApplication.translate("MainWindow", "Import article files"))
        self.action_export = self.action("actionExport", QCoreApplication.translate("MainWindow", "&Export…"), export, None, QCoreApplication.translate("MainWindow", "Export approved articles"))
        self.action_undo = self.action("actionUndo", QCoreApplication.translate("MainWindow", "&Undo"), undo, QKeySequence("Ctrl+Z"))
        self.action_redo = self.action("actionRedo", QCoreApplication.translate("MainWindow", "&Redo"), redo, QKeySequence("Ctrl+Shift+Z"))
        self.action_save = self.action("actionSaveRevision", QCoreApplication.translate("MainWindow", "&Save revision"), save_revision, QKeySequence("Ctrl+S"))
        self.action_find = self.action("actionFind", QCoreApplication.translate("MainWindow", "&Find"), find, QKeySequence("Ctrl+F"))
        self.action_quit = self.action("actionQuit", QCoreApplication.translate("MainWindow", "&Quit"), quit, QKeySequence.StandardKey.Quit)
        bar = window.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.file_menu.addActions([self.action_import, self.action_export])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)
        self.edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        self.edit_menu.addActions([self.action_undo, self.action_redo, self.action_save, self.action_find])
        self.review_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Review"))
        self.toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.action_import, self.action_export])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.action_undo, self.action_redo])  # WorkflowActions adds its own separator

    def action(self, name: str, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
               tip: str = "") -> QAction:
        """An action of the window (its shortcut works wherever the focus is in it)."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text)
        action.setStatusTip(tip or text)
        action.triggered.connect(lambda *_: slot())
        self._window.addAction(action)
        return action

    def add_to_window(self, action: QAction) -> None:
        """An action made elsewhere takes its shortcut from the window."""
        self._window.addAction(action)

    def insert_after(self, menu: QMenu, after: QAction, action: QAction) -> None:
        """Put ``action`` in ``menu`` right after ``after`` (at the end when ``after`` is not in it)."""
        actions = menu.actions()
        index = actions.index(after) + 1 if after in actions else len(actions)
        menu.insertAction(actions[index] if index < len(actions) else None, action)

    def view_menu(self, title: str) -> QMenu:
        """The window's View menu, shared by the views that offer themselves in it (made on first use)."""
        bar = self._window.menuBar()
        for menu_action in bar.actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and menu.objectName() == "viewMenu":
                return menu
        menu = bar.addMenu(title)
        menu.setObjectName("viewMenu")
        return menu


__all__ = ["WindowMenus"]
