"""What the reader shows, cut into pieces the GUI thread lays out one at a time (no Qt here).

Qt lays a document out on the GUI thread, and ``setHtml`` of a large article (a 5 MB
body, 60,000 claims) blocked it for seconds; Qt's own lazy layout then works in steps
of up to 200,000 characters, still far longer than a frame. So the op runner's thread
cuts the sanitized HTML between elements into pieces of about ``PIECE_CHARS``, and the
reader appends one piece at a time (:mod:`ui.progressive`). A list or quotation too
large for one piece is cut between its items and opened again (an ordered list keeps
counting through ``start``), a paragraph, heading or preformatted block between words
or lines (its parts joined without margins, each inline element opened again); any
other element larger than ``MAX_PIECE_CHARS`` (a table, a list item holding a list
nested a thousand deep) makes the article plain text. Plain text is cut between lines,
and a line longer than ``MAX_LINE_CHARS`` is broken at a space, since Qt lays out a
whole paragraph at once.

The core renders the text with its claims marked (:class:`~workstation.views_workspace.MarkedText`:
private-use markers, ``START id OPEN_END`` … ``STOP``, that the reader removes as it tints
each claim); what is cut here is that text, and the source the editor shows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ui.core_messages import core_text
from ui.i18n import number
from ui.review_rows import CardRow, claim_rows, finding_rows
from workstation.facade import MAX_RENDER_CHARS
from workstation.views_workspace import OPEN_END, START, ArticleWorkspace, MarkedText

HTML_PIECE_CHARS = 4_000  # what one HTML piece aims at (tags included)
TEXT_PIECE_CHARS = 3_000  # what one plain-text piece aims at
MAX_PIECE_CHARS = 16_000  # an element that cannot be cut and is larger than this is not laid out as HTML
MAX_LINE_CHARS = 2_000  # plain text: longer lines are broken at a space


# Tags, text, or a stray "<"; attribute values may hold ">" inside quotes.
_TOKEN_RE = re.compile(r"""<(/?)([A-Za-z][A-Za-z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|<""")
_VOID = frozenset({"br", "hr", "img", "col", "wbr"})
# Cutting between the children of these and opening them again shows the same thing.
_CUTTABLE = frozenset({"ul", "ol", "blockquote", "div", "dl"})  # tables are not: each part would be a table
_TEXT_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "pre"})  # cut between words or lines
_START_ATTR_RE = re.compile(r'\s+start="(\d+)"')


class TooLargeToLayOut(Exception):
    """An element the reader cannot lay out in steps (the article is shown as plain text)."""


@dataclass(frozen=True)
class ReaderPieces:
    """What the reader appends: HTML pieces, or plain-text pieces (``html`` False)."""

    pieces: tuple[str, ...]
    html: bool
    broken_lines: int = 0  # plain text: lines longer than MAX_LINE_CHARS, broken for display

    @property
    def characters(self) -> int:
        return sum(len(p) for p in self.pieces)


# --------------------------------------------------------------------- HTML pieces


@dataclass
class _Element:
    tag: str
    open_tag: str
    children: list[_Element | str]
    size: int = 0

    def html(self) -> str:
        if self.tag in _VOID:
            return self.open_tag
        return self.open_tag + "".join(c if isinstance(c, str) else c.html() for c in self.children) + f"</{self.tag}>"


def _parse(html: str) -> list[_Element | str]:
    """A tree of well-formed (sanitized) HTML; each element knows its serialized size."""
    root = _Element("", "", [])
    stack = [root]
    for match in _TOKEN_RE.finditer(html):
        closing, tag = match.group(1), match.group(2)
        if tag is None:
            stack[-1].children.append(match.group(0))
            continue
        tag = tag.lower()
        if closing:
            if any(e.tag == tag for e in stack[1:]):  # close up to the matching element
                while stack.pop().tag != tag:
                    pass
            continue
        element = _Element(tag, match.group(0), [])
        stack[-1].children.append(element)
        if tag not in _VOID and not match.group(3).rstrip().endswith("/"):
            stack.append(element)
    _measure(root)
    return root.children


def _measure(element: _Element) -> int:
    size = len(element.open_tag) + (0 if element.tag in _VOID else len(element.tag) + 3)
    for child in element.children:
        size += len(child) if isinstance(child, str) else _measure(child)
    element.size = size
    return size


def _size(node: _Element | str) -> int:
    return len(node) if isinstance(node, str) else node.size


def _cut(children: Sequence[_Element | str], target: int, limit: int) -> list[list[str]]:
    """Groups of serialized children, each about ``target`` long; too large children are cut themselves."""
    groups: list[list[str]] = [[]]
    size = 0
    for child in children:
        parts = [child if isinstance(child, str) else child.html()] if _size(child) <= target else _pieces_of(
            child, target, limit)
        for part in parts:
            if groups[-1] and size + len(part) > target:
                groups.append([])
                size = 0
            groups[-1].append(part)
            size += len(part)
    return [trimmed for g in groups if (trimmed := _trim(g))]


def _trim(group: list[str]) -> list[str]:
    """Without the white space between elements at either end (Qt would add it to a paragraph)."""
    start, end = 0, len(group)
    while start < end and not group[start].strip():
        start += 1
    while end > start and not group[end - 1].strip():
        end -= 1
    return group[start:end]


def _pieces_of(node: _Element | str, target: int, limit: int) -> list[str]:
    if isinstance(node, str):  # text between elements is short; a long one is one piece
        if len(node) > limit:
            raise TooLargeToLayOut(QCoreApplication.translate("ReaderPieces", "a run of {0} characters of text").format(
                number(len(node))))
        return [node]
    if node.tag in _TEXT_BLOCKS and node.children:
        return _cut_text_block(node, target)
    if node.tag not in _CUTTABLE or not node.children:
        if node.size > limit:
            raise TooLargeToLayOut(QCoreApplication.translate("ReaderPieces", "a <{0}> element of {1} characters").format(
                node.tag, number(node.size)))
        return [node.html()]
    pieces: list[str] = []
    first = int(m.group(1)) if node.tag == "ol" and (m := _START_ATTR_RE.search(node.open_tag)) else 1
    items_before = 0
    open_tag = _START_ATTR_RE.sub("", node.open_tag)
    groups = _cut(node.children, target, limit)
    for index, group in enumerate(groups):
        # The parts join without the margins a list or quote has above and below it.
        margins = ("margin-top:0px;" if index else "") + ("margin-bottom:0px;" if index < len(groups) - 1 else "")
        tag = f'{open_tag[:-1]} style="{margins}">' if margins else open_tag
        if node.tag == "ol":  # an ordered list cut in two keeps counting
            tag = f'{tag[:-1]} start="{first + items_before}">'
            items_before += sum(1 for part in group if part.startswith("<li"))
        pieces.append(f"{tag}{''.join(group)}</{node.tag}>")
    return pieces


def _runs(node: _Element, opened: tuple[_Element, ...] = ()) -> list[tuple[tuple[_Element, ...], str]]:
    """The block's content as runs of text (or void elements), each with the inline elements it is inside."""
    runs: list[tuple[tuple[_Element, ...], str]] = []
    for child in node.children:
        if isinstance(child, str):
            runs.append((opened, child))
        elif child.tag in _VOID:
            runs.append((opened, child.open_tag))
        else:
            runs.extend(_runs(child, (*opened, child)))
    return runs


def _cut_text_block(node: _Element, target: int) -> list[str]:
    """A paragraph, heading or preformatted block as blocks of about ``target``, joined without margins."""
    separator = "\n" if node.tag == "pre" else " "
    parts: list[list[str]] = [[]]
    size = 0
    for opened, text in _runs(node):
        pieces = [text] if text.startswith("<") else _cut_line(text, target, separator, keep_newline=False)
        for piece in pieces:
            if parts[-1] and size + len(piece) > target:
                parts.append([])
                size = 0
            html = "".join(e.open_tag for e in opened) + piece + "".join(f"</{e.tag}>" for e in reversed(opened))
            parts[-1].append(html)
            size += len(html)
    out = []
    for index, part in enumerate(parts):
        margins = ("margin-top:0px;" if index else "") + ("margin-bottom:0px;" if index < len(parts) - 1 else "")
        out.append(f'{node.open_tag[:-1]} style="{margins}">' + "".join(part) + f"</{node.tag}>")
    return out


def html_pieces(html: str, *, target: int = HTML_PIECE_CHARS, limit: int = MAX_PIECE_CHARS) -> list[str]:
    """Sanitized HTML cut between elements into pieces of about ``target`` characters.

    Raises TooLargeToLayOut for an element that cannot be cut and is over ``limit``.
    """
    return ["".join(group) for group in _cut(_parse(html), target, limit)] or [""]


# --------------------------------------------------------------------- plain text pieces


def text_pieces(text: str, *, target: int = TEXT_PIECE_CHARS,
                line_limit: int = MAX_LINE_CHARS) -> tuple[list[str], int]:
    """Plain text cut between lines into pieces; lines over ``line_limit`` broken after a space.

    Returns the pieces and how many lines were broken.
    """
    parts: list[str] = []
    broken = 0
    for line in text.splitlines(keepends=True):
        if len(line) > line_limit:
            parts.extend(_cut_line(line, line_limit, " ", keep_newline=True))
            broken += 1
        else:
            parts.append(line)
    return _packed(parts, target) or [""], broken


def _packed(parts: list[str], target: int) -> list[str]:
    """``parts`` joined in order into pieces of about ``target`` characters (a part is never split)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for part in parts:
        if current and size + len(part) > target:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(part)
        size += len(part)
    if current:
        pieces.append("".join(current))
    return pieces


def _cut_line(line: str, limit: int, separator: str, *, keep_newline: bool) -> list[str]:
    """``line`` in parts of at most ``limit`` characters, cut after ``separator`` where there is one.

    With ``keep_newline`` each part but the last ends with a line break (plain text). A hard
    cut never splits a claim marker or a character reference (``&amp;``).
    """
    parts: list[str] = []
    start = 0
    while len(line) - start > limit:
        found = line.rfind(separator, start + limit // 2, start + limit)
        cut = found + 1 if found >= 0 else start + limit
        if found < 0:
            for opener, closer in ((START, OPEN_END), ("&", ";")):
                inside = line.rfind(opener, start + 1, cut)
                if inside >= 0 and line.find(closer, inside, cut) < 0 and cut - inside <= 12:
                    cut = inside
        parts.append(line[start:cut] + ("\n" if keep_newline else ""))
        start = cut
    parts.append(line[start:])
    return parts


# --------------------------------------------------------------------- an article's pieces

SOURCE_PIECE_CHARS = 16_000  # the editor takes the source in pieces of about this size
# Qt lays out a whole line of the editor at once: a longer one would stall the window.
EDITOR_MAX_LINE_CHARS = 100_000


@dataclass(frozen=True)
class SourcePieces:
    """The Markdown source for the editor, in pieces; ``refusal`` says why it cannot be edited here."""

    pieces: tuple[str, ...] = ()
    refusal: str = ""


@dataclass(frozen=True)
class ArticlePieces:
    """One article workspace and what the window lays out of it, cut on the op runner's thread."""

    workspace: ArticleWorkspace
    reader: ReaderPieces
    notice: str | None  # why the reader shows plain text (None when it shows the rendered article)
    source: SourcePieces
    claim_rows: tuple[CardRow, ...]
    finding_rows: tuple[CardRow, ...]

    @property
    def layout_key(self) -> tuple:
        """Equal for two articles whose reader text is the same (their claims' tints may differ)."""
        return self.workspace.id, self.workspace.detail.revision_id, self.reader.pieces


def reader_pieces(text: MarkedText, body_chars: int = 0) -> tuple[ReaderPieces, str | None]:
    """What the reader shows of the marked text, cut into pieces, and why it is plain text (None when rendered).

    HTML with an element too large to lay out in steps is shown as the plain text instead. ``body_chars``,
    the body's length, tells a body too large to render from the renderer's other reasons (its own words).
    """
    error = core_text(text.error) if text.error else text.error
    if text.html is None and body_chars > MAX_RENDER_CHARS:
        error = QCoreApplication.translate(
            "ReaderPieces", "This article is too large to render ({0} characters; the limit is {1}); showing plain text"
        ).format(number(body_chars), number(MAX_RENDER_CHARS))
    if text.html is not None:
        try:
            return ReaderPieces(tuple(html_pieces(text.html)), html=True), None
        except TooLargeToLayOut as exc:
            error = QCoreApplication.translate(
                "ReaderPieces", "This article holds {exc}, too large to lay out in the reader; showing plain text"
            ).format(exc=exc)
    pieces, broken = text_pieces(text.plain)
    if broken:
        error = (error or "") + (
            QCoreApplication.translate("ReaderPieces", " ({0} lines longer than {1} characters shown broken into shorter lines)") if broken != 1 else
            QCoreApplication.translate("ReaderPieces", " ({0} line longer than {1} characters shown broken into shorter lines)")
        ).format(number(broken), number(MAX_LINE_CHARS))
    return ReaderPieces(tuple(pieces), html=False, broken_lines=broken), error


def source_pieces(body: str) -> SourcePieces:
    """The source in pieces for the editor, or why it cannot be edited in the window."""
    longest = max((len(line) for line in body.splitlines()), default=0)
    if longest > EDITOR_MAX_LINE_CHARS:
        return SourcePieces(refusal=(
            QCoreApplication.translate("ReaderPieces", "This source has a line of {0} characters; the editor takes lines "
                                       "of up to {1}, so it is not shown here (laying it out would freeze the window)"
                                       ).format(number(longest), number(EDITOR_MAX_LINE_CHARS))))
    return SourcePieces(tuple(_packed(body.splitlines(keepends=True), SOURCE_PIECE_CHARS)))


def article_pieces(workspace: ArticleWorkspace) -> ArticlePieces:
    """Runs on the op runner's thread: the reader's, the editor's and the lists' pieces of one workspace."""
    reader, notice = reader_pieces(workspace.reader, len(workspace.detail.body))
    return ArticlePieces(
        workspace=workspace, reader=reader, notice=notice, source=source_pieces(workspace.detail.body),
        claim_rows=claim_rows(workspace.detail.claims), finding_rows=finding_rows(workspace.findings),
    )
