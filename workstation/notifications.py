"""What waits for whom: notifications written in the same transaction as the change that causes them.

Kinds: ``assigned`` (you were made reviewer or approver of an article),
``changes_requested`` and ``approved`` (on an article you wrote), ``due`` (an
article you review or approve fell due for re-review; announced once per date),
``mention`` (someone wrote @you in a comment). Nobody is told about their own
action. Each row belongs to one user and is read or unread for that user alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import insert, select
from sqlmodel import Session, col

from db.tables import Article, Notification, User
from workstation.messages import from_stored, message, stored_params

ASSIGNED = "assigned"
CHANGES_REQUESTED = "changes_requested"
APPROVED = "approved"
DUE = "due"
MENTION = "mention"
KINDS = (ASSIGNED, CHANGES_REQUESTED, APPROVED, DUE, MENTION)
KIND_LABELS = {
    ASSIGNED: "Assigned to you", CHANGES_REQUESTED: "Changes requested", APPROVED: "Approved",
    DUE: "Re-review due", MENTION: "Mentioned you",
}


@dataclass(frozen=True)
class NotificationView:
    id: int
    kind: str
    article_id: int | None
    actor: str
    message: str
    created_at: datetime
    read: bool

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    def as_json(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "article": self.article_id, "actor": self.actor,
            "message": self.message, "created_at": self.created_at.isoformat(), "read": self.read,
        }


def view(row: Notification) -> NotificationView:
    assert row.id is not None
    return NotificationView(row.id, row.kind, row.article_id, row.actor, from_stored(row.message, row.message_params),
                            row.created_at, row.read_at is not None)


def notify(
    session: Session, recipients: Iterable[int | None], *, kind: str, article_id: int | None, actor: str,
    message: str, dedupe_key: str = "",
) -> list[int]:
    """Write one notification per recipient (none to the actor, none twice); returns the recipients told."""
    actor_id = session.execute(select(User.id).where(User.name == actor)).scalar() if actor else None
    told = sorted({r for r in recipients if r is not None and r != actor_id})
    if dedupe_key and told:
        already = set(session.execute(
            select(Notification.user_id).where(Notification.dedupe_key == dedupe_key, col(Notification.user_id).in_(told))
        ).scalars())
        told = [r for r in told if r not in already]
    if told:
        now = datetime.now(UTC)
        session.connection().execute(insert(Notification), [
            {"user_id": r, "kind": kind, "article_id": article_id, "actor": actor, "message": message,
             "message_params": stored_params(message), "dedupe_key": dedupe_key, "created_at": now}
            for r in told
        ])
    return told


def _title(article: Article) -> str:
    return message("quoted", text=article.title)


def notify_transition(session: Session, article: Article, *, source: str, target: str, actor: str,
                      reason: str = "") -> None:
    """Changes requested (Under Review -> Submitted) and approvals are told to the article's author."""
    if source == "Under Review" and target == "Submitted":
        because = message("notice.because", reason=reason.strip()) if reason.strip() else ""
        notify(session, [article.created_by_id], kind=CHANGES_REQUESTED, article_id=article.id, actor=actor,
               message=message("notice.changes-requested", actor=actor, title=_title(article), because=because))
    elif target == "Approved":
        notify(session, [article.created_by_id], kind=APPROVED, article_id=article.id, actor=actor,
               message=message("notice.approved", actor=actor, title=_title(article)))


def notify_assignment(session: Session, article: Article, *, reviewer_id: int | None, approver_id: int | None,
                      due: date | None, actor: str) -> None:
    when = message("notice.due", date=due.isoformat()) if due else ""
    if reviewer_id is not None:
        notify(session, [reviewer_id], kind=ASSIGNED, article_id=article.id, actor=actor,
               message=message("notice.assigned-reviewer", actor=actor, title=_title(article), when=when))
    if approver_id is not None:
        notify(session, [approver_id], kind=ASSIGNED, article_id=article.id, actor=actor,
               message=message("notice.assigned-approver", actor=actor, title=_title(article), when=when))


def mentioned(session: Session, body: str) -> list[User]:
    """Active users named with @name (or @display name) in a text, longest names first, each once."""
    if "@" not in body:
        return []
    found: dict[int, User] = {}
    users = session.execute(select(User).where(col(User.active))).scalars().all()
    candidates = sorted(
        ((name, user) for user in users for name in {user.name, user.display_name} if name),
        key=lambda pair: -len(pair[0]),
    )
    for name, user in candidates:
        if re.search(r"(?<![\w@])@" + re.escape(name) + r"(?![\w])", body, re.IGNORECASE):
            found.setdefault(user.id, user)  # type: ignore[arg-type]
    return list(found.values())


def notify_mentions(session: Session, article: Article, *, body: str, actor: str) -> list[str]:
    """Tell everyone @mentioned in a comment; returns their names."""
    people = mentioned(session, body)
    excerpt = " ".join(body.split())
    excerpt = excerpt if len(excerpt) <= 140 else excerpt[:139] + "…"
    notify(session, [p.id for p in people], kind=MENTION, article_id=article.id, actor=actor,
           message=message("notice.mention", actor=actor, title=_title(article), excerpt=excerpt))
    return [p.name for p in people]


def notify_due(session: Session, today: date) -> int:
    """Tell each approved article's reviewer and approver (else the admins) that its re-review fell due."""
    articles = session.execute(
        select(Article).where(Article.status == "Approved", col(Article.next_review).is_not(None),
                              col(Article.next_review) <= today)
    ).scalars().all()
    if not articles:
        return 0
    admins = list(session.execute(select(User.id).where(col(User.active), User.role == "admin")).scalars())
    told = 0
    for article in articles:
        assert article.next_review is not None
        people = [p for p in (article.assigned_reviewer_id, article.assigned_approver_id) if p is not None] or admins
        told += len(notify(
            session, people, kind=DUE, article_id=article.id, actor="",
            message=message("notice.due-review", title=_title(article), date=article.next_review.isoformat()),
            dedupe_key=f"due:{article.id}:{article.next_review.isoformat()}",
        ))
    return told


__all__ = [
    "APPROVED", "ASSIGNED", "CHANGES_REQUESTED", "DUE", "KINDS", "KIND_LABELS", "MENTION", "NotificationView",
    "mentioned", "notify", "notify_assignment", "notify_due", "notify_mentions", "notify_transition", "view",
]
