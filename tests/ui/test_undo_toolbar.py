"""The toolbar's Undo and Redo say what they take back, with their keys."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

CITED = 5  # three references, claims that cite them


def test_undo_button_says_what_it_undoes_and_its_keys(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window(article=CITED)
    button = window.toolbar.widgetForAction(window.action_undo)
    assert isinstance(button, QToolButton)
    assert button.text() == "Undo" and not button.isEnabled()
    assert "Ctrl+Z" in window.action_undo.toolTip()
    controller = window.controller
    while not controller.current_claim().citations:
        controller.step_claim(1)
    with qtbot.waitSignal(window.runner.changes_applied, timeout=10_000):
        controller.set_verdict_number(1)
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5000)
    assert button.text() == "Undo set verdict"
    assert button.toolTip() == "Undo set verdict (Ctrl+Z)"
    assert window.action_undo.text().startswith("&")  # the Edit menu keeps its mnemonic
    assert "Ctrl+Shift+Z" in window.action_redo.toolTip()



def test_the_toolbar_has_no_empty_groups(main_window) -> None:  # type: ignore[no-untyped-def]
    window = main_window()
    actions = window.toolbar.actions()
    separators = [a.isSeparator() for a in actions]
    assert not separators[0] and not separators[-1]
    assert not any(a and b for a, b in zip(separators, separators[1:], strict=False)), "two separators in a row"
