"""Facade operations on comments, findings and saved revisions."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from db.tables import Comment, Finding, Meta, User
from workstation import comments as comment_rules
from workstation.audit import EventData
from workstation.changes import OpChanges
from workstation.edit_conflict import Resolution, conflict_for
from workstation.errors import ConflictError, ValidationError
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.review_base import ReviewBase
from workstation.messages import message
from workstation.model import ReferenceData
from workstation.notifications import notify_mentions
from workstation.review import (
    REVIEW_ROLES,
    current_revision,
    fetch,
    finding_view,
    finding_views,
    get_article,
    get_claim,
    refresh_counters,
)
from workstation.revisions import check_revision, save_new_revision, was_checked
from workstation.stored_checks import CHECKED_AT_STORE, unchecked_articles
from workstation.undo import Step, UndoEntry, compare_and_swap
from workstation.views_review import CheckReport, CommentView, FindingView, SaveResult
from workstation.workflow import APPROVED


class CommentFindingOps(ReviewBase):
    def add_comment(
        self, *, article_id: int, body: str, user: str, start: int | None = None, end: int | None = None,
        claim_id: int | None = None, parent_id: int | None = None,
    ) -> OpChanges:
        """Comment on an article, a span of its body, a claim, or reply to a comment."""
        text = comment_rules.validate_body(body)
        with self._write() as session:
            acting = self._actor(session, user)
            assert acting is not None
            article = get_article(session, article_id)
            revision = current_revision(session, article)
            anchor = comment_rules.anchor_fields(revision.body, start, end)
            if claim_id is not None and get_claim(session, claim_id).article_id != article_id:
                raise ValidationError(message("comment.claim-elsewhere", claim=claim_id))
            if parent_id is not None and comment_rules.get_comment(session, parent_id).article_id != article_id:
                raise ValidationError(message("comment.parent-elsewhere", comment=parent_id))
            comment = Comment(
                article_id=article_id, parent_id=parent_id, claim_id=claim_id,
                revision_id=revision.id, body=text, user_id=acting.id, **anchor,
            )
            session.add(comment)
            session.flush()
            assert comment.id is not None
            snap = comment_rules.snapshot(comment)
            mentions = notify_mentions(session, article, body=text, actor=acting.name)
            ids = self._audit(session, EventData(
                actor=acting.name, action="comment.add", entity="comment", entity_id=comment.id,
                article_id=article_id, field="body", new_value=text,
            ))
        changes = OpChanges(articles=frozenset({article_id}), comments=True, notifications=bool(mentions),
                            event_ids=ids)
        return self._record(changes, self._comment_entry("Reply" if parent_id else "Add comment", snap))

    def _comment_entry(self, label: str, snap: dict) -> UndoEntry:
        state = {"id": snap["id"]}

        def remove(session: Session, actor: str) -> OpChanges:
            comment = comment_rules.get_comment(session, state["id"])
            session.delete(comment)
            session.flush()
            ids = self._audit(session, EventData(
                actor=actor, action="comment.delete", entity="comment", entity_id=state["id"],
                article_id=snap["article_id"], field="body", old_value=snap["body"],
            ))
            return OpChanges(articles=frozenset({snap["article_id"]}), comments=True, event_ids=ids)

        def restore(session: Session, actor: str) -> OpChanges:
            state["id"] = comment_rules.restore(session, snap | {"id": state["id"]})
            ids = self._audit(session, EventData(
                actor=actor, action="comment.add", entity="comment", entity_id=state["id"],
                article_id=snap["article_id"], field="body", new_value=snap["body"],
            ))
            return OpChanges(articles=frozenset({snap["article_id"]}), comments=True, event_ids=ids)

        def unchanged(session: Session, undoing: bool) -> bool:
            return (session.get(Comment, state["id"]) is not None) == undoing

        return UndoEntry(label, remove, restore, "comment", snap["id"], snap["article_id"], (), unchanged)

    def resolve_comment(self, *, comment_id: int, user: str, reopen: str = "") -> OpChanges:
        """Mark a comment (thread) resolved (an Approved article: refused unless ``reopen`` says why)."""
        return self._resolution(comment_id, user, True, reopen)

    def reopen_comment(self, *, comment_id: int, user: str, reopen: str = "") -> OpChanges:
        """Reopen a resolved comment (an Approved article: refused unless ``reopen`` says why)."""
        return self._resolution(comment_id, user, False, reopen)

    def _resolution(self, comment_id: int, user: str, resolved: bool, reopen: str) -> OpChanges:
        with self._write() as session:
            acting = self._actor(session, user)
            assert acting is not None
            comment = comment_rules.get_comment(session, comment_id)
            reopened = self._unfreeze(session, comment.article_id, acting, reopen, "comments' resolution")
            if comment.resolved == resolved:
                raise ValidationError(message(f"comment.already-{'resolved' if resolved else 'open'}", comment=comment_id))
            before = (comment.resolved, comment.resolved_by_id, comment.resolved_at)
            after = (resolved, acting.id if resolved else None, datetime.now(UTC) if resolved else None)
            changes = self._apply_resolution(session, acting.name, comment_id, after)
        step = self._resolution_step
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Resolve comment" if resolved else "Reopen comment", step(comment_id, before), step(comment_id, after),
            "comment", comment_id, comment.article_id, (),
            compare_and_swap(lambda session: _resolution_state(session, comment_id), before[:2], after[:2]),
        ))

    def _apply_resolution(self, session: Session, actor: str, comment_id: int, state: tuple) -> OpChanges:
        comment = comment_rules.get_comment(session, comment_id)
        comment.resolved, comment.resolved_by_id, comment.resolved_at = state
        session.add(comment)
        session.flush()
        ids = self._audit(session, EventData(
            actor=actor, action="comment.resolve" if state[0] else "comment.reopen", entity="comment",
            entity_id=comment_id, article_id=comment.article_id, field="resolved", new_value=str(state[0]).lower(),
        ))
        return OpChanges(articles=frozenset({comment.article_id}), comments=True, event_ids=ids)

    def _resolution_step(self, comment_id: int, state: tuple) -> Step:
        return lambda session, actor: self._apply_resolution(session, actor, comment_id, state)

    def comments(self, *, article_id: int) -> list[CommentView]:
        """The article's comment threads, each comment followed by its replies."""
        with self._read() as session:
            get_article(session, article_id)
            return comment_rules.thread_views(session, article_id)

    # ------------------------------------------------------------------ findings
    def run_checks(self, *, article_id: int, user: str | None = None) -> CheckReport:
        """Run the automated checks on the current revision and store the findings."""
        with self._read() as session:
            article = get_article(session, article_id)
            revision = current_revision(session, article)
            if article.status == APPROVED and was_checked(session, revision.id):  # type: ignore[arg-type]
                # The findings the approval was signed over stand as they are (Approved means frozen).
                views = finding_views(session, revision.id)  # type: ignore[arg-type]
                return CheckReport(
                    article_id=article_id, revision_id=revision.id, findings=tuple(views),  # type: ignore[arg-type]
                    open_findings=sum(not f.dismissed for f in views), carried_dismissals=0, changes=OpChanges(),
                )
        with self._write() as session:
            acting = self._actor(session, user, anonymous=True)  # checks are derived, anyone may run them
            article = get_article(session, article_id)
            revision = current_revision(session, article)
            carried = check_revision(session, article, revision)
            views = finding_views(session, revision.id)  # type: ignore[arg-type]
            ids = self._audit(session, EventData(
                actor=acting.name if acting else SYSTEM_ACTOR, action="checks.run", entity="article",
                entity_id=article_id, article_id=article_id, field="findings",
                new_value=f"revision {revision.number}: {len(views)} findings, {carried} dismissals carried over",
            ))
        return CheckReport(
            article_id=article_id, revision_id=revision.id, findings=tuple(views),  # type: ignore[arg-type]
            open_findings=sum(not f.dismissed for f in views), carried_dismissals=carried,
            changes=OpChanges(articles=frozenset({article_id}), findings=True, event_ids=ids),
        )

    def findings(self, *, article_id: int) -> list[FindingView]:
        """The current revision's findings, as stored with it (a read: the checks ran when it was stored)."""
        with self._read() as session:
            article = get_article(session, article_id)
            return finding_views(session, current_revision(session, article).id)  # type: ignore[arg-type]

    def check_all_unchecked(self) -> int:
        """Run the checks on every article whose current revision was never checked; returns how many.

        Revisions are checked when stored; this brings a database from before that up to date
        (``Workstation.open`` runs it). Each article is checked in a write transaction of its
        own with a ``checks.run`` audit event. Approved articles keep the findings (or none)
        their approval was signed over.
        """
        with self._read() as session:
            pending = unchecked_articles(session, skip_status=APPROVED)
        for article_id in pending:
            self.run_checks(article_id=article_id)
        return len(pending)

    def check_unchecked_once(self) -> int:
        """:meth:`check_all_unchecked`, then a Meta row that says it is done (later opens skip the scan)."""
        with self._read() as session:
            if session.get(Meta, CHECKED_AT_STORE) is not None:
                return 0
        checked = self.check_all_unchecked()
        with self._write() as session:
            if session.get(Meta, CHECKED_AT_STORE) is None:
                session.add(Meta(key=CHECKED_AT_STORE, value=datetime.now(UTC).isoformat()))
        return checked

    def dismiss_finding(self, *, finding_id: int, user: str, reason: str, reopen: str = "") -> OpChanges:
        """A reviewer dismisses a finding, with a reason (audited; Approved: refused unless ``reopen`` says why)."""
        if not reason or not reason.strip():
            raise ValidationError(message("invalid.dismiss-reason"))
        with self._write() as session:
            acting = self._reviewer(session, user, "dismiss findings")
            finding = self._finding(session, finding_id)
            reopened = self._unfreeze(session, finding.article_id, acting, reopen, "findings' dismissals")
            if finding.dismissed:
                raise ValidationError(message("invalid.already-dismissed", finding=finding_id))
            before = (False, None, "", None)
            after = (True, acting.id, reason.strip(), datetime.now(UTC))
            changes = self._apply_dismissal(session, acting.name, finding_id, after)
        step = self._dismissal_step
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Dismiss finding", step(finding_id, before), step(finding_id, after), "finding", finding_id,
            finding.article_id, REVIEW_ROLES,
            compare_and_swap(lambda session: self._dismissal_state(session, finding_id), before[:3], after[:3]),
        ))

    def _dismissal_state(self, session: Session, finding_id: int) -> tuple:
        f = self._finding(session, finding_id)
        return (f.dismissed, f.dismissed_by_id, f.dismissed_reason)

    @staticmethod
    def _finding(session: Session, finding_id: int) -> Finding:
        return fetch(session, Finding, finding_id, "finding")

    def _apply_dismissal(self, session: Session, actor: str, finding_id: int, state: tuple) -> OpChanges:
        finding = self._finding(session, finding_id)
        finding.dismissed, finding.dismissed_by_id, finding.dismissed_reason, finding.dismissed_at = state
        session.add(finding)
        session.flush()
        refresh_counters(session, get_article(session, finding.article_id))
        ids = self._audit(session, EventData(
            actor=actor, action="finding.dismiss" if state[0] else "finding.restore", entity="finding",
            entity_id=finding_id, article_id=finding.article_id, field=finding.code,
            new_value=str(state[0]).lower(), reason=state[2],
        ))
        return OpChanges(articles=frozenset({finding.article_id}), findings=True, event_ids=ids)

    def _dismissal_step(self, finding_id: int, state: tuple) -> Step:
        return lambda session, actor: self._apply_dismissal(session, actor, finding_id, state)

    def finding(self, *, finding_id: int) -> FindingView:
        """One finding."""
        with self._read() as session:
            f = self._finding(session, finding_id)
            name = session.get(User, f.dismissed_by_id).name if f.dismissed_by_id else None  # type: ignore[union-attr]
            return finding_view(f, name)

    # ------------------------------------------------------------------ revisions
    def save_revision(
        self, *, article_id: int, body: str, user: str, title: str | None = None,
        references: list[ReferenceData] | None = None, expected_version: int | None = None,
        base_revision_id: int | None = None, resolution: Resolution | None = None,
    ) -> SaveResult:
        """Save an edited body as a new revision: claims and comments re-anchored, checks re-run.

        ``base_revision_id``: the revision the edit began on; when another was saved since,
        nothing is saved and :class:`EditConflict` says what (``resolve_edit_conflict`` goes on).
        ``resolution`` records, in the same transaction, how such a conflict was resolved.
        """
        if not body.strip():
            raise ValidationError(message("invalid.empty-body"))
        with self._write() as session:
            acting = self._actor(session, user)
            assert acting is not None
            article = get_article(session, article_id)
            if expected_version is not None and article.version != expected_version:
                raise ConflictError(message(
                    "conflict.edited", article=article_id, current=article.version, expected=expected_version))
            if base_revision_id is not None and article.current_revision_id != base_revision_id:
                raise conflict_for(session, article, base_revision_id, body)
            saved = save_new_revision(
                session, article=article, user=acting, body=body, title=title, references=references
            )
            if saved is None:
                revision = current_revision(session, article)
                return SaveResult(revision.id, revision.number, (), OpChanges())  # type: ignore[arg-type]
            ids = self._audit(session, *saved.events)
            if resolution is not None:
                ids += self._audit(session, resolution.event(acting.name, article_id,
                                                             saved_number=saved.revision.number))
            if saved.transition is not None:
                at = next(i for i, e in enumerate(saved.events) if e.action == "transition")
                saved.transition.audit_event_id = ids[at]
                session.add(saved.transition)
                session.flush()
            check_revision(session, get_article(session, article_id), saved.revision)
        self.undo_stack.clear()  # earlier steps refer to spans of the previous body
        changes = OpChanges(
            articles=frozenset({article_id}), content=True, references=references is not None,
            findings=True, comments=True, workflow=saved.reopened, event_ids=ids,
        )
        return SaveResult(
            revision_id=saved.revision.id, revision_number=saved.revision.number,  # type: ignore[arg-type]
            orphans=saved.orphans, changes=changes, new_claims=saved.new_claims, rechecks=saved.rechecks,
        )

    # ------------------------------------------------------------------ undo / redo


def _resolution_state(session: Session, comment_id: int) -> tuple:
    comment = comment_rules.get_comment(session, comment_id)
    return (comment.resolved, comment.resolved_by_id)
