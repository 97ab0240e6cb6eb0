"""What the window's controllers share, in place of the window itself.

A controller is given the desk: the open database, who is signed in, the op runner,
the current article and its selection (:class:`~workstation.selection.SelectionModel`,
which every pane observes), a widget to parent its dialogs, the status bar for its
messages, and the library to open an article in. It does not reach into the main
window: what another pane shows follows from the selection, and the widgets a
controller works on beyond these are handed to it by name (tests/core/test_controllers_use_the_desk.py
holds every controller to this).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStatusBar, QWidget

from ui.ops import OpRunner
from ui.reader_pieces import ArticlePieces
from workstation.facade import Workstation
from workstation.selection import SelectionModel

if TYPE_CHECKING:
    from ui.library_controller import LibraryController


class Desk:
    def __init__(self, workstation: Workstation, runner: OpRunner, parent: QWidget, user: str | None = None,
                 display_name: str = "", role: str = "", *, status_bar: QStatusBar | None = None) -> None:
        self.workstation = workstation
        self.runner = runner
        self.parent = parent  # dialogs open over it
        self.user = user
        self.display_name = display_name
        self.role = role
        self.selection = SelectionModel()
        self.status_bar = status_bar if status_bar is not None else QStatusBar(parent)  # short messages
        self.closed = False  # the window is closing: what arrives now is not shown
        self.locked = False  # the window shows its lock screen (ui/idle_lock.py)
        self._library: LibraryController | None = None
        self._pieces: ArticlePieces | None = None

    @property
    def library(self) -> LibraryController:
        """The library: where an article is opened (set once the window has built it)."""
        assert self._library is not None, "the library is not built yet"
        return self._library

    @library.setter
    def library(self, library: LibraryController) -> None:
        self._library = library

    @property
    def shown(self) -> ArticlePieces | None:
        """The current article as laid out, once its workspace is shown (None before its first read arrives)."""
        pieces = self._pieces
        return pieces if pieces is not None and pieces.workspace is self.selection.workspace else None

    def show(self, pieces: ArticlePieces) -> bool:
        """Show an article read for the selection: every pane observing it follows.

        False, and nothing changes, when the reviewer moved to another article meanwhile.
        """
        previous, self._pieces = self._pieces, pieces
        if self.selection.show(pieces.workspace):
            return True
        self._pieces = previous
        return False


__all__ = ["Desk"]
