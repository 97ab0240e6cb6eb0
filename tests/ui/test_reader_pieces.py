"""The reader's pieces put together show what the whole document shows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from tests.conftest import SEEDS
from ui.progressive import ProgressiveDocument
from ui.reader_pieces import (
    ReaderPieces,
    TooLargeToLayOut,
    html_pieces,
    reader_pieces,
    text_pieces,
)
from workstation.facade import render_marked
from workstation.views_workspace import MARKERS, START, STOP


def blocks(document: QTextDocument) -> list[tuple]:
    """Each paragraph: its text, list and number, margins and indent."""
    out = []
    block = document.begin()
    while block.isValid():
        lst = block.textList()
        fmt = block.blockFormat()
        out.append((block.text(), lst.itemText(block) if lst else None, fmt.topMargin(), fmt.bottomMargin(),
                    fmt.indent(), fmt.leftMargin()))
        block = block.next()
    return out


def assembled(qtbot, pieces: ReaderPieces, states: dict[int, str] | None = None) -> QTextBrowser:  # type: ignore[no-untyped-def]
    view = QTextBrowser()
    qtbot.addWidget(view)
    loader = ProgressiveDocument(view, None, None)
    loader.load(pieces, states or {})
    qtbot.waitUntil(lambda: not loader.is_loading(), timeout=10_000)
    view.loader = loader  # type: ignore[attr-defined]
    return view


LISTS = ("<h2>A</h2><ol>" + "".join(f"<li>item {i} <b>b</b><ul><li>sub {i}</li></ul></li>" for i in range(400))
         + "</ol><table><tr><td>r</td><td>v</td></tr></table><blockquote>"
         + "".join(f"<p>quoted {i}</p>" for i in range(300)) + "</blockquote><p>end</p>")


@pytest.mark.parametrize("html", [LISTS, None], ids=["lists-quotes-table", "sample-article"])
def test_pieces_cut_between_elements_show_the_same_document(qtbot, html: str | None) -> None:  # type: ignore[no-untyped-def]
    if html is None:
        body = sorted(SEEDS.glob("*.txt"))[4].read_text(encoding="utf-8")
        pieces, error = reader_pieces(render_marked(body))
        assert error is None and pieces.html
        html = "".join(pieces.pieces)
    whole = QTextDocument()
    whole.setHtml(html)
    cut = html_pieces(html, target=1_500)  # longer than any of their paragraphs: only elements are cut
    assert len(cut) > 3
    view = assembled(qtbot, ReaderPieces(tuple(cut), html=True))
    assert blocks(view.document()) == blocks(whole)


def test_an_ordered_list_cut_in_two_keeps_counting(qtbot) -> None:  # type: ignore[no-untyped-def]
    html = "<ol>" + "".join(f"<li>step {i}</li>" for i in range(1, 301)) + "</ol>"
    view = assembled(qtbot, ReaderPieces(tuple(html_pieces(html, target=500)), html=True))
    labels = [b[1] for b in blocks(view.document())]
    assert labels == [f"{i}." for i in range(1, 301)]


def test_a_long_paragraph_is_cut_between_words_keeping_its_formatting(qtbot) -> None:  # type: ignore[no-untyped-def]
    words = " ".join(f"word{i} <b>bold{i}</b> <a href=\"#ref-1\">[1]</a> &amp;" for i in range(400))
    html = f"<p>{words}</p>"
    cut = html_pieces(html, target=1_000, limit=2_000)
    assert len(cut) > 5 and all(c.startswith("<p") for c in cut)
    view = assembled(qtbot, ReaderPieces(tuple(cut), html=True))
    whole = QTextDocument()
    whole.setHtml(html)
    assert view.document().toPlainText().split() == whole.toPlainText().split()  # every word, in order
    assert view.toHtml().count("font-weight:700") >= 400  # each bold word still bold


def test_an_element_that_cannot_be_cut_and_is_too_large_is_refused() -> None:
    table = "<table>" + "".join(f"<tr><td>row {i}</td><td>value</td></tr>" for i in range(2_000)) + "</table>"
    with pytest.raises(TooLargeToLayOut, match="<table> element"):
        html_pieces(table)


def test_plain_text_lines_are_broken_at_spaces_and_never_inside_a_claim_marker() -> None:
    line = " ".join(f"{START}{n}\ue001w{n} text{STOP}" for n in range(3_000))
    pieces, broken = text_pieces(line + "\nnext line\n", target=5_000, line_limit=1_000)
    assert broken == 1
    text = "".join(pieces)
    assert text.replace("\n", " ").split() == (line + " next line").split()
    for part in text.splitlines():
        assert len(part) <= 1_000
        assert part.count(START) == part.count("\ue001")  # every marker whole in its line


def test_claims_in_plain_text_are_tinted_without_their_markers(qtbot) -> None:  # type: ignore[no-untyped-def]
    text = f"Before. {START}7\ue001The first claim.{STOP} Between. {START}8\ue001The sec" + "\n" * 0
    rest = f"ond claim 😀 spans pieces.{STOP} After."
    view = assembled(qtbot, ReaderPieces((text, rest), html=False), {7: "supported", 8: "none"})
    shown = view.toPlainText()
    assert not any(m in shown for m in MARKERS)
    ranges = view.loader.ranges  # type: ignore[attr-defined]
    cursor = view.textCursor()
    for claim_id, words in ((7, "The first claim."), (8, "The second claim 😀 spans pieces.")):
        start, end = ranges[claim_id]
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == words
