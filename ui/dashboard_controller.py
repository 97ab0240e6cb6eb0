"""The dashboard in the main window: View → Dashboard, its figures read off the GUI thread, clicks into the library.

The dashboard takes the place of the reader and the review panel while it is
shown; the library stays beside it, so a click on a count or a bar filters the
library to those articles and the next click can follow at once. Clicking an
article in the library opens it again in the reader. The figures are computed
on the op runner's thread, again whenever a change is announced
(``changes_applied``) while the dashboard is shown, or when it is next shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSplitter, QWidget

from ui.desk import Desk
from ui.views.library_panel import LibraryPanel
from ui.window_menus import WindowMenus
from workstation.changes import OpChanges
from workstation.facade import Dashboard, selections

if TYPE_CHECKING:
    from ui.views.dashboard import DashboardView

REFRESH_DELAY_MS = 300  # changes arriving in a burst (an import, undo after undo) refresh once
SHORTCUT = "Ctrl+Shift+D"
LIBRARY_SHARE = 0.4  # of the window's width, at most, while the dashboard is shown


class DashboardController(QObject):
    def __init__(self, desk: Desk, menus: WindowMenus, splitter: QSplitter, library: LibraryPanel,
                 article_panes: tuple[QWidget, ...]) -> None:
        """The dashboard goes into ``splitter`` beside ``library``, in place of ``article_panes`` while shown."""
        super().__init__(splitter)
        self.desk, self.splitter, self.library, self.article_panes = desk, splitter, library, article_panes
        self.view: DashboardView | None = None  # built when first shown (pyqtgraph loads then)
        self.dashboard: Dashboard | None = None
        self._stale = True
        self._request = 0
        self._sizes: list[int] = []
        self._fit_on_show = False
        self.action = QAction(self.tr("&Dashboard"), desk.parent)
        self.action.setObjectName("actionDashboard")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        tip = self.tr("Dashboard: where the board's work stands ({SHORTCUT})").format(SHORTCUT=SHORTCUT)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.toggled.connect(self.set_shown)
        menus.add_to_window(self.action)
        menus.view_menu(self.tr("&View")).addAction(self.action)
        menus.toolbar.insertAction(menus.action_undo, self.action)
        menus.toolbar.insertSeparator(menus.action_undo)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        desk.runner.changes_applied.connect(self._changes)
        # A reviewer who clicks an article in the filtered library wants to read it.
        library.table.clicked.connect(lambda *_: self.action.setChecked(False))
        library.table.activated.connect(lambda *_: self.action.setChecked(False))
        splitter.installEventFilter(self)  # it shows with the window: the sizes are real from then on

    # ----------------------------------------------------------------- showing
    def set_shown(self, shown: bool) -> None:
        """Show the dashboard in place of the reader and review panel, or the article again."""
        splitter = self.splitter
        if shown and self.view is None:
            from ui.views.dashboard import DashboardView

            self.view = DashboardView()
            self.view.count_clicked.connect(self.open_count)
            self.view.bar_clicked.connect(self.open_bar)
            self.view.link_clicked.connect(self.open_link)
            self.view.palette_changed.connect(self._repaint)
            self.view.hide()
            splitter.addWidget(self.view)
            splitter.setStretchFactor(splitter.indexOf(self.view), 1)
        if self.view is None or shown == self.view.isVisibleTo(splitter):
            if self.view is not None and self.action.isChecked() != shown:
                self.action.setChecked(shown)
            return
        if shown:
            self._fit()
        for pane in self.article_panes:
            pane.setVisible(not shown)
        self.view.setVisible(shown)
        if not shown and self._sizes:
            library, reader, review = self._sizes[:3]
            if reader + review == 0:  # the window opened on the dashboard: share the room out afresh
                rest = sum(self._sizes) - library
                reader, review = rest // 2, rest - rest // 2
            splitter.setSizes([library, reader, review, *([0] * (splitter.count() - 3))])
        if self.action.isChecked() != shown:
            self.action.setChecked(shown)
        if shown and self._stale:
            self.refresh()

    def _fit(self) -> None:
        """Give the dashboard the room the reader had, and some of the library's (its columns can spare it).

        The splitter's sizes mean nothing until the window is laid out, so a
        dashboard shown before that (``gui --dashboard``) is fitted when the window shows.
        """
        splitter = self.splitter
        if not splitter.isVisible():
            self._fit_on_show = True
            return
        self._fit_on_show = False
        self._sizes = splitter.sizes()  # the reader's layout, given back when the dashboard goes
        total = sum(self._sizes)
        library = min(self._sizes[0], int(total * LIBRARY_SHARE))
        splitter.setSizes([library, *([0] * (splitter.count() - 2)), total - library])

    def is_shown(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def refresh(self) -> None:
        """Compute the figures on the op runner; only the newest request's answer is shown."""
        self._stale = False
        self._request += 1
        request = self._request
        workstation = self.desk.workstation
        self.desk.runner.query(workstation.workflow.dashboard, lambda d: self._arrived(d, request), label=self.tr("Counting"))

    def _arrived(self, dashboard: Dashboard, request: int) -> None:
        if request != self._request or self.view is None:
            return
        self.dashboard = dashboard
        self.view.show_dashboard(dashboard)

    def _repaint(self) -> None:
        if self.view is not None and self.dashboard is not None:
            self.view.show_dashboard(self.dashboard)

    def _changes(self, changes: OpChanges, _initiator: object) -> None:
        self._stale = True
        if self.is_shown():
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # (The window hides the dashboard before it saves its splitter on closing: ui/main_window.py.)
        if watched is self.splitter and event.type() == QEvent.Type.Show and self._fit_on_show:
            QTimer.singleShot(0, self._fit)  # once the splitter has its real sizes
        return False

    # ----------------------------------------------------------------- clicks into the library
    def open_count(self, status: str) -> None:
        """A count: the library's own status filter ('Due for re-review' and 'Overdue assignments' among them)."""
        self.library.show_only(status=status)

    def open_link(self, href: str) -> None:
        """A link in a figure's text: the articles first approved in the period."""
        if self.dashboard is not None and href == "first-approved":
            self.library.show_only(selection=selections.first_approved_since(self.dashboard.period_start))

    def open_bar(self, chart: str, series: int, category: int) -> None:
        """A bar: the library filtered to exactly the articles it counted."""
        d = self.dashboard
        if d is None:
            return
        selection = None
        if chart == "throughputChart":
            week = d.throughput[category].week
            selection = selections.approved_in_week(week) if series == 0 else selections.submitted_in_week(week)
        elif chart == "workloadChart":
            person = d.workload[category]
            shown_as = person.display_name or person.name
            selection = (selections.open_reviews_of(person.name, shown_as) if series == 0
                         else selections.approved_by(person.name, d.period_start, shown_as))
        elif chart == "findingsChart":
            selection = selections.with_open_finding(d.findings[category].code)
        elif chart == "reviewCyclesChart":
            selection = selections.with_review_cycles(category, d.period_start)
        if selection is not None:
            self.library.show_only(selection=selection)
