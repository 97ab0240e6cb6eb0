"""Asking before source typed in the Editor and not saved is left behind.

Whatever opens another article — a row picked in the library, a jump from a search, the
dashboard, a notification or a reference, the article an import selects — goes through
the library's current row (:meth:`ui.library_controller.LibraryController.open_now`),
and so through :meth:`UnsavedSource.may_leave`; closing the window asks the same way.
The question is the one desktop editors ask: **Save** saves a revision through the op
runner and goes on once it is saved (a refused save, or an edit conflict left unresolved,
stays on the article with the reason shown), **Discard** drops what was typed and goes on,
**Cancel** stays, the typed text and the library's selection as they were. The box is
window-modal but does not block: the window keeps painting, and while it asks or saves a
further pick only changes where the window goes afterwards, without a second question.
Signing out asks with the same box (:func:`unsaved_changes_box`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.desk import Desk
from ui.editor_controller import EditorController
from ui.library_controller import LibraryController

Button = QMessageBox.StandardButton


def unsaved_changes_box(parent: QWidget, text: str, informative: str, *, can_save: bool) -> QMessageBox:
    """The question before unsaved work is lost: Save (when it can be saved), Discard, Cancel.

    Cancel is the Escape key's answer; Save, else Cancel, is the default.
    """
    buttons = (Button.Save if can_save else Button.NoButton) | Button.Discard | Button.Cancel
    title = QCoreApplication.translate("UnsavedEdits", "Unsaved changes")
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, buttons, parent)
    box.setObjectName("unsavedChangesBox")
    box.setInformativeText(informative)
    box.button(Button.Discard).setText(QCoreApplication.translate("UnsavedEdits", "&Discard changes"))
    box.setDefaultButton(Button.Save if can_save else Button.Cancel)
    box.setEscapeButton(Button.Cancel)
    return box


class UnsavedSource(QObject):
    """The window's guard over the Editor's unsaved source: opening another article, closing the window."""

    def __init__(self, desk: Desk, editor: EditorController, library: LibraryController) -> None:
        super().__init__(desk.parent)
        self.desk, self.editor, self.library = desk, editor, library
        self.box: QMessageBox | None = None  # the question, while it is asked
        self._saving = False
        self._go: Callable[[], None] | None = None  # where the window goes once the source is saved or dropped
        self._stay: Callable[[], None] | None = None
        library.may_leave = self.may_leave

    def busy(self) -> bool:
        """Asking, or saving before going on."""
        return self.box is not None or self._saving

    def may_leave(self, article_id: int) -> bool:
        """Whether ``article_id`` may be opened now; if not, the reviewer is asked (once) what to do."""
        if self.busy():  # a second pick while asking or saving: the window goes there instead, unasked
            self._go = lambda: self.library.open_now(article_id)
            return False
        if not self.editor.has_unsaved():
            return True
        self.ask(lambda: self.library.open_now(article_id), self.library.keep_current,
                 self.tr("If you open another article without saving, what you typed in the Editor is lost."))
        return False

    def may_close(self, close: Callable[[], None]) -> bool:
        """Whether the window may close now; if not, it is asked and ``close`` is called once it may."""
        if self.box is not None:
            return False
        if self._saving:
            self._go = close
            return False
        if not self.editor.has_unsaved():
            return True
        self.ask(close, lambda: None,
                 self.tr("If you close the window without saving, what you typed in the Editor is lost."))
        return False

    def ask(self, go: Callable[[], None], stay: Callable[[], None], informative: str) -> None:
        """Ask (without blocking), then go on with ``go`` or ``stay``."""
        self._go, self._stay = go, stay
        # Behind the idle lock the person at the window may not be the one who typed: no title, no Save.
        locked = self.desk.locked
        title = "" if locked else self.editor.title
        text = (self.tr("Save your changes to the source of “{title}”?").format(title=title) if title
                else self.tr("Save your changes to the article's source?"))
        self.box = box = unsaved_changes_box(self.desk.parent, text, informative,
                                             can_save=self.desk.user is not None and not locked)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _result: self._answered(box))
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        if box is not self.box:
            return
        self.box = None
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() is not None else Button.Cancel
        box.deleteLater()
        if answer == Button.Save:
            self._saving = True
            self.editor.save_revision(then=self._saved, otherwise=self._not_saved)
        elif answer == Button.Discard:
            self.editor.discard()
            self._finish(go=True)
        else:
            self._finish(go=False)

    def _saved(self) -> None:
        self._saving = False
        self._finish(go=True)

    def _not_saved(self) -> None:
        self._saving = False
        self._finish(go=False)

    def _finish(self, *, go: bool) -> None:
        then = self._go if go else self._stay
        self._go = self._stay = None
        if then is not None and not self.desk.closed:
            then()


__all__ = ["UnsavedSource", "unsaved_changes_box"]
