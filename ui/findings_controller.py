"""The Findings tab: the current revision's findings, selecting one, dismissing it, running the checks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidgetItem

from ui.card_fill import CardFiller
from ui.core_messages import core_text
from ui.desk import Desk
from ui.dialogs.reason import ReasonDialog
from ui.gradual_release import GradualRelease
from ui.reopen_first import change_record
from ui.review_rows import CardRow
from ui.tab_fill import FillWhenShown
from ui.views.review_panel import PLACEHOLDER, ReviewPanel
from workstation.selection import WORKSPACE, Selection
from workstation.views_review import FindingView

ID_ROLE = Qt.ItemDataRole.UserRole


class FindingsController(QObject):
    def __init__(self, desk: Desk, panel: ReviewPanel, release: GradualRelease) -> None:
        super().__init__(panel)
        self.desk, self.panel, self.release = desk, panel, release
        tab = panel.findings_tab
        tab.findings.itemClicked.connect(self._clicked)
        tab.findings.currentItemChanged.connect(lambda *_: self._selected())
        tab.dismiss.clicked.connect(self.dismiss)
        tab.run.clicked.connect(self.run_checks)
        self.cards = CardFiller(tab.findings)
        self._rows: tuple[CardRow, ...] = ()
        self.filling = FillWhenShown(panel, tab, self._fill_list)  # the cards are made once the tab is seen
        desk.selection.observe(self._selection_changed)

    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        if WORKSPACE in changed and state.workspace is not None:
            self.fill()

    def fill(self) -> None:
        """The tab's count now, its list now or once the tab is shown."""
        shown = self.desk.shown
        if shown is None:  # no article selected
            self.panel.setTabText(2, self.tr("Findings"))
        else:
            findings = shown.workspace.findings
            self.panel.setTabText(2, self.tr("Findings ({0})").format(sum(1 for f in findings if not f.dismissed))
                                  if shown.workspace.checked else self.tr("Findings (not checked)"))
        self.filling.request()

    def _fill_list(self) -> None:
        shown = self.desk.shown
        self.release.release(self._rows)  # what it showed goes a slice at a time, not in one cascade
        if shown is None:
            self._rows = ()
            self.cards.fill(())
            return
        self._rows = rows = shown.finding_rows
        checked = shown.workspace.checked
        if not checked:  # an empty list would say nothing was found; nothing looked
            rows = (CardRow(self.tr("This revision was never checked."),
                            self.tr("It was stored before the checks ran on every revision; run checks to check it."),
                            PLACEHOLDER),)
        elif not rows:
            rows = (CardRow(self.tr("No findings on this revision."), self.tr("Run checks to look again after a change."),
                            PLACEHOLDER),)
        self.cards.fill(rows, then=self._selected)

    def current(self) -> FindingView | None:
        item = self.panel.findings_tab.findings.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _selected(self) -> None:
        finding = self.current()
        can = finding is not None and not finding.dismissed and self.desk.user is not None
        self.panel.findings_tab.dismiss.setEnabled(can)
        self.panel.findings_tab.dismiss.setToolTip(self.tr("Dismiss the selected finding, with a reason") if can
                                                   else self.tr("Select an open finding to dismiss it"))

    def _clicked(self, item: QListWidgetItem) -> None:
        """The reader shows the finding's passage; clicking it again shows it again."""
        finding = item.data(ID_ROLE)
        selection = self.desk.selection
        if finding is None or selection.article_id is None:
            return
        if selection.state.finding_id == finding.id:
            selection.select_finding(None)
        selection.select_finding(finding.id)

    def dismiss(self) -> None:
        finding, user = self.current(), self.desk.user
        shown = self.desk.selection.workspace
        if finding is None or user is None or shown is None:
            return
        reason = ReasonDialog.ask(self.desk.parent, self.tr("Dismiss finding"),
                                  self.tr("Why is this not a problem?\n\n{message}").format(message=core_text(finding.message)))
        if reason:
            ws = self.desk.workstation
            change_record(self.desk, article_id=shown.id, what="findings' dismissals", label=self.tr("Dismissing the finding"),
                          call=lambda reopen: ws.review.dismiss_finding(finding_id=finding.id, user=user, reason=reason,
                                                                        reopen=reopen))

    def run_checks(self) -> None:
        shown = self.desk.selection.workspace
        if shown is not None:
            article_id, user, ws = shown.id, self.desk.user, self.desk.workstation
            self.desk.runner.mutate(lambda: ws.review.run_checks(article_id=article_id, user=user),
                                    label=self.tr("Running checks"))
