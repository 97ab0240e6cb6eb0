"""The lazy, id-based library model."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from ui.library_model import COLUMNS, LibraryModel
from workstation.views import ArticleSummary


def summary(n: int) -> ArticleSummary:
    return ArticleSummary(id=n, title=f"Article {n}", status="Submitted", audience="patient",
                          last_updated=date(2025, 1, n % 28 + 1), claims=10, claims_reviewed=n % 10,
                          references=3, findings=n % 4, assigned_reviewer=None, next_review=None, updated_at=None)


def loader(calls: list[list[int]]):  # type: ignore[no-untyped-def]
    def load(ids, done):  # type: ignore[no-untyped-def]
        calls.append(list(ids))
        done({i: summary(i) for i in ids})
    return load


def test_model_passes_the_qt_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = LibraryModel(loader([]))
    model.set_ids(range(1, 251))
    qtmodeltester.check(model)


def test_rows_are_fetched_a_page_at_a_time_and_cached() -> None:
    calls: list[list[int]] = []
    model = LibraryModel(loader(calls))
    model.set_ids(range(1, 1001))
    assert model.data(model.index(0, 0)) == "Article 1"
    assert model.data(model.index(5, 4)) == "6 of 10"  # row 5 is article 6
    assert len(calls) == 1 and len(calls[0]) == 100
    model.data(model.index(950, 0))
    assert len(calls) == 2 and calls[1][0] == 901


def test_a_row_not_yet_arrived_shows_a_placeholder_never_none() -> None:
    pending = []
    model = LibraryModel(lambda ids, done: pending.append((ids, done)))
    model.set_ids([7, 8])
    for column in range(len(COLUMNS)):
        assert model.data(model.index(0, column)) is not None
    ids, done = pending[0]
    done({i: summary(i) for i in ids})
    assert model.data(model.index(1, 0)) == "Article 8"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole) == 7


def test_sorting_asks_the_database_again() -> None:
    asked = []
    model = LibraryModel(loader([]), requery=lambda: asked.append(True))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert asked and model.sort_key == "title" and model.descending
