"""Showing a large document without blocking the GUI thread: a piece per turn of the event loop.

Qt parses and lays out a document on the GUI thread, and PySide holds the interpreter
lock through ``setHtml``, so building it on another thread would block the GUI thread
just the same. Instead the op runner's thread cuts the article into pieces
(:mod:`ui.reader_pieces`) and :class:`ProgressiveDocument` appends them to a fresh
document a few at a time, as long as a turn stays within ``TURN_SECONDS``; each piece is
laid out as it goes in, and input and painting run between turns. Claim markers in a
piece are removed and the claim tinted in the same step; tints that change later are
applied a slice at a time too, since re-formatting a claim of a million characters lays
all of it out again.

A document that goes out of view is deleted on a thread of its own
(:class:`DocumentReaper`): freeing a large document took ~85 ms.
"""

from __future__ import annotations

import bisect
import re
import time
from collections.abc import Callable, Mapping

import shiboken6
from PySide6.QtCore import QObject, QThread, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextDocumentLayout, QPlainTextEdit, QTextEdit

from ui.reader_pieces import ReaderPieces
from workstation.views_workspace import OPEN_END, START, STOP

CLAIM_PROPERTY = QTextFormat.Property.UserProperty + 1
TURN_SECONDS = 0.008  # the GUI thread appends pieces for about this long, then lets the loop run
RETINT_CHARS = 20_000  # characters re-tinted in one step
JOINT = "\ue003"  # a one-character paragraph before each HTML piece: Qt merges a piece's first block
_MARK_RE = re.compile(f"{START}(\\d+){OPEN_END}|{STOP}")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")

Hold = Callable[[], Callable[[], None]]  # OpRunner.hold: count work as pending, returns its release


class DocumentReaper(QObject):
    """Deletes documents that went out of view on a thread of its own."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("document-reaper")
        self._thread.start()
        self._retired: list[QTextDocument] = []  # alive until deleted there (never by the GUI thread's GC)

    def retire(self, document: QTextDocument) -> None:
        self._retired = [d for d in self._retired if shiboken6.isValid(d)]
        if not shiboken6.isValid(document):
            return
        if not self._thread.isRunning() or document.parent() is not None:
            return  # a view's own first document goes with the view
        layout = document.documentLayout()
        layout.setPaintDevice(None)  # the view's paint device stays on the GUI thread
        document.moveToThread(self._thread)
        document.deleteLater()
        self._retired.append(document)

    def stop(self) -> None:
        """Delete what is left and end the thread (idempotent)."""
        if self._thread.isRunning():
            self._thread.quit()
            self._thread.wait()


def utf16_positions(text: str) -> Callable[[int], int]:
    """Maps an index into ``text`` to Qt's position (UTF-16 code units) from the start of ``text``."""
    astral = [m.start() for m in _ASTRAL_RE.finditer(text)]
    if not astral:
        return lambda index: index
    return lambda index: index + bisect.bisect_left(astral, index)


