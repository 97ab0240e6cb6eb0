"""Behaviour of the review panel: claims and verdicts, references, findings, comments, history, editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from ui.card_fill import CardFiller
from ui.dialogs.reason import ReasonDialog
from ui.editor_controller import EditorController
from ui.gradual_release import GradualRelease
from ui.history_html import diff_html, history_html
from ui.i18n import verdict_label
from ui.reader_pieces import ArticlePieces
from ui.reopen_first import change_record
from ui.review_rows import CardRow
from ui.theme import severity_colour
from ui.views.review_panel import PLACEHOLDER, card, placeholder
from workstation.model import VERDICTS
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

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
# A verdict on one citation -> the review state whose colours show it.
VERDICT_STATES = {"supported": "supported", "partially-supported": "partially-supported",
                  "not-supported": "not-supported", "contradicted": "not-supported", "unverifiable": "unverifiable"}


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.review
        self.shown: ArticlePieces | None = None
        self.claims: dict[int, ClaimView] = {}
        tab = self.panel.claims_tab
        tab.claims.currentItemChanged.connect(lambda *_: self._claim_changed())
        tab.citations.currentRowChanged.connect(lambda *_: self._citation_changed())
        tab.save.clicked.connect(self.save_verdict)
        findings = self.panel.findings_tab
        findings.findings.itemClicked.connect(self._finding_clicked)
        findings.findings.currentItemChanged.connect(lambda *_: self._finding_selected())
        findings.dismiss.clicked.connect(self.dismiss_finding)
        findings.run.clicked.connect(self.run_checks)
        comments = self.panel.comments_tab
        comments.add.clicked.connect(self.add_comment)
        comments.body.returnPressed.connect(self.add_comment)
        comments.resolve.clicked.connect(self.resolve_comment)
        history = self.panel.history_tab
        history.old.activated.connect(lambda *_: self.show_diff())
        history.new.activated.connect(lambda *_: self.show_diff())
        self._diff: Any = None
        history.diff.installEventFilter(self)
        self.editor = EditorController(window)
        self.claim_cards = CardFiller(tab.claims)
        self.finding_cards = CardFiller(findings.findings)
        self.release = GradualRelease(self)
        self._verdict_shown: tuple[int | None, int | None] = (None, None)  # claim and reference in the fields

    @property
    def ws(self) -> Any:
        return self.window.workstation

    @property
    def user(self) -> str | None:
        return self.window.user

    # ----------------------------------------------------------------- who is signed in
    def apply_user(self) -> None:
        """Enable what the person signed in may change; nothing while nobody is (the window is read-only)."""
        self._fill_comments_controls()
        self._citation_changed()
        self._finding_selected()
        self.editor.apply_user()

    def attach(self, reaper: Any, hold: Any) -> None:
        """Long lists and documents count as the window's pending work; replaced documents go to ``reaper``."""
        self.editor.attach(reaper, hold)
        self.claim_cards.hold = self.finding_cards.hold = hold

    def reset_inputs(self) -> None:
        """Put the verdict fields and the editor back to what is stored (what was typed is dropped)."""
        for field in (self.panel.claims_tab.evidence, self.panel.claims_tab.note):
            field.setModified(False)  # typed text is kept across refreshes only while it counts as typed
        self._citation_changed()
        self.editor.fill(self.shown)

    def save_revision(self) -> None:
        self.editor.save_revision()

    # ----------------------------------------------------------------- showing
    def show(self, shown: ArticlePieces) -> None:
        if self.shown is not None:  # what it showed goes a slice at a time, not in one cascade
            self.release.release(self.shown.workspace.detail.claims, self.shown.claim_rows, self.shown.finding_rows)
        same_article = self.shown is not None and self.shown.workspace.detail.id == shown.workspace.detail.id
        keep_claim = self.current_claim_id() if same_article else None
        keep_citation = self.panel.claims_tab.citations.currentRow() if same_article else 0
        self.shown = shown
        detail = shown.workspace.detail
        self.claims = shown.workspace.claims_by_id
        self.window.reader.show_header(detail)
        self._fill_claims(keep_claim, max(keep_citation, 0))
        self._fill_references()
        self._fill_findings()
        self._fill_comments()
        self._fill_history()
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

    def _fill_findings(self) -> None:
        findings = self.shown.workspace.findings if self.shown else None
        if findings is None:  # no article selected
            self.finding_cards.fill(())
            self.panel.setTabText(2, self.tr("Findings"))
            return
        rows = self.shown.finding_rows if self.shown else ()
        if not rows:
            rows = (CardRow(self.tr("No findings on this revision."), self.tr("Run checks to look again after a change."), PLACEHOLDER),)
        self.finding_cards.fill(rows, then=self._finding_selected)
        self.panel.setTabText(2, self.tr("Findings ({0})").format(sum(1 for f in findings if not f.dismissed)))

    def _fill_comments(self) -> None:
        widget = self.panel.comments_tab.comments
        widget.clear()
        comments = self.shown.workspace.comments if self.shown else None
        self._fill_comments_controls()
        if comments is None:
            return  # no article selected
        if not comments:
            placeholder(widget, self.tr("No comments yet."), self.tr("Select a claim or a passage, then write a comment below."))
        for comment in comments:
            meta = [f"{'↳ ' if comment.depth else ''}{comment.author or 'unknown'}"]
            if comment.created_at is not None:
                meta.append(f"{comment.created_at:%Y-%m-%d %H:%M}")
            if comment.resolved:
                meta.append(self.tr("resolved by {resolved_by}").format(resolved_by=comment.resolved_by) if comment.resolved_by else self.tr("resolved"))
            quote = " ".join((comment.quote or "").split())
            claim = self.claims.get(comment.claim_id) if comment.claim_id is not None else None
            if claim is not None:
                meta.append(self.tr("on claim {0}").format(claim.position + 1))
            elif quote:
                meta.append(self.tr("on “{0}{1}”").format(quote[:80], '…' if len(quote) > 80 else ''))
            kind = "resolved" if comment.resolved else ""
            widget.addItem(card(comment.body, " · ".join(meta), kind, comment.id))

    def _fill_comments_controls(self) -> None:
        available = self.shown is not None and self.user is not None
        for w in (self.panel.comments_tab.add, self.panel.comments_tab.resolve, self.panel.comments_tab.body):
            w.setEnabled(available)

    def _fill_history(self) -> None:
        tab = self.panel.history_tab
        entries = self.shown.workspace.history if self.shown else None
        if entries is None:
            tab.history.clear()  # no article selected
        else:
            tab.history.setHtml(history_html(entries))
        revisions = self.shown.workspace.revisions if self.shown else None
        for combo in (tab.old, tab.new):
            combo.clear()
            for rev in revisions or ():
                who = f" · {rev.author}" if rev.author else ""
                combo.addItem(self.tr("Revision {number} · {created_at:%Y-%m-%d}{who}").format(number=rev.number, created_at=rev.created_at, who=who), rev.number)
                combo.setItemData(combo.count() - 1, self.tr("Revision {number}, saved {created_at:%Y-%m-%d %H:%M} UTC{0}").format(
                    self.tr(" by {0}").format(rev.author) if rev.author else '', number=rev.number, created_at=rev.created_at), Qt.ItemDataRole.ToolTipRole)
        if revisions:
            tab.old.setCurrentIndex(max(0, len(revisions) - 2))
            tab.new.setCurrentIndex(len(revisions) - 1)
            self.show_diff()
        else:
            self._diff = None
            tab.diff.clear()

    def show_diff(self) -> None:
        tab = self.panel.history_tab
        if self.shown is None or tab.old.count() == 0:
            return
        article_id, old, new = self.shown.workspace.detail.id, tab.old.currentData(), tab.new.currentData()
        if old == new:
            self._diff = None
            tab.diff.setHtml(self.tr("<p><i>Only one revision so far.</i></p>") if tab.old.count() == 1
                             else self.tr("<p><i>The same revision on both sides.</i></p>"))
            return
        self.window.runner.query(lambda: self.ws.workflow.revision_diff(article_id=article_id, old=old, new=new),
                                 self._show_diff)

    def _show_diff(self, diff: Any) -> None:
        self._diff = diff
        diff_view = self.panel.history_tab.diff
        diff_view.setHtml(diff_html(diff, diff_view.palette()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # The diff's tints come from the palette: lay them again when it changes.
        if event.type() == QEvent.Type.PaletteChange and watched is self.panel.history_tab.diff and self._diff:
            self._show_diff(self._diff)
        return super().eventFilter(watched, event)

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
            self.window.reader.scroll_to_claim(claim.id)
        tab.citations.blockSignals(False)
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
            change_record(self.window, article_id=article_id, what="verdicts", label=self.tr("Saving the verdict"),
                          call=lambda reopen: ws.review.set_verdict(claim_id=claim.id, reference=reference, verdict=verdict,
                                                                    user=user, evidence=evidence, note=note, reopen=reopen))
        else:
            change_record(self.window, article_id=article_id, what="verdicts",
                          label=self.tr("Clearing the verdict"),
                          call=lambda reopen: ws.review.clear_verdict(claim_id=claim.id, reference=reference, user=user,
                                                                      reopen=reopen))

    # ----------------------------------------------------------------- findings
    def _finding_selected(self) -> None:
        item = self.panel.findings_tab.findings.currentItem()
        finding = item.data(ID_ROLE) if item is not None else None
        can = finding is not None and not finding.dismissed and self.user is not None
        self.panel.findings_tab.dismiss.setEnabled(can)
        self.panel.findings_tab.dismiss.setToolTip(self.tr("Dismiss the selected finding, with a reason") if can
                                                   else self.tr("Select an open finding to dismiss it"))

    def _finding_clicked(self, item: QListWidgetItem) -> None:
        finding = item.data(ID_ROLE)
        if finding is None:
            return
        reader = self.window.reader
        if finding.claim_id and finding.claim_id in self.claims:
            reader.scroll_to_claim(finding.claim_id)
            return
        if finding.excerpt:
            found = reader.document().find(finding.excerpt[:80].strip())
            if not found.isNull():
                reader.setTextCursor(found)
                reader.ensureCursorVisible()
            else:
                reader.moveCursor(QTextCursor.MoveOperation.Start)

    def dismiss_finding(self) -> None:
        item = self.panel.findings_tab.findings.currentItem()
        finding = item.data(ID_ROLE) if item is not None else None
        if finding is None or self.user is None:
            return
        reason = ReasonDialog.ask(self.window, self.tr("Dismiss finding"), self.tr("Why is this not a problem?\n\n{message}").format(message=finding.message))
        if reason and self.shown is not None:
            user, ws = self.user, self.ws
            change_record(self.window, article_id=self.shown.workspace.detail.id, what="findings' dismissals",
                          label=self.tr("Dismissing the finding"),
                          call=lambda reopen: ws.review.dismiss_finding(finding_id=finding.id, user=user, reason=reason,
                                                                        reopen=reopen))

    def run_checks(self) -> None:
        if self.shown is not None:
            article_id, user = self.shown.workspace.detail.id, self.user
            self.window.runner.mutate(lambda: self.ws.review.run_checks(article_id=article_id, user=user), label=self.tr("Running checks"))

    # ----------------------------------------------------------------- comments
    def add_comment(self) -> None:
        body = self.panel.comments_tab.body.text().strip()
        if not body or self.shown is None or self.user is None:
            return
        article_id, user, claim_id = self.shown.workspace.detail.id, self.user, self.current_claim_id()
        self.panel.comments_tab.body.clear()
        self.window.runner.mutate(lambda: self.ws.review.add_comment(article_id=article_id, body=body, user=user,
                                                                     claim_id=claim_id), label=self.tr("Adding the comment"))

    def resolve_comment(self) -> None:
        item = self.panel.comments_tab.comments.currentItem()
        comment_id = item.data(ID_ROLE) if item is not None else None
        if comment_id is not None and self.user is not None and self.shown is not None:
            user, ws = self.user, self.ws
            change_record(self.window, article_id=self.shown.workspace.detail.id, what="comments' resolution",
                          label=self.tr("Resolving the comment"),
                          call=lambda reopen: ws.review.resolve_comment(comment_id=comment_id, user=user, reopen=reopen))

