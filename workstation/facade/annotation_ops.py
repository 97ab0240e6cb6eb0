"""Facade operation: an article's review written out as W3C Web Annotations (JSON-LD)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from db.tables import AuditEvent, Claim, Comment, Reference, ReferenceDocument, User, Verdict
from workstation.documents.annotations import (
    ArticleNotes,
    ClaimNote,
    CommentNote,
    DocumentNote,
    Person,
    ReferenceNote,
    VerdictNote,
    annotation_collection,
)
from workstation.errors import WorkstationError
from workstation.export.files import write_atomic
from workstation.facade.manager import Manager
from workstation.messages import message
from workstation.reference_documents import pages_of
from workstation.review import current_revision, get_article


@dataclass(frozen=True)
class AnnotationExport:
    file: str
    annotations: int

    def as_json(self) -> dict:
        return {"file": self.file, "annotations": self.annotations}


class AnnotationOps(Manager):
    def annotations(self, *, article_id: int) -> dict:
        """The article's review (claims, verdicts with their evidence, comments) as a W3C AnnotationCollection."""
        with self._read() as session:
            notes = read_notes(session, article_id)
        return annotation_collection(notes, generated=datetime.now(UTC))

    def export_annotations(self, *, article_id: int, path: str | Path) -> AnnotationExport:
        """Write :meth:`annotations` to ``path`` as JSON-LD (completely or not at all)."""
        collection = self.annotations(article_id=article_id)
        target = Path(path)
        try:
            write_atomic(target, json.dumps(collection, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise WorkstationError(message("annotations.cannot-write", path=str(target), reason=str(exc.strerror or exc))) from exc
        return AnnotationExport(str(target), int(collection["total"]))


def read_notes(session: Session, article_id: int) -> ArticleNotes:
    article = get_article(session, article_id)
    revision = current_revision(session, article)
    database = session.execute(select(AuditEvent.hash).where(AuditEvent.id == 1)).scalar() or "no-events"
    people = {u.id: Person(u.name, u.display_name or u.name) for u in session.execute(select(User)).scalars()}
    claims = session.execute(
        select(Claim).where(Claim.article_id == article_id).order_by(Claim.position, Claim.id)
    ).scalars().all()
    claim_notes = []
    for c in claims:
        placed = not c.orphaned and c.revision_id == revision.id and revision.body[c.start:c.end] == c.quote
        claim_notes.append(ClaimNote(c.id, c.text, c.start if placed else None, c.end if placed else None,  # type: ignore[arg-type]
                                     c.quote, c.prefix, c.suffix, c.created_at))
    documents = {
        d.reference_number: DocumentNote(d.file_name, d.media_type, d.sha256, d.text, pages_of(d))
        for d in session.execute(
            select(ReferenceDocument).where(ReferenceDocument.article_id == article_id)
        ).scalars()
    }
    references = {
        r.number: ReferenceNote(r.number, r.title, r.doi, r.url, documents.get(r.number))
        for r in session.execute(select(Reference).where(Reference.revision_id == revision.id)).scalars()
    }
    verdicts = [
        VerdictNote(v.claim_id, v.reference_number, v.verdict, v.note, v.evidence, v.evidence_start,
                    v.evidence_end, v.evidence_prefix, v.evidence_suffix, v.evidence_orphaned, people.get(v.user_id),
                    v.created_at, v.updated_at)
        for v in session.execute(
            select(Verdict).where(col(Verdict.claim_id).in_([c.id for c in claims]))
            .order_by(Verdict.claim_id, Verdict.reference_number)
        ).scalars()
    ]
    comments = []
    for m in session.execute(
        select(Comment).where(Comment.article_id == article_id).order_by(Comment.created_at, Comment.id)
    ).scalars():
        placed = (m.start is not None and m.end is not None and not m.orphaned and m.revision_id == revision.id
                  and revision.body[m.start:m.end] == m.quote)
        comments.append(CommentNote(
            m.id, m.parent_id, m.claim_id, m.body, people.get(m.user_id), m.created_at,  # type: ignore[arg-type]
            m.quote, m.prefix, m.suffix, m.start if placed else None, m.end if placed else None, m.resolved,
        ))
    return ArticleNotes(
        database=database, article_id=article_id, title=revision.title, revision_id=revision.id,  # type: ignore[arg-type]
        revision_number=revision.number, body=revision.body, claims=claim_notes, verdicts=verdicts,
        references=references, comments=comments,
    )