class ProgressiveDocument(QObject):
    """Fills a QTextEdit or QPlainTextEdit with pieces, a few per turn of the event loop."""

    finished = Signal()
    advanced = Signal()  # after each turn (more of the document is shown)

    def __init__(self, view: QTextEdit | QPlainTextEdit, reaper: DocumentReaper | None, hold: Hold | None,
                 configure: Callable[[QTextDocument], None] | None = None) -> None:
        super().__init__(view)
        self.view = view
        self.reaper = reaper
        self.hold = hold
        self.configure = configure
        self.ranges: dict[int, tuple[int, int]] = {}  # claim id -> (start, end) in the document
        self.states: dict[int, str] = {}
        self._tint: Callable[[str], QColor] = lambda _state: QColor()
        self._pieces: tuple[str, ...] = ()
        self._html = True
        self._next = 0
        self._open: tuple[int, int] | None = None  # a claim that goes on into the next piece: (id, start)
        self._retints: list[tuple[int, int, int]] = []  # (start, end, claim id) still to re-tint
        self._release: Callable[[], None] | None = None
        self._document: QTextDocument | None = None
        self.loaded_to = 0  # the document is complete up to this position
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    # ----------------------------------------------------------------- public
    def load(self, pieces: ReaderPieces, states: Mapping[int, str] | None = None,
             tint: Callable[[str], QColor] | None = None) -> None:
        """Show ``pieces`` in a new document (what was shown goes at once), claims tinted by ``states``."""
        self.ranges = {}
        self.states = dict(states or {})
        if tint is not None:
            self._tint = tint
        self._pieces, self._html, self._next = pieces.pieces, pieces.html, 0
        self._open, self._retints, self.loaded_to = None, [], 0
        document = QTextDocument()
        document.setUndoRedoEnabled(False)
        if isinstance(self.view, QPlainTextEdit):
            document.setDocumentLayout(QPlainTextDocumentLayout(document))
        document.setDefaultFont(self.view.font())
        if self.configure is not None:
            self.configure(document)
        old = self._document
        if old is not None:
            old.setParent(None)  # else the view deletes it on the GUI thread as it takes the new one
        self.view.setDocument(document)
        document.setParent(self.view)
        self._document = document
        if old is not None and self.reaper is not None:
            self.reaper.retire(old)
        self._start()

    def retint(self, states: Mapping[int, str]) -> None:
        """Tint again the claims whose state changed (a slice at a time)."""
        changed = [cid for cid, state in states.items() if self.states.get(cid) != state and cid in self.ranges]
        self.states.update(states)
        for claim_id in changed:
            start, end = self.ranges[claim_id]
            self._retints.extend((s, min(s + RETINT_CHARS, end), claim_id) for s in range(start, end, RETINT_CHARS))
        if changed:
            self._start()

    def is_loading(self) -> bool:
        return self._next < len(self._pieces) or bool(self._retints)

    def stop(self) -> None:
        self._pieces, self._retints = (), []
        self._timer.stop()
        self._settle()

    # ----------------------------------------------------------------- turns
    def _start(self) -> None:
        if self._release is None and self.hold is not None:
            self._release = self.hold()
        # Even the first piece waits for its own turn: the event that asked for the article
        # (it also fills the lists and the editor) stays short.
        self._timer.start()

    def _settle(self) -> None:
        if self._release is not None:
            release, self._release = self._release, None
            release()

    def _turn(self) -> None:
        if not shiboken6.isValid(self.view):
            return
        started = time.perf_counter()
        while self.is_loading() and time.perf_counter() - started < TURN_SECONDS:
            if self._next < len(self._pieces):
                self._append(self._pieces[self._next])
                self._next += 1
            else:
                self._retint_slice(*self._retints.pop(0))
        self.advanced.emit()
        if self.is_loading():
            self._timer.start()
            return
        self._settle()
        self.finished.emit()

    def _append(self, piece: str) -> None:
        document = self.view.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        at = cursor.position()
        cursor.beginEditBlock()
        if not self._html:
            self._insert_text(cursor, piece)
        else:
            if at == 0:
                cursor.insertHtml(piece)
            else:
                # Qt merges a piece's first paragraph into the last one shown: give it one to merge, then take it out.
                cursor.insertHtml(f"<p>{JOINT}</p>{piece}")
                cursor.setPosition(at)
                cursor.setPosition(at + 1, QTextCursor.MoveMode.KeepAnchor)
                if cursor.selectedText() == JOINT:
                    cursor.removeSelectedText()
            if self.states or self._open is not None:
                self._claims(cursor, at, document.characterCount() - 1)
        cursor.endEditBlock()
        document.setModified(False)  # what arrives is what is stored, not an edit
        self.loaded_to = document.characterCount() - 1

    def _insert_text(self, cursor: QTextCursor, piece: str) -> None:
        """Plain text: each claim goes in with its tint, the markers never do."""
        plain = QTextCharFormat()
        claim, began = self._open if self._open is not None else (None, 0)
        position = 0
        for match in _MARK_RE.finditer(piece) if self.states or claim is not None else ():
            if match.start() > position:
                cursor.insertText(piece[position:match.start()], self._format(claim) if claim is not None else plain)
            if match.group(1):  # a claim begins
                claim, began = int(match.group(1)), cursor.position()
            elif claim is not None:  # it ends
                self.ranges[claim] = (began, cursor.position())
                claim = None
            position = match.end()
        if position < len(piece):
            cursor.insertText(piece[position:], self._format(claim) if claim is not None else plain)
        self._open = (claim, began) if claim is not None else None
        if claim is not None:
            self.ranges[claim] = (began, cursor.position())

    def _format(self, claim_id: int) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setBackground(QBrush(self._tint(self.states.get(claim_id, "none"))))
        fmt.setProperty(CLAIM_PROPERTY, claim_id)
        return fmt

    def _claims(self, cursor: QTextCursor, at: int, end: int) -> None:
        """Remove the claim markers in [at, end) and tint each claim (one that goes on: up to ``end``)."""
        cursor.setPosition(at)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        text = cursor.selectedText()
        position = utf16_positions(text)
        marks = [(at + position(m.start()), at + position(m.end()), m.group(1)) for m in _MARK_RE.finditer(text)]
        removed = 0
        events: list[tuple[int, int | None]] = []
        for start, stop, claim_id in marks:
            events.append((start - removed, int(claim_id) if claim_id else None))
            removed += stop - start
        for start, stop, _claim in reversed(marks):
            cursor.setPosition(start)
            cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
        end -= removed
        spans: list[tuple[int, int, int]] = []
        # A claim open from an earlier piece: (its id, where it began); its part here begins at ``at``.
        claim, began = self._open if self._open is not None else (None, at)
        part = at
        for place, claim_id in events:
            if claim_id is not None:  # a claim begins
                claim, began, part = claim_id, place, place
            elif claim is not None:  # the open claim ends
                spans.append((part, place, claim))
                self.ranges[claim] = (began, place)
                claim = None
        self._open = None
        if claim is not None:  # it goes on in the next piece
            spans.append((part, end, claim))
            self._open = (claim, began)
            self.ranges[claim] = (began, end)
        for start, stop, claim_id in spans:
            self._tint_span(cursor, start, stop, claim_id)

    def _tint_span(self, cursor: QTextCursor, start: int, stop: int, claim_id: int) -> None:
        if stop <= start:
            return
        cursor.setPosition(start)
        cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(self._format(claim_id))

    def _retint_slice(self, start: int, stop: int, claim_id: int) -> None:
        cursor = QTextCursor(self.view.document())
        self._tint_span(cursor, start, stop, claim_id)
