"""Behaviour of the review panel: claims and verdicts, references, findings, comments, history, editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QTableWidgetItem

from ui.card_fill import CardFiller
from ui.comments_controller import CommentsController
from ui.desk import Desk
from ui.editor_controller import EditorController
from ui.findings_controller import FindingsController
from ui.gradual_release import GradualRelease
from ui.history_controller import HistoryController
from ui.i18n import verdict_label
from ui.reader_pieces import ArticlePieces
from ui.reopen_first import change_record
from ui.review_rows import CardRow
from ui.theme import severity_colour
from ui.views.review_panel import PLACEHOLDER, ReviewPanel, card, placeholder
from workstation.facade import Workstation
from workstation.model import VERDICTS
from workstation.selection import WORKSPACE, Selection
from workstation.views import ClaimView, ReferenceView

RETRACTION_SEVERITY = {"Retraction": "error", "Expression of concern": "warning", "Correction": "info"}


def library_note(ref: ReferenceView) -> str:
    """What the reference library says about a reference, for its tooltip."""
    note = ""
    if ref.retraction:
        note += QCoreApplication.translate("ReviewController", "\n{retraction} (Retraction Watch)").format(retraction=ref.retraction)
    if ref.record_id is not None:
        note += QCoreApplication.translate("ReviewController", "\nLibrary record {record_id} (matched by {0})").format(
            ref.match_method or QCoreApplication.translate("ReviewController", "reviewer"), record_id=ref.record_id)
    elif ref.suggested_records:
        note += QCoreApplication.translate("ReviewController", "\nA library record may match: confirm it in the References view")
    return note

ID_ROLE = Qt.ItemDataRole.UserRole
# A verdict on one citation -> the review state whose colours show it.
VERDICT_STATES = {"supported": "supported", "partially-supported": "partially-supported",
                  "not-supported": "not-supported", "contradicted": "not-supported", "unverifiable": "unverifiable"}


class ReviewController(QObject):
    """The review panel: the claims and their verdicts, the references; the findings, comments, history
    and editor tabs each have a controller of their own. Every tab follows the desk's selection."""

    def __init__(self, desk: Desk, panel: ReviewPanel) -> None:
        super().__init__(panel)
        self.desk = desk
        self.panel = panel
        self.claims: dict[int, ClaimView] = {}
        self._filled: ArticlePieces | None = None  # what the claims list and the references table show
        tab = self.panel.claims_tab
        tab.claims.currentItemChanged.connect(lambda *_: self._claim_changed())
        tab.citations.currentRowChanged.connect(lambda *_: self._citation_changed())
        tab.save.clicked.connect(self.save_verdict)
        self.claim_cards = CardFiller(tab.claims)
        self.release = GradualRelease(self)
        self._verdict_shown: tuple[int | None, int | None] = (None, None)  # claim and reference in the fields
        desk.selection.observe(self._selection_changed)  # first: the tabs below fill after the claims
        self.findings = FindingsController(desk, panel, self.release)
        self.comments = CommentsController(desk, panel)
        self.history = HistoryController(desk, panel)
        self.editor = EditorController(desk, panel)

    @property
    def ws(self) -> Workstation:
        return self.desk.workstation

    @property
    def user(self) -> str | None:
        return self.desk.user

    @property
    def shown(self) -> ArticlePieces | None:
        """The article the panel shows (None until one is read)."""
        return self.desk.shown

    # ----------------------------------------------------------------- who is signed in
    def apply_user(self) -> None:
        """Enable what the person signed in may change; nothing while nobody is (the window is read-only)."""
        self.comments.apply_user()
        self._citation_changed()
        self.findings._selected()
        self.editor.apply_user()

    def attach(self, reaper: Any, hold: Any) -> None:
        """Long lists and documents count as the window's pending work; replaced documents go to ``reaper``."""
        self.editor.attach(reaper, hold)
        self.claim_cards.hold = self.findings.cards.hold = hold

    def reset_inputs(self) -> None:
        """Put the verdict fields and the editor back to what is stored (what was typed is dropped)."""
        for field in (self.panel.claims_tab.evidence, self.panel.claims_tab.note):
            field.setModified(False)  # typed text is kept across refreshes only while it counts as typed
        self._citation_changed()
        self.editor.fill(self.shown, now=True)

    def save_revision(self) -> None:
        self.editor.save_revision()

    # ----------------------------------------------------------------- showing
    def _selection_changed(self, state: Selection, changed: frozenset[str]) -> None:
        shown = self.desk.shown
        if WORKSPACE not in changed or shown is None:
            return
        before = self._filled
        same_article = before is not None and before.workspace.id == shown.workspace.id
        if before is not None:  # what it showed goes a slice at a time, not in one cascade
            self.release.release(before.workspace.detail.claims, before.claim_rows)
        keep_citation = self.panel.claims_tab.citations.currentRow() if same_article else 0
        self._filled = shown
        self.claims = shown.workspace.claims_by_id
        self._fill_claims(state.claim_id, max(keep_citation, 0))
        self._fill_references()
        if not same_article or not self.panel.editor_tab.source.document().isModified():
            self.editor.fill(shown)

    def _fill_claims(self, keep: int | None, citation_row: int) -> None:
        rows = self.shown.claim_rows if self.shown else ()
        if self.shown is not None and not rows:
            rows = (CardRow(self.tr("No claims in this article."), self.tr("Select a sentence in the reader to add one."), PLACEHOLDER),)
        if keep is not None and keep in self.claims:
            select = keep
        else:
            select = rows[0].data if self.claims else None
        # The list fills a slice at a time; the kept claim is selected (and its citations shown) once it is in.
        self.claim_cards.fill(rows, select=select, then=lambda: self._claim_changed(citation_row),
                              keys=self.shown.workspace.claim_positions if self.shown and self.shown.claim_rows else None)

    def _fill_references(self) -> None:
        tab = self.panel.references_tab
        table = tab.table
        refs = self.shown.workspace.detail.references if self.shown else ()
        table.setRowCount(len(refs))
        for row, ref in enumerate(refs):
            links = " · ".join(x for x in (f"DOI {ref.doi}" if ref.doi else "", f"PMID {ref.pmid}" if ref.pmid else "",
                                           ref.url) if x)
            title = f"⚠ {ref.retraction}: {ref.title}" if ref.retraction else ref.title
            values = (str(ref.number), title, ref.source, str(ref.year or ""), ref.type)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                tip = f"{ref.title}\n{ref.source}" + (f"\n{links}" if links else "") + library_note(ref)
                if column == 1 and ref.retraction:
                    item.setForeground(severity_colour(RETRACTION_SEVERITY.get(ref.retraction, "info"), table.palette()))
                item.setToolTip(tip if column == 1 else value)
                item.setData(ID_ROLE, ref.number)
                if column in (0, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if column == 1 and not ref.cited:
                    item.setToolTip(tip + self.tr("\nNo claim cites this reference."))
                table.setItem(row, column, item)
        table.resizeRowsToContents()
        tab.show_empty(self.shown is not None and not refs)

    # ----------------------------------------------------------------- claims and verdicts
    def current_claim_id(self) -> int | None:
        item = self.panel.claims_tab.claims.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_claim(self) -> ClaimView | None:
        claim_id = self.current_claim_id()
        return self.claims.get(claim_id) if claim_id is not None else None

    def select_claim(self, claim_id: int) -> None:
        if self.claim_cards.select(claim_id):  # at once, or as soon as its row is in the list
            self.panel.setCurrentWidget(self.panel.claims_tab)

    def step_claim(self, delta: int) -> None:
        claims_list = self.panel.claims_tab.claims
        if claims_list.count():
            row = min(max(claims_list.currentRow() + delta, 0), claims_list.count() - 1)
            claims_list.setCurrentRow(row)
            self.panel.setCurrentWidget(self.panel.claims_tab)

    def _claim_changed(self, citation_row: int = 0) -> None:
        tab = self.panel.claims_tab
        claim = self.current_claim()
        tab.citations.blockSignals(True)
        tab.citations.clear()
        refs = {r.number: r for r in self.shown.workspace.detail.references} if self.shown else {}
        if claim is not None:
            verdicts = {v.reference: v for v in claim.verdicts}
            for number in claim.citations:
                ref = refs.get(number)
                verdict = verdicts.get(number)
                title = ref.title if ref else self.tr("Not in the reference list")
                state = VERDICT_STATES.get(verdict.verdict, "none") if verdict else "none"
                meta = self.tr("Verdict: {verdict} by {reviewer}").format(verdict=verdict_label(verdict.verdict), reviewer=verdict.reviewer) if verdict else self.tr("No verdict yet")
                if verdict is not None and verdict.needs_recheck:
                    meta += self.tr(" · the claim changed: re-check")
                tab.citations.addItem(card(f"[{number}] {title}", meta, state, number))
            if not claim.citations:
                placeholder(tab.citations, self.tr("This claim cites no reference."), self.tr("There is nothing to judge it against."))
        tab.citations.blockSignals(False)
        if self.desk.selection.article_id is not None:  # the reader follows (it observes the selection)
            self.desk.selection.select_claim(claim.id if claim is not None else None)
        if claim is not None and claim.citations:
            tab.citations.setCurrentRow(min(citation_row, tab.citations.count() - 1))
        self._citation_changed()

    def current_reference(self) -> int | None:
        item = self.panel.claims_tab.citations.currentItem()
        claim = self.current_claim()
        if item is None or claim is None or not claim.citations:
            return None
        return item.data(ID_ROLE)

    def _citation_changed(self) -> None:
        tab = self.panel.claims_tab
        claim, reference = self.current_claim(), self.current_reference()
        verdict = next((v for v in claim.verdicts if v.reference == reference), None) if claim else None
        editable = claim is not None and reference is not None and self.user is not None
        shown = (claim.id if claim else None, reference)
        # A refresh (another desk's change) keeps evidence or a note the reviewer is still typing.
        typing = shown == self._verdict_shown and (tab.evidence.isModified() or tab.note.isModified())
        self._verdict_shown = shown
        for widget in (tab.verdict, tab.evidence, tab.note, tab.save):
            widget.blockSignals(True)
            widget.setEnabled(editable)
        if not typing:
            tab.verdict.setCurrentIndex(tab.verdict.findData(verdict.verdict) if verdict else 0)
            tab.evidence.setText(verdict.evidence if verdict else "")
            tab.note.setText(verdict.note if verdict else "")
            for field in (tab.evidence, tab.note):
                field.setCursorPosition(0)  # a long quote or note shows its beginning
        for widget in (tab.verdict, tab.evidence, tab.note, tab.save):
            widget.blockSignals(False)
        if claim is not None and not claim.citations:
            tab.save.setToolTip(self.tr("This claim cites no reference; there is nothing to judge it against"))
        else:
            tab.save.setToolTip(self.tr("Save the verdict for this claim and reference"))

    def set_verdict_number(self, number: int) -> None:
        """Keys 1–5: the n-th verdict for the selected claim and reference, saved at once."""
        tab = self.panel.claims_tab
        if 1 <= number <= len(VERDICTS) and tab.save.isEnabled():
            tab.verdict.setCurrentIndex(tab.verdict.findData(VERDICTS[number - 1]))
            self.save_verdict()

    def save_verdict(self) -> None:
        tab = self.panel.claims_tab
        claim, reference = self.current_claim(), self.current_reference()
        verdict = tab.verdict.currentData()
        if claim is None or reference is None or self.user is None or self.shown is None:
            return
        evidence, note, user, ws = tab.evidence.text(), tab.note.text(), self.user, self.ws
        article_id = self.shown.workspace.detail.id
        tab.evidence.setModified(False)
        tab.note.setModified(False)
        if verdict:
            change_record(self.desk, article_id=article_id, what="verdicts", label=self.tr("Saving the verdict"),
                          call=lambda reopen: ws.review.set_verdict(claim_id=claim.id, reference=reference, verdict=verdict,
                                                                    user=user, evidence=evidence, note=note, reopen=reopen))
        else:
            change_record(self.desk, article_id=article_id, what="verdicts",
                          label=self.tr("Clearing the verdict"),
                          call=lambda reopen: ws.review.clear_verdict(claim_id=claim.id, reference=reference, user=user,
                                                                      reopen=reopen))
