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


def test_rows_that_came_with_the_ids_are_shown_without_asking() -> None:
    calls: list[list[int]] = []
    model = LibraryModel(loader(calls))
    model.set_ids(range(1, 301), {i: summary(i) for i in range(1, 101)})
    assert model.data(model.index(99, 0)) == "Article 100"
    assert calls == []
    assert model.data(model.index(100, 0)) == "Article 101"
    assert calls == [list(range(101, 201))]


def test_rows_asked_for_before_the_ids_changed_fill_the_cache_but_signal_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    pending = []
    model = LibraryModel(lambda ids, done: pending.append((ids, done)))
    model.set_ids([1, 2, 3])
    model.data(model.index(0, 0))
    model.set_ids([3, 2, 1])  # a new search arrived while the page was on its way
    ids, done = pending.pop()
    changed = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    done({i: summary(i) for i in ids})
    assert changed == []
    assert model.data(model.index(0, 0)) == "Article 3"  # from the cache
    assert pending == []


def test_the_row_cache_is_bounded_and_drops_the_oldest_pages() -> None:
    from ui.library_model import MAX_CACHED_ROWS, PAGE

    calls: list[list[int]] = []
    model = LibraryModel(loader(calls))
    count = MAX_CACHED_ROWS * 2
    model.set_ids(range(count))
    for row in range(0, count, PAGE):
        assert model.data(model.index(row, 0)) == f"Article {row}"
    assert model.summary(count - 1) is not None
    assert model.summary(0) is None  # dropped; asked for again when shown
    assert len(model._rows) <= MAX_CACHED_ROWS
    asked = len(calls)
    assert model.data(model.index(0, 0)) == "Article 0"
    assert len(calls) == asked + 1


def test_a_change_refetches_only_the_rows_it_touched_and_signals_their_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    calls: list[list[int]] = []
    model = LibraryModel(loader(calls))
    model.set_ids(range(1, 1001))
    model.data(model.index(0, 0))
    model.data(model.index(500, 0))
    changed = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    model.invalidate([3, 501, 5000])  # 5000 is not in the library
    assert calls[-1] == [3, 501]
    assert sorted(changed) == [(2, 2), (500, 500)]


def test_roles_the_model_does_not_serve_are_answered_with_none() -> None:
    model = LibraryModel(loader([]))
    model.set_ids([1])
    index = model.index(0, 3)
    assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert model.data(index, Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) is None  # only titles have tooltips
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Article 1"
    assert model.data(index, Qt.ItemDataRole.UserRole) == 1


def test_prefetch_asks_for_the_rows_in_view_and_half_a_page_either_side() -> None:
    calls: list[list[int]] = []
    model = LibraryModel(loader(calls))
    model.set_ids(range(1, 1001))
    model.prefetch(230, 260)  # rows 180..310: pages 100, 200 and 300, in one read
    assert calls == [list(range(101, 401))]
    model.prefetch(230, 260)
    assert len(calls) == 1  # cached: nothing asked again
    model.prefetch(0, 20)
    assert calls[-1] == list(range(1, 101)) and len(calls) == 2
    model.prefetch(330, 380)  # rows 280..430: only pages not asked for yet (400)
    assert calls[-1] == list(range(401, 501))


def test_rows_fetched_ahead_arrive_quietly_unless_the_view_asked_for_them(qtbot) -> None:  # type: ignore[no-untyped-def]
    pending = []
    model = LibraryModel(lambda ids, done: pending.append((ids, done)))
    model.set_ids(range(1, 301))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    model.prefetch(170, 190)  # rows 120..240: pages 100 and 200, fetched ahead of the view in one read
    assert [(ids[0], ids[-1]) for ids, _ in pending] == [(101, 300)]
    # The view reaches page 200 before it arrives: it shows a placeholder, and the arrival repaints it.
    assert model.data(model.index(210, 0)) == "…"
    assert len(pending) == 1  # not asked for twice
    ids, done = pending.pop(0)
    done({i: summary(i) for i in ids})
    # Page 100, out of view, came quietly: a dataChanged would repaint the whole viewport for nothing.
    assert changed == [(200, 299)]
    assert model.data(model.index(150, 0)) == "Article 151"
    assert model.data(model.index(210, 0)) == "Article 211"


def test_reviewed_says_why_there_is_nothing_to_count() -> None:
    from dataclasses import replace

    rows = {1: summary(1), 2: replace(summary(2), references=0, claims_reviewed=0), 3: replace(summary(3), claims=0)}
    model = LibraryModel(loader([]))
    model.set_ids([1, 2, 3], rows)
    reviewed = [model.data(model.index(row, 4)) for row in range(3)]
    assert reviewed == ["1 of 10", "no references", "no claims"]
    tip = model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert "no references" in tip and "10 claim(s)" in tip
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole).startswith("1 of 10 claims")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == "Article 1"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole) is None


def test_the_status_cell_wears_the_badge_colour_of_its_status(qapp) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from PySide6.QtGui import QGuiApplication

    from ui import theme

    rows = {1: summary(1), 2: replace(summary(2), status="Approved", due=True, next_review=date(2025, 3, 1))}
    model = LibraryModel(loader([]))
    model.set_ids([1, 2], rows)
    background = Qt.ItemDataRole.BackgroundRole
    palette = QGuiApplication.palette()
    assert model.data(model.index(0, 1), background).color() == theme.status_badge("Submitted", palette)[0]
    assert model.data(model.index(1, 1), background).color() == theme.status_badge("Approved", palette)[0]
    assert model.data(model.index(0, 0), background) is None
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "Approved; due for re-review since 2025-03-01"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) is None
    previous = QGuiApplication.palette()
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.column(), last.row())))
    try:
        QGuiApplication.setPalette(theme.dark_palette())
        model.palette_changed()
        dark = model.data(model.index(0, 1), background).color()
        assert dark == theme.status_badge("Submitted", theme.dark_palette())[0]
        assert changed == [(1, 1)]  # the status column of every row is painted again
    finally:
        QGuiApplication.setPalette(previous)


def test_the_whole_list_is_appended_below_the_first_page_keeping_the_selection(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QTableView

    model = LibraryModel(loader([]))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_ids(list(range(1, 101)), {i: summary(i) for i in range(1, 101)}, query="q", complete=False)
    view.selectRow(40)
    resets, inserted = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.extend_ids(list(range(1, 1001)))
    assert model.rowCount() == 1000 and model.complete and model.query == "q"
    assert inserted == [(100, 999)] and resets == []
    assert view.selectionModel().currentIndex().row() == 40  # the reviewer's selection stays


def test_a_whole_list_that_no_longer_starts_with_the_first_page_replaces_it() -> None:
    model = LibraryModel(loader([]))
    model.set_ids([5, 4, 3], query="q", complete=False)
    resets = []
    model.modelReset.connect(lambda: resets.append(True))
    model.extend_ids([6, 5, 4, 3, 2, 1])  # an article came in between the two reads
    assert model.ids() == [6, 5, 4, 3, 2, 1] and model.complete and resets == [True]


def test_the_same_list_read_again_shows_the_rows_that_came_with_it() -> None:
    model = LibraryModel(loader([]))
    model.set_ids([1, 2, 3], {i: summary(i) for i in (1, 2, 3)}, query="q")
    changed = []
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    fresh = summary(2)
    fresh = type(fresh)(**{**fresh.__dict__, "title": "Renamed at another desk"})
    model.extend_ids([1, 2, 3], {2: fresh})  # a change elsewhere: the list again, its rows afresh
    assert model.data(model.index(1, 0)) == "Renamed at another desk"
    assert changed == [(1, 1)]
