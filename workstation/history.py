"""An article's history (from the audit trail) and side-by-side diffs of its revisions."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam, select
from sqlmodel import Session

from db.tables import AuditEvent, Revision, Signature, User
from workstation.errors import NotFound
from workstation.model import as_utc
from workstation.signatures import SignatureView, signature_views


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    field: str
    old: str
    new: str
    reason: str
    signature: SignatureView | None = None

    def as_json(self) -> dict:
        return {
            "id": self.id, "at": self.at.isoformat(), "actor": self.actor, "action": self.action,
            "entity": self.entity, "entity_id": self.entity_id, "field": self.field, "old": self.old,
            "new": self.new, "reason": self.reason,
            "signature": self.signature.as_json() if self.signature else None,
        }


@dataclass(frozen=True)
class RevisionView:
    id: int
    number: int
    created_at: datetime
    author: str
    content_hash: str
    note: str


@dataclass(frozen=True)
class DiffRow:
    """One row of a side-by-side view; a side without a line has None for both of its fields."""

    old_line_no: int | None
    old_text: str | None
    new_line_no: int | None
    new_text: str | None
    tag: str  # equal | replace | delete | insert


@dataclass(frozen=True)
class RevisionDiff:
    article_id: int
    old_number: int
    new_number: int
    old_title: str
    new_title: str
    rows: tuple[DiffRow, ...]
    unified: str

    @property
    def changed(self) -> bool:
        return self.old_title != self.new_title or any(r.tag != "equal" for r in self.rows)


# Built once: the article workspace reads this on every article switch, and building the select
# afresh cost more than SQLite took to run it.
_EVENTS = select(AuditEvent).where(AuditEvent.article_id == bindparam("article")).order_by(AuditEvent.id)
_SIGNATURE_IDS = select(Signature.id).where(Signature.article_id == bindparam("article"))
_REVISIONS = (select(Revision, User.name).outerjoin(User, User.id == Revision.created_by_id)
              .where(Revision.article_id == bindparam("article")).order_by(Revision.number))


def history_entries(session: Session, article_id: int) -> list[HistoryEntry]:
    events = session.execute(_EVENTS, {"article": article_id}).scalars().all()
    sig_ids = session.execute(_SIGNATURE_IDS, {"article": article_id}).scalars().all()
    by_event = {s.audit_event_id: s for s in signature_views(session, ids=list(sig_ids))} if sig_ids else {}
    return [
        HistoryEntry(
            id=e.id, at=as_utc(e.at), actor=e.actor, action=e.action, entity=e.entity,  # type: ignore[arg-type]
            entity_id=e.entity_id, field=e.field, old=e.old_value, new=e.new_value, reason=e.reason,
            signature=by_event.get(e.id),
        )
        for e in events
    ]


def revision_views(session: Session, article_id: int) -> list[RevisionView]:
    rows = session.execute(_REVISIONS, {"article": article_id}).all()
    return [
        RevisionView(r.id, r.number, as_utc(r.created_at), name or "", r.content_hash, r.note)  # type: ignore[arg-type]
        for r, name in rows
    ]


def side_by_side(old_lines: list[str], new_lines: list[str]) -> list[DiffRow]:
    rows: list[DiffRow] = []
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(
                DiffRow(i + 1, old_lines[i], j + 1, new_lines[j], "equal")
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True)
            )
        elif tag == "delete":
            rows.extend(DiffRow(i + 1, old_lines[i], None, None, "delete") for i in range(i1, i2))
        elif tag == "insert":
            rows.extend(DiffRow(None, None, j + 1, new_lines[j], "insert") for j in range(j1, j2))
        else:  # replace: pair lines up, the longer side continues alone
            for k in range(max(i2 - i1, j2 - j1)):
                i, j = i1 + k, j1 + k
                rows.append(DiffRow(
                    i + 1 if i < i2 else None, old_lines[i] if i < i2 else None,
                    j + 1 if j < j2 else None, new_lines[j] if j < j2 else None, "replace",
                ))
    return rows


def revision_diff(session: Session, article_id: int, old: int, new: int) -> RevisionDiff:
    found = {
        r.number: r
        for r in session.execute(
            select(Revision).where(Revision.article_id == article_id, Revision.number.in_([old, new]))  # type: ignore[attr-defined]
        ).scalars()
    }
    for number in (old, new):
        if number not in found:
            raise NotFound(f"article {article_id} has no revision {number}")
    a, b = found[old], found[new]
    old_lines, new_lines = a.body.splitlines(), b.body.splitlines()
    unified = "\n".join(
        difflib.unified_diff(old_lines, new_lines, f"revision {old}", f"revision {new}", lineterm="")
    )
    return RevisionDiff(article_id, old, new, a.title, b.title, tuple(side_by_side(old_lines, new_lines)), unified)
