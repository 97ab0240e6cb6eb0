"""What the window's controllers share, in place of the window itself.

A controller is given the desk: the open database, who is signed in, the op runner,
the current article and its selection (:class:`~workstation.selection.SelectionModel`,
which every pane observes), and a widget to parent its dialogs. It does not reach
into the main window: what another pane shows follows from the selection.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.ops import OpRunner
from ui.reader_pieces import ArticlePieces
from workstation.facade import Workstation
from workstation.selection import SelectionModel


class Desk:
    def __init__(self, workstation: Workstation, runner: OpRunner, parent: QWidget, user: str | None = None,
                 display_name: str = "", role: str = "") -> None:
        self.workstation = workstation
        self.runner = runner
        self.parent = parent  # dialogs open over it
        self.user = user
        self.display_name = display_name
        self.role = role
        self.selection = SelectionModel()
        self._pieces: ArticlePieces | None = None

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
