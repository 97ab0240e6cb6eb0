"""Facade operations of assignment: who reviews an article, who approves it, and by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import update
from sqlmodel import Session

from db.tables import Article, User
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.errors import PermissionDenied, ValidationError
from workstation.facade.manager import Manager
from workstation.messages import message
from workstation.notifications import notify_assignment
from workstation.review import get_article
from workstation.users import find_user
from workstation.workflow import APPROVERS, REVIEWERS

ASSIGN_ACTION = "assign"


@dataclass(frozen=True)
class AssignResult:
    article_id: int
    reviewer: str | None
    approver: str | None
    due: date | None
    changes: OpChanges

    def as_json(self) -> dict:
        return {"id": self.article_id, "reviewer": self.reviewer, "approver": self.approver,
                "due": self.due.isoformat() if self.due else None}


def parse_due(value: str | date | None) -> date | None:
    """A due date from ISO text (YYYY-MM-DD); None or '' for none."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(message("assign.due-format", given=repr(value))) from exc


def _name(session: Session, user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = session.get(User, user_id)
    return user.name if user is not None else None


class AssignmentOps(Manager):
    def assign(
        self, *, article_id: int, user: str, reviewer: str | None = None, approver: str | None = None,
        due: str | date | None = None, clear_due: bool = False,
    ) -> AssignResult:
        """Assign an article's reviewer, approver and due date (admins and approvers; audited).

        ``None`` leaves a field as it is; an empty name clears it, as ``clear_due`` clears
        the date. The reviewer must be a reviewer, approver or admin; the approver an
        approver or admin, and not the reviewer (four eyes). A due date may not lie in
        the past. The people newly assigned are notified.
        """
        due_date = parse_due(due)
        if due_date is not None and due_date < self._today():
            raise ValidationError(message("assign.due-past", date=due_date.isoformat()))
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None
            if actor.role not in APPROVERS:
                raise PermissionDenied(message("assign.role", name=actor.name, role=actor.role))
            article = get_article(session, article_id)
            old = (article.assigned_reviewer_id, article.assigned_approver_id, article.due_date)
            reviewer_id = self._assignee(session, reviewer, REVIEWERS, "reviewer", old[0])
            approver_id = self._assignee(session, approver, APPROVERS, "approver", old[1])
            if reviewer_id is not None and reviewer_id == approver_id:
                raise PermissionDenied(message("assign.separation"))
            new_due = None if clear_due else (due_date if due_date is not None else old[2])
            new = (reviewer_id, approver_id, new_due)
            names = (_name(session, reviewer_id), _name(session, approver_id))
            if new == old:
                return AssignResult(article_id, names[0], names[1], new_due, OpChanges())
            session.connection().execute(
                update(Article).where(Article.id == article_id).values(  # type: ignore[arg-type]
                    assigned_reviewer_id=reviewer_id, assigned_reviewer_name=names[0] or "",  # the library's sort key
                    assigned_approver_id=approver_id, due_date=new_due,
                    updated_at=datetime.now(UTC),
                )
            )
            events = [
                EventData(actor=actor.name, action=ASSIGN_ACTION, entity="article", entity_id=article_id,
                          article_id=article_id, field=field, old_value=_text(before, session, field),
                          new_value=_text(after, session, field))
                for field, before, after in zip(("reviewer", "approver", "due"), old, new, strict=True)
                if before != after
            ]
            ids = append_events(session.connection(), events)
            notify_assignment(
                session, article, reviewer_id=reviewer_id if reviewer_id != old[0] else None,
                approver_id=approver_id if approver_id != old[1] else None, due=new_due, actor=actor.name,
            )
        return AssignResult(article_id, names[0], names[1], new_due, OpChanges(
            articles=frozenset({article_id}), workflow=True, notifications=True, undo_label="Assign",
            event_ids=tuple(ids),
        ))

    @staticmethod
    def _assignee(session: Session, name: str | None, roles: frozenset[str], what: str,
                  current: int | None) -> int | None:
        if name is None:
            return current
        if not name.strip():
            return None
        person = find_user(session, name)
        if person.role not in roles:
            allowed = " or ".join(sorted(roles))
            raise ValidationError(message(f"assign.must-be-{what}", name=person.name, role=person.role, roles_or=allowed))
        return person.id


def _text(value: int | date | None, session: Session, field: str) -> str:
    if value is None:
        return ""
    if field == "due":
        return value.isoformat()  # type: ignore[union-attr]
    return _name(session, value) or str(value)  # type: ignore[arg-type]


__all__ = ["ASSIGN_ACTION", "AssignResult", "AssignmentOps", "parse_due"]
