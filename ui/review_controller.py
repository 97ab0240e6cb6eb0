"""Behaviour of the review panel: claims and verdicts, references, findings, comments, history, editor."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QTableWidgetItem

from ui.article_bundle import ArticleBundle, render
from ui.dialogs.reason import ReasonDialog
from ui.views.reader import STATE_COLOURS
from workstation.model import VERDICTS
from workstation.views import ClaimView

if TYPE_CHECKING:
    from ui.main_window import MainWindow

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_LABELS = {"none": "not reviewed", "partial": "partly reviewed", "partially-supported": "partially supported"}


class ReviewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = window.review
        self.bundle: ArticleBundle | None = None
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
        editor = self.panel.editor_tab
        editor.save.clicked.connect(self.save_revision)
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(300)
        self._preview.timeout.connect(self._update_preview)
        editor.source.textChanged.connect(self._preview.start)
        self._editor_article: int | None = None
        self._editor_version: int | None = None
        self._save_note = ""  # what the last save said (orphaned claims), kept across the reload it causes

    @property
    def ws(self) -> Any:
        return self.window.workstation

    @property
    def user(self) -> str | None:
        return self.window.user

    # ----------------------------------------------------------------- showing
    def show(self, bundle: ArticleBundle) -> None:
        same_article = self.bundle is not None and self.bundle.detail.id == bundle.detail.id
        keep_claim = self.current_claim_id() if same_article else None
        keep_citation = self.panel.claims_tab.citations.currentRow() if same_article else 0
        self.bundle = bundle
        detail = bundle.detail
        self.claims = {c.id: c for c in detail.claims}
        self._fill_claims(keep_claim, max(keep_citation, 0))
        self._fill_references()
        self._fill_findings()
        self._fill_comments()
        self._fill_history()
        if not same_article or not self.panel.editor_tab.source.document().isModified():
            self._fill_editor()

    def _fill_claims(self, keep: int | None, citation_row: int) -> None:
        claims_list = self.panel.claims_tab.claims
        claims_list.blockSignals(True)
        claims_list.clear()
        select_row = 0
        for row, claim in enumerate(self.bundle.detail.claims if self.bundle else ()):
            cites = ", ".join(str(n) for n in claim.citations) or "no citation"
            state = STATE_LABELS.get(claim.state, claim.state)
            text = " ".join(claim.text.split())
            item = QListWidgetItem(f"{claim.position + 1}. {text}\n[{cites}] · {state}")
            item.setData(ID_ROLE, claim.id)
            item.setBackground(QBrush(STATE_COLOURS.get(claim.state, STATE_COLOURS["none"])))
            item.setToolTip(claim.quote)
            claims_list.addItem(item)
            if claim.id == keep:
                select_row = row
        claims_list.blockSignals(False)
        if claims_list.count():
            claims_list.setCurrentRow(select_row)
            self._claim_changed(citation_row)
        else:
            self._claim_changed()

    def _fill_references(self) -> None:
        table = self.panel.references_tab.table
        refs = self.bundle.detail.references if self.bundle else ()
        table.setRowCount(len(refs))
        for row, ref in enumerate(refs):
            values = (str(ref.number), ref.title, ref.source, str(ref.year or ""), ref.type)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(ID_ROLE, ref.number)
                table.setItem(row, column, item)
        table.resizeRowsToContents()

    def _fill_findings(self) -> None:
        widget = self.panel.findings_tab.findings
        widget.clear()
        findings = self.bundle.findings if self.bundle else None
        if findings is None:  # no article selected
            return
        if not findings:
            widget.addItem("No findings. Run the checks to look for problems.")
        for finding in findings:
            mark = "✓ dismissed" if finding.dismissed else finding.severity
            text = f"[{mark}] {finding.code}: {finding.message}"
            if finding.excerpt:
                text += f"\n“{finding.excerpt[:160]}”"
            if finding.dismissed:
                text += f"\nDismissed by {finding.dismissed_by}: {finding.dismissed_reason}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, finding)
            widget.addItem(item)
        self.panel.setTabText(2, f"Findings ({sum(1 for f in findings if not f.dismissed)})")

    def _fill_comments(self) -> None:
        widget = self.panel.comments_tab.comments
        widget.clear()
        comments = self.bundle.comments if self.bundle else None
        available = comments is not None
        for w in (self.panel.comments_tab.add, self.panel.comments_tab.resolve, self.panel.comments_tab.body):
            w.setEnabled(available)
        if not available:
            return  # no article selected
        for comment in comments:
            author = getattr(comment, "author", "") or getattr(comment, "user", "")
            resolved = " (resolved)" if getattr(comment, "resolved", False) else ""
            item = QListWidgetItem(f"{author}{resolved}: {getattr(comment, 'body', comment)}")
            item.setData(ID_ROLE, getattr(comment, "id", None))
            widget.addItem(item)

    def _fill_history(self) -> None:
        tab = self.panel.history_tab
        entries = self.bundle.history if self.bundle else None
        if entries is None:
            tab.history.clear()  # no article selected
        else:
            rows = []
            for e in reversed(entries):
                detail = e.field and f"{html.escape(e.field)}: {html.escape(e.old or '')} → {html.escape(e.new or '')}"
                if e.reason:
                    detail += f"<br><i>Reason:</i> {html.escape(e.reason)}"
                sig = getattr(e, "signature", None)
                if sig is not None:
                    detail += (f"<br><b>Signed</b> by {html.escape(sig.printed_name)} ({html.escape(sig.role)}), "
                               f"meaning “{html.escape(sig.meaning)}”, revision {sig.revision_number}, "
                               f"{sig.signed_at:%Y-%m-%d %H:%M}")
                rows.append(f"<tr><td>{e.at:%Y-%m-%d %H:%M}</td><td>{html.escape(e.actor)}</td>"
                            f"<td>{html.escape(e.action)}</td><td>{detail}</td></tr>")
            tab.history.setHtml("<table cellspacing=0 cellpadding=4 width='100%'><tr><th align=left>When</th>"
                                "<th align=left>Who</th><th align=left>What</th><th align=left>Detail</th></tr>"
                                + "".join(rows) + "</table>")
        revisions = self.bundle.revisions if self.bundle else None
        for combo in (tab.old, tab.new):
            combo.clear()
            for rev in revisions or ():
                who = f" · {rev.author}" if rev.author else ""
                combo.addItem(f"Revision {rev.number}{who} · {rev.created_at:%Y-%m-%d %H:%M}", rev.number)
        if revisions:
            tab.old.setCurrentIndex(max(0, len(revisions) - 2))
            tab.new.setCurrentIndex(len(revisions) - 1)
            self.show_diff()
        else:
            tab.diff.clear()

    def show_diff(self) -> None:
        tab = self.panel.history_tab
        if self.bundle is None or tab.old.count() == 0:
            return
        article_id, old, new = self.bundle.detail.id, tab.old.currentData(), tab.new.currentData()
        if old == new:
            tab.diff.setPlainText("Only one revision so far." if tab.old.count() == 1 else "The same revision.")
            return
        self.window.runner.query(lambda: self.ws.revision_diff(article_id=article_id, old=old, new=new),
                                 lambda diff: tab.diff.setPlainText(diff.unified or "No differences."))

    def _fill_editor(self) -> None:
        editor = self.panel.editor_tab
        detail = self.bundle.detail if self.bundle else None
        editor.source.blockSignals(True)
        editor.source.setPlainText(detail.body if detail else "")
        editor.source.document().setModified(False)
        editor.source.blockSignals(False)
        if self._editor_article != (detail.id if detail else None):
            self._save_note = ""
        self._editor_article = detail.id if detail else None
        self._editor_version = detail.version if detail else None
        editor.save.setEnabled(detail is not None)
        if detail is not None:
            editor.status.setText(self._save_note or f"Revision {detail.revision_number}")
        self._update_preview()

    def _update_preview(self) -> None:
        body = self.panel.editor_tab.source.toPlainText()
        self.window.runner.query(lambda: render(body), lambda result: self.panel.editor_tab.preview.setHtml(result[0]))

    # ----------------------------------------------------------------- claims and verdicts
    def current_claim_id(self) -> int | None:
        item = self.panel.claims_tab.claims.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_claim(self) -> ClaimView | None:
        claim_id = self.current_claim_id()
        return self.claims.get(claim_id) if claim_id is not None else None

    def select_claim(self, claim_id: int) -> None:
        claims_list = self.panel.claims_tab.claims
        for row in range(claims_list.count()):
            if claims_list.item(row).data(ID_ROLE) == claim_id:
                claims_list.setCurrentRow(row)
                self.panel.setCurrentWidget(self.panel.claims_tab)
                return

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
        refs = {r.number: r for r in self.bundle.detail.references} if self.bundle else {}
        if claim is not None:
            verdicts = {v.reference: v for v in claim.verdicts}
            for number in claim.citations:
                ref = refs.get(number)
                verdict = verdicts.get(number)
                title = ref.title if ref else "(not in the reference list)"
                item = QListWidgetItem(f"[{number}] {title[:70]} — {verdict.verdict if verdict else 'no verdict'}")
                item.setData(ID_ROLE, number)
                tab.citations.addItem(item)
            if not claim.citations:
                placeholder = QListWidgetItem("This claim cites no reference.")
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                tab.citations.addItem(placeholder)
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
        editable = claim is not None and reference is not None
        for widget in (tab.verdict, tab.evidence, tab.note, tab.save):
            widget.blockSignals(True)
            widget.setEnabled(editable)
        tab.verdict.setCurrentIndex(tab.verdict.findData(verdict.verdict) if verdict else 0)
        tab.evidence.setText(verdict.evidence if verdict else "")
        tab.note.setText(verdict.note if verdict else "")
        for widget in (tab.verdict, tab.evidence, tab.note, tab.save):
            widget.blockSignals(False)
        if claim is not None and not claim.citations:
            tab.save.setToolTip("This claim cites no reference; there is nothing to judge it against")
        else:
            tab.save.setToolTip("Save the verdict for this claim and reference")

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
        if claim is None or reference is None or self.user is None:
            return
        evidence, note, user = tab.evidence.text(), tab.note.text(), self.user
        if verdict:
            self.window.runner.mutate(lambda: self.ws.set_verdict(
                claim_id=claim.id, reference=reference, verdict=verdict, user=user, evidence=evidence, note=note),
                label="Saving the verdict")
        else:
            self.window.runner.mutate(lambda: self.ws.clear_verdict(claim_id=claim.id, reference=reference, user=user),
                                      label="Clearing the verdict")

    # ----------------------------------------------------------------- findings
    def _finding_selected(self) -> None:
        item = self.panel.findings_tab.findings.currentItem()
        finding = item.data(ID_ROLE) if item is not None else None
        can = finding is not None and not finding.dismissed
        self.panel.findings_tab.dismiss.setEnabled(can)
        self.panel.findings_tab.dismiss.setToolTip("Dismiss the selected finding, with a reason" if can
                                                   else "Select an open finding to dismiss it")

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
        reason = ReasonDialog.ask(self.window, "Dismiss finding", f"Why is this not a problem?\n\n{finding.message}")
        if reason:
            user = self.user
            self.window.runner.mutate(lambda: self.ws.dismiss_finding(finding_id=finding.id, user=user, reason=reason),
                                      label="Dismissing the finding")

    def run_checks(self) -> None:
        if self.bundle is not None:
            article_id, user = self.bundle.detail.id, self.user
            self.window.runner.mutate(lambda: self.ws.run_checks(article_id=article_id, user=user), label="Running checks")

    # ----------------------------------------------------------------- comments
    def add_comment(self) -> None:
        body = self.panel.comments_tab.body.text().strip()
        if not body or self.bundle is None or self.user is None:
            return
        article_id, user, claim_id = self.bundle.detail.id, self.user, self.current_claim_id()
        self.panel.comments_tab.body.clear()
        self.window.runner.mutate(lambda: self.ws.add_comment(article_id=article_id, body=body, user=user,
                                                              claim_id=claim_id), label="Adding the comment")

    def resolve_comment(self) -> None:
        item = self.panel.comments_tab.comments.currentItem()
        comment_id = item.data(ID_ROLE) if item is not None else None
        if comment_id is not None and self.user is not None:
            user = self.user
            self.window.runner.mutate(lambda: self.ws.resolve_comment(comment_id=comment_id, user=user))

    # ----------------------------------------------------------------- editor
    def save_revision(self) -> None:
        if self._editor_article is None or self.user is None:
            return
        body = self.panel.editor_tab.source.toPlainText()
        article_id, user, version = self._editor_article, self.user, self._editor_version

        def saved(result: Any) -> None:
            self.panel.editor_tab.source.document().setModified(False)
            orphans = getattr(result, "orphans", ()) or ()
            text = f"Saved revision {result.revision_number}."
            if orphans:
                text += f" {len(orphans)} claim(s) lost their place in the text and need a look."
            self._save_note = text
            self.panel.editor_tab.status.setText(text)

        self.window.runner.mutate(lambda: self.ws.save_revision(article_id=article_id, body=body, user=user,
                                                                expected_version=version),
                                  saved, label="Saving the revision")
