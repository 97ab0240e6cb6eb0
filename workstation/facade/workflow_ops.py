"""Facade operations of the review workflow: transitions, signatures, history, revisions.

A transition runs in one write transaction: it checks the step, the user's role,
separation of duties, the reason, the approval guards and the signer's password,
then bumps the article's version (``UPDATE … WHERE version = ?``) and appends its
audit events. A refused step is rolled back and then recorded on its own as a
``transition.refused`` event naming the rule, so refusals survive the rollback.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlmodel import Session

from db.tables import Article, AuditEvent, Meta, Revision, Signature, Transition, User
from db.team import calls as team_calls
from workstation.action_states import action_states
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    SignInFailed,
    SignInRequired,
    ValidationError,
    WorkflowError,
)
from workstation.facade.manager import Manager
from workstation.history import history_entries, revision_diff, revision_views
from workstation.messages import Message, message
from workstation.model import normalize_status
from workstation.notifications import notify_transition
from workstation.review import fetch, get_article
from workstation.signatures import (
    SIGN_ACTION,
    SIGNED_FIELD,
    SignatureCheck,
    check_signature,
    check_signer,
    revision_hash,
    sign_reason,
    signature_views,
    signed_hash,
)
from workstation.users import find_user
from workstation.views_workflow import (
    ActionState,
    HistoryEntry,
    RevisionDiff,
    RevisionView,
    SignatureView,
    TransitionResult,
)
from workstation.workflow import (
    DEFAULT_REVIEW_INTERVAL_MONTHS,
    REVIEW_INTERVAL_KEY,
    action_for,
    add_months,
    blockers_refusal,
    meaning_refusal,
    permission_refusal,
    reason_refusal,
    run_guards,
    signature_meaning,
    step_refusal,
)

REFUSED = "transition.refused"
MAX_INTERVAL_MONTHS = 120


def _interval(session: Session) -> int:
    row = session.get(Meta, REVIEW_INTERVAL_KEY)
    try:
        return int(row.value) if row is not None else DEFAULT_REVIEW_INTERVAL_MONTHS
    except ValueError:
        return DEFAULT_REVIEW_INTERVAL_MONTHS


def _user_name(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    user = session.get(User, user_id)
    return user.name if user is not None else str(user_id)


class WorkflowOps(Manager):
    # ------------------------------------------------------------------ transitions
    def transition(
        self,
        *,
        article_id: int,
        to: str,
        user: str,
        reason: str = "",
        password: str | None = None,
        meaning: str | None = None,
        expected_version: int | None = None,
    ) -> TransitionResult:
        """Move an article to status ``to`` as ``user``; approval needs ``password`` (an e-signature).

        Raises PermissionDenied (role, separation of duties, signature) or WorkflowError
        (no such step, reason missing, approval blocked) naming the rule, ConflictError when
        ``expected_version`` is stale. Every refusal is recorded in the audit trail.
        """
        try:
            target = normalize_status(to)
        except ValueError as exc:
            raise ValidationError(f"status: {exc}") from exc
        seen: dict[str, str] = {}
        try:
            with self._write() as session:
                return self._transition(
                    session, seen, article_id=article_id, target=target, user=user, reason=reason,
                    password=password, meaning=meaning, expected_version=expected_version,
                )
        except (SignInRequired, SignInFailed, NotFound):
            raise  # nobody authenticated to record the refusal against
        except (PermissionDenied, WorkflowError, ConflictError) as exc:
            self._record_refusal(
                article_id=article_id, user=user, source=seen.get("status", ""), target=target,
                reason=reason, message=str(exc),
            )
            raise

    def _transition(
        self, session: Session, seen: dict[str, str], *, article_id: int, target: str, user: str,
        reason: str, password: str | None, meaning: str | None, expected_version: int | None,
    ) -> TransitionResult:
        actor = self._actor(session, user)
        assert actor is not None
        article = get_article(session, article_id)
        source = seen["status"] = article.status
        version = article.version if expected_version is None else expected_version
        if article.version != version:
            raise ConflictError(_stale(article_id, article.version, version))
        refusal = step_refusal(source, target)
        if refusal:
            raise WorkflowError(refusal)
        action = action_for(source, target)
        assert action is not None
        refusal = permission_refusal(
            action, role=actor.role, user_id=actor.id, created_by_id=article.created_by_id,
            last_edited_by_id=article.last_edited_by_id,
        )
        if refusal:
            raise PermissionDenied(refusal)
        refusal = reason_refusal(action, reason)
        if refusal:
            raise WorkflowError(refusal)

        now = datetime.now(UTC)
        values: dict[str, object] = {"status": target, "version": version + 1, "updated_at": now}
        reason = reason.strip()
        events = [EventData(
            actor=actor.name, action="transition", entity="article", entity_id=article_id,
            article_id=article_id, field="status", old_value=source, new_value=target, reason=reason,
        )]

        def field_event(name: str, old: object, new: object) -> None:
            events.append(EventData(
                actor=actor.name, action="article.update", entity="article", entity_id=article_id,
                article_id=article_id, field=name, old_value="" if old is None else str(old),
                new_value="" if new is None else str(new), reason=action.label.lower(),
            ))

        revision: Revision | None = None
        if action.name == "start_review" and article.assigned_reviewer_id is None:  # an assigned reviewer stays
            values["assigned_reviewer_id"], values["assigned_reviewer_name"] = actor.id, actor.name
            field_event("assigned_reviewer", _user_name(session, article.assigned_reviewer_id), actor.name)
        if action.needs_signature:
            refusal = meaning_refusal(meaning)
            if refusal:
                raise WorkflowError(refusal)
            results = run_guards(session, article_id, article.current_revision_id)
            if results:
                raise WorkflowError(blockers_refusal(results))
            self._check_signer(session, actor, password)
            revision = session.get(Revision, article.current_revision_id)
            if revision is None:
                raise WorkflowError(message("workflow.no-revision", article=article_id))
            if revision_hash(session, revision) != revision.content_hash:
                raise WorkflowError(message("signature.hash-mismatch", revision=revision.number))
            next_review = add_months(now.date(), _interval(session))
            values.update(approved_revision_id=revision.id, approved_at=now, next_review=next_review)
            field_event("approved_revision", article.approved_revision_id, revision.id)
            field_event("next_review", article.next_review, next_review.isoformat())

        connection = session.connection()
        updated = connection.execute(
            update(Article).where(Article.id == article_id, Article.version == version).values(**values)  # type: ignore[arg-type]
        ).rowcount
        if updated != 1:
            raise ConflictError(_stale(article_id, None, version))

        event_ids = append_events(connection, events)
        notify_transition(session, article, source=source, target=target, actor=actor.name, reason=reason)
        signature: Signature | None = None
        if revision is not None:
            signature = self._sign(session, actor, article_id, revision, meaning, now, event_ids[0], password)
            event_ids += append_events(connection, [EventData(
                actor=actor.name, action=SIGN_ACTION, entity="signature", entity_id=signature.id,
                article_id=article_id, field=SIGNED_FIELD, new_value=self._signed_hash(session, signature),
                reason=sign_reason(
                    meaning=signature.meaning, printed_name=signature.printed_name, role=signature.role,
                    revision_number=revision.number, signed_at=now,
                ),
            )])
        session.add(Transition(
            article_id=article_id, from_status=source, to_status=target, user_id=actor.id, at=now,
            reason=reason, signature_id=signature.id if signature else None, audit_event_id=event_ids[0],
        ))
        session.flush()
        return TransitionResult(
            article_id=article_id, status=target, event_id=event_ids[0],
            signature_id=signature.id if signature else None,
            changes=OpChanges(
                articles=frozenset({article_id}), workflow=True, notifications=True, undo_label=action.label,
                event_ids=tuple(event_ids),
            ),
            version=version + 1,
        )

    def _check_signer(self, session: Session, actor: User, password: str | None) -> None:
        """The signer's password, entered at this signing (team mode also checks it inside the database)."""
        if self._core._team_prefix is None:
            check_signer(actor, password)
            return
        if not password:
            raise PermissionDenied(message("signature.enter-password"))
        if not self._core.users._password_ok(session, actor, password):
            raise PermissionDenied(message("signature.wrong-password"))

    def _sign(
        self, session: Session, actor: User, article_id: int, revision: Revision, meaning: str | None,
        now: datetime, approval_event_id: int, password: str | None,
    ) -> Signature:
        """Write the approval's signature (at a team desk only the database's team_sign may)."""
        if self._core._desk:
            signature_id = team_calls.sign(
                session.connection(), article_id=article_id, password=password or "",
                meaning=signature_meaning(meaning), signed_at=now, approval_event_id=approval_event_id,
            )
            team_signature = session.get(Signature, signature_id)
            assert team_signature is not None
            return team_signature
        signature = Signature(
            article_id=article_id, revision_id=revision.id, content_hash=revision.content_hash,  # type: ignore[arg-type]
            user_id=actor.id, printed_name=actor.display_name or actor.name, role=actor.role,  # type: ignore[arg-type]
            meaning=signature_meaning(meaning), signed_at=now, audit_event_id=approval_event_id,
        )
        session.add(signature)
        session.flush()
        return signature

    @staticmethod
    def _signed_hash(session: Session, signature: Signature) -> str:
        """Bind the signature to its manifestation and to the approval event's place in the chain."""
        approval = session.get(AuditEvent, signature.audit_event_id)
        signer = session.get(User, signature.user_id)
        assert approval is not None and signer is not None
        return signed_hash(
            content_hash=signature.content_hash, printed_name=signature.printed_name, signer=signer.name,
            role=signature.role, meaning=signature.meaning, signed_at=signature.signed_at,
            event_id=approval.id, event_hash=approval.hash,  # type: ignore[arg-type]
        )

    def _record_refusal(
        self, *, article_id: int, user: str, source: str, target: str, reason: str, message: str
    ) -> None:
        detail = f"{message} (reason given: {reason.strip()})" if reason.strip() else message
        with self._write() as session:
            append_events(session.connection(), [EventData(
                actor=user.strip(), action=REFUSED, entity="article", entity_id=article_id,
                article_id=article_id, field="status", old_value=source, new_value=target, reason=detail,
            )])

    # ------------------------------------------------------------------ what a user may do
    def allowed_actions(self, *, article_id: int, user: str) -> list[ActionState]:
        """Each workflow action with whether ``user`` may take it now and, if not, why."""
        with self._read() as session:
            actor = find_user(session, user)
            return action_states(session, get_article(session, article_id), actor)

    def approval_blockers(self, *, article_id: int) -> list[str]:
        """What still blocks approval (missing verdicts, open error findings …); empty when none."""
        with self._read() as session:
            article = get_article(session, article_id)
            results = run_guards(session, article_id, article.current_revision_id)
            return [item for _guard, found in results for item in found]

    # ------------------------------------------------------------------ history and signatures
    def history(self, *, article_id: int) -> list[HistoryEntry]:
        """The article's audit events, oldest first; approvals carry their signature."""
        with self._read() as session:
            get_article(session, article_id)
            return history_entries(session, article_id)

    def signatures(self, *, article_id: int) -> list[SignatureView]:
        """The article's electronic signatures, oldest first."""
        with self._read() as session:
            get_article(session, article_id)
            return signature_views(session, article_id=article_id)

    def verify_signature(self, *, signature_id: int) -> bool:
        """True while the signature matches its revision's content and what was signed (see check_signature)."""
        return self.check_signature(signature_id=signature_id).valid

    def check_signature(self, *, signature_id: int) -> SignatureCheck:
        """Recompute the signed revision's hash and the signed hash and compare them with the audit trail.

        ``problem`` names what no longer matches; ``superseded`` is true once the article was
        reopened or signed again.
        """
        with self._read() as session:
            return check_signature(session, fetch(session, Signature, signature_id, "signature"))

    # ------------------------------------------------------------------ revisions
    def revisions(self, *, article_id: int) -> list[RevisionView]:
        """The article's revisions, oldest first."""
        with self._read() as session:
            get_article(session, article_id)
            return revision_views(session, article_id)

    def revision_diff(self, *, article_id: int, old: int, new: int) -> RevisionDiff:
        """Side-by-side rows and a unified diff between two revisions' bodies."""
        with self._read() as session:
            return revision_diff(session, article_id, old, new)

    # ------------------------------------------------------------------ settings
    def review_interval_months(self) -> int:
        """Months from an approval to the article's re-review date (default 12)."""
        with self._read() as session:
            return _interval(session)

    def set_review_interval(self, *, months: int, user: str) -> OpChanges:
        """Set the re-review interval (admin only; audited); it applies from the next approval on."""
        if not isinstance(months, int) or not 1 <= months <= MAX_INTERVAL_MONTHS:
            raise ValidationError(message("interval.range", most=MAX_INTERVAL_MONTHS))
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None
            if actor.role != "admin":
                raise PermissionDenied(message("interval.admin"))
            old = _interval(session)
            row = session.get(Meta, REVIEW_INTERVAL_KEY)
            if row is None:
                session.add(Meta(key=REVIEW_INTERVAL_KEY, value=str(months)))
            else:
                row.value = str(months)
            session.flush()
            ids = append_events(session.connection(), [EventData(
                actor=actor.name, action="setting.change", entity="meta", field=REVIEW_INTERVAL_KEY,
                old_value=str(old), new_value=str(months),
            )])
        return OpChanges(event_ids=tuple(ids))  # nothing a view shows changes until the next approval


def _stale(article_id: int, current: int | None, expected: int) -> Message:
    now = message("conflict.now-version", current=current) if current is not None else ""
    return message("conflict.version", article=article_id, expected=expected, now=now)

