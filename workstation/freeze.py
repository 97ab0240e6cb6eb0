"""Approved means frozen: what a signature covers, and what the review record shows, stays put.

While an article is Approved its verdicts, claims and citations, comments'
resolution, finding dismissals and references cannot change: the signature
and the exported review report would otherwise describe a record that no longer
exists. A change is refused with the reason (the refusal itself is audited under
the signed-in user who tried), or, when the user says why, the
article is first reopened (an audited transition, exactly as the Reopen step)
and the change applied in the same transaction; the signature then shows as
superseded.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update
from sqlmodel import Session

from db.tables import Article, Transition, User
from workstation.audit import EventData, append_events
from workstation.errors import FrozenRecord, PermissionDenied
from workstation.messages import Message, message
from workstation.review import get_article
from workstation.workflow import ACTIONS_BY_NAME, APPROVED, permission_refusal

RULE_FROZEN = "approved record"
FROZEN_REFUSED = "change.refused"  # the audit action of a refused change to an approved record


def frozen_message(article_id: int, what: str) -> Message:
    """'approved record: article 7 is Approved and signed, so its verdicts cannot change; …'."""
    return message("frozen.record", article=article_id, what=what)


def frozen_refusal(article_id: int, actor: User, what: str) -> FrozenRecord:
    """The refusal of a change to ``article_id``'s ``what`` by the signed-in ``actor``, with its audit event."""
    message = frozen_message(article_id, what)
    return FrozenRecord(message, EventData(
        actor=actor.name, action=FROZEN_REFUSED, entity="article", entity_id=article_id, article_id=article_id,
        reason=message,
    ))


def unfreeze(session: Session, article_id: int, actor: User, reopen_reason: str, what: str) -> tuple[int, ...]:
    """Refuse a change to an Approved article, or reopen it first when ``reopen_reason`` is given.

    Returns the ids of the reopen's audit events (none when the article was not Approved).
    """
    article = get_article(session, article_id)
    if article.status != APPROVED:
        return ()
    reason = reopen_reason.strip()
    if not reason:
        raise frozen_refusal(article_id, actor, what)
    return reopen_in_session(session, article, actor, f"{reason} (to change its {what})")


def reopen_in_session(session: Session, article: Article, actor: User, reason: str) -> tuple[int, ...]:
    """The Reopen step inside the caller's write transaction: role checked, version bumped, audited."""
    action = ACTIONS_BY_NAME["reopen"]
    refusal = permission_refusal(
        action, role=actor.role, user_id=actor.id, created_by_id=article.created_by_id,
        last_edited_by_id=article.last_edited_by_id,
    )
    if refusal:
        raise PermissionDenied(refusal)
    now = datetime.now(UTC)
    session.flush()
    session.execute(
        update(Article).where(Article.id == article.id)  # type: ignore[arg-type]
        .values(status=action.target, version=article.version + 1, updated_at=now)
    )
    session.expire(article)
    ids = append_events(session.connection(), [EventData(
        actor=actor.name, action="transition", entity="article", entity_id=article.id, article_id=article.id,
        field="status", old_value=action.source, new_value=action.target, reason=reason,
    )])
    session.add(Transition(
        article_id=article.id, from_status=action.source, to_status=action.target,  # type: ignore[arg-type]
        user_id=actor.id, at=now, reason=reason, audit_event_id=ids[0],
    ))
    session.flush()
    return tuple(ids)
