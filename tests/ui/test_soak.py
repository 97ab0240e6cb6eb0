"""Soak: a 100,000-article library scrolled, searched and browsed for thousands of steps.

Guards against the crashes that only show at scale or over time (a reference
count bug on values returned from ``data()`` aborted a scrolled QTableView in
one PySide6 release), against requests piling up faster than the worker
answers, and against the row cache growing without bound.
"""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.people import add_person
from tests.ui.conftest import wait_idle

LIBRARY = 100_000
STEPS = 3_000
WORDS = ("stem", "cell", "transplant", "lupus", "remission", "cohort", "trial", "dose", "risk", "evidence")


@pytest.fixture(scope="module")
def large_library(tmp_path_factory: pytest.TempPathFactory) -> str:
    from workstation.facade import Workstation
    from workstation.model import ArticleDraft

    rng = random.Random(11)
    path = tmp_path_factory.mktemp("soak") / "large.db"
    with Workstation.open(str(path)) as ws:
        for start in range(0, LIBRARY, 10_000):
            ws.library.import_drafts(drafts=[
                ArticleDraft(
                    title=f"Article {n}: " + " ".join(rng.choice(WORDS) for _ in range(4)),
                    body="## Summary\n\n" + " ".join(rng.choice(WORDS) for _ in range(30)) + ".\n",
                    audience=rng.choice(("patient", "clinician")), last_updated=date(2025, 1 + n % 12, 1),
                )
                for n in range(start, start + 10_000)
            ])
        add_person(ws, "rev", "reviewer")
    return str(path)


@pytest.mark.slow
def test_soak_scroll_search_and_switch_articles(qtbot, main_window, large_library: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import ui.ops
    from ui.library_model import MAX_CACHED_ROWS

    errors: list[BaseException] = []
    monkeypatch.setattr(ui.ops, "report_error", lambda error, **_: errors.append(error))
    window = main_window(db=str(Path(large_library)))
    table, model = window.library.table, window.model
    bar = table.verticalScrollBar()
    assert model.rowCount() == LIBRARY
    rng = random.Random(5)
    switched = 0
    for step in range(STEPS):
        kind = rng.random()
        if kind < 0.45:  # scroll: a page, or a jump anywhere
            bar.setValue(bar.value() + bar.pageStep() if rng.random() < 0.7 else rng.randrange(bar.maximum() + 1))
        elif kind < 0.80:  # open an article among those in view
            top, _last = window.library.visible_rows()
            table.selectRow(min(top + rng.randrange(20), model.rowCount() - 1))
            switched += 1
        elif kind < 0.95:  # the keyboard: next row, next claim
            table.setFocus()
            qtbot.keyClick(table, Qt.Key.Key_Down)
            qtbot.keyClick(window, Qt.Key.Key_J)
        else:  # search, then back to everything
            window.library.search.setText(rng.choice(WORDS) if rng.random() < 0.5 else "")
            window._search_timer.stop()
            window.refresh_library()
        qtbot.wait(0) if step % 10 else wait_idle(qtbot, window)
    window.library.search.setText("")
    window._search_timer.stop()
    window.refresh_library()
    wait_idle(qtbot, window)

    assert errors == []
    assert switched > 500
    assert model.rowCount() == LIBRARY
    assert len(model._rows) <= MAX_CACHED_ROWS
    # What is shown is the article that is selected, fully loaded, in the table and the reader.
    current = window.current_article
    assert current is not None
    row = model.row_of(current)
    assert row >= 0 and table.selectionModel().currentIndex().row() == row
    model.data(model.index(row, 0))
    wait_idle(qtbot, window)
    detail = window.workstation.library.get_article(article_id=current)
    assert model.summary(row).title == detail.summary.title
    first_words = detail.body.split("\n\n")[1][:40]
    assert first_words.lower() in window.reader.toPlainText().lower()
