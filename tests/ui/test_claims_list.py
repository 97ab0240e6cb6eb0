"""The claims, findings and comments lists: every item in full at any width, and empty states that say why."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QListWidget, QTableWidget

from tests.ui.conftest import wait_idle
from ui.views.review_panel import MARKER_WIDTH, META_ROLE, PADDING

SEED_000 = 1  # cites [1] but lists no references
CITED = 5  # three references, claims that cite them


def wrapped_height(font, width: int, text: str) -> int:  # type: ignore[no-untyped-def]
    if not text:
        return 0
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text).height()


def clipped_claims(claims: QListWidget) -> list[str]:
    """Claims whose item is shorter than their wrapped text (and second line) at the list's width."""
    width = claims.viewport().width() - 2 * claims.spacing() - MARKER_WIDTH - 3 * PADDING
    bad = []
    for row in range(claims.count()):
        item = claims.item(row)
        rect = claims.visualItemRect(item)
        needed = wrapped_height(claims.font(), width, item.text()) + wrapped_height(
            claims.font(), width, item.data(META_ROLE) or "")
        if rect.height() < needed or rect.width() < width:
            bad.append(f"{row}: {rect.height()} < {needed} at {width}px: {item.text()[:40]}")
    return bad


def test_every_claim_shows_in_full_at_any_panel_width(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=CITED)
    claims = window.findChild(QListWidget, "claimsList")
    assert claims.count() > 10
    for sizes in ([540, 440, 420], [300, 400, 700], [700, 450, 250], [540, 440, 420]):
        window.splitter.setSizes(sizes)
        qtbot.waitUntil(lambda: not clipped_claims(claims), timeout=5000)
        # No blank gap below a claim either: the item is as tall as its text, plus its padding.
        width = claims.viewport().width() - 2 * claims.spacing() - MARKER_WIDTH - 3 * PADDING
        for row in range(claims.count()):
            item = claims.item(row)
            text = wrapped_height(claims.font(), width, item.text())
            meta = wrapped_height(claims.font(), width, item.data(META_ROLE))
            assert claims.visualItemRect(item).height() <= text + meta + 2 * PADDING + 4
    assert "Cites [" in claims.item(0).data(META_ROLE) or "citation" in claims.item(0).data(META_ROLE)



def test_empty_states_say_what_is_missing(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=SEED_000)
    references = window.review.references_tab
    window.review.setCurrentWidget(references)
    assert not window.findChild(QTableWidget, "referencesTable").isVisible()
    assert references.empty.isVisible() and "no references" in references.empty.text()
    window.review.setCurrentWidget(window.review.comments_tab)
    comments = window.findChild(QListWidget, "commentsList")
    assert comments.count() == 1 and comments.item(0).text() == "No comments yet."
    assert not comments.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    # The first claim cites [1], which this article does not list: the claim says so.
    claims = window.findChild(QListWidget, "claimsList")
    assert "not in the reference list" in claims.item(0).data(META_ROLE)


def test_findings_open_errors_first_with_severity_and_code(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=CITED)
    window.review.setCurrentWidget(window.review.findings_tab)  # its cards are made once it is shown
    wait_idle(qtbot, window)
    findings = window.findChild(QListWidget, "findingsList")
    assert findings.count() == len(window.desk.selection.workspace.findings) > 1
    metas = [findings.item(r).data(META_ROLE) for r in range(findings.count())]
    severities = [m.split(" · ")[0] for m in metas]
    order = {"Error": 0, "Warning": 1, "Info": 2}
    assert severities == sorted(severities, key=order.__getitem__)
    assert all(" · " in m.splitlines()[0] for m in metas)




def test_a_card_height_is_measured_again_for_another_font_or_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Heights are kept per text, width and font, so a larger font or a narrower list is measured anew."""
    from PySide6.QtGui import QFont

    from ui.views.review_panel import CardDelegate

    view = QListWidget()
    qtbot.addWidget(view)
    delegate = CardDelegate(view)
    text = "Stem cell transplants improve five-year survival in systemic sclerosis " * 3
    small = QFont(view.font())
    large = QFont(small)
    large.setPointSizeF(small.pointSizeF() * 2)
    for font, width in ((small, 300), (large, 300), (small, 120), (small, 300)):
        assert delegate._height(font, width, text) == wrapped_height(font, width, text)
    assert delegate._height(large, 300, text) > delegate._height(small, 300, text)


def test_card_heights_follow_the_font_set_on_the_list(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A list given a larger font (``setFont``) measures its cards in that font, as it paints them."""
    from PySide6.QtGui import QFont

    from ui.views.review_panel import CardDelegate, card, card_list

    view = card_list("claimsList", "Claims")
    qtbot.addWidget(view)
    view.setItemDelegate(CardDelegate(view))
    large = QFont(view.font())
    large.setPointSizeF(view.font().pointSizeF() * 2)
    view.setFont(large)
    text = "Stem cell transplants improve five-year survival in systemic sclerosis " * 3
    view.addItem(card(text, "Section: Results"))
    view.resize(360, 400)
    view.show()
    qtbot.waitExposed(view)
    width = view.viewport().width() - 2 * view.spacing() - MARKER_WIDTH - 3 * PADDING
    wanted = wrapped_height(large, width, text) + 2 + wrapped_height(large, width, "Section: Results") + 2 * PADDING
    assert view.visualItemRect(view.item(0)).height() == wanted
