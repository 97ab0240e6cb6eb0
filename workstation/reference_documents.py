"""Documents attached to an article's references, and the evidence anchored in them (inside a session).

Functions take an explicit session inside the caller's transaction. A verdict's
evidence is anchored when its reference has a document that contains the quote
(:func:`evidence_anchor`); when the document is replaced, every anchored quote is
found again in the new text the way claims are re-anchored after an edit
(:func:`reanchor_evidence`), and one that is no longer there becomes an orphan:
its quote is kept and shown, never dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from db.document_search import index_pages
from db.tables import Claim, Reference, ReferenceDocument, Verdict
from db.tables.base import utcnow
from workstation.anchoring import Anchor, reanchor
from workstation.documents.extract import ExtractedDocument
from workstation.documents.locate import find_passage, located, page_of
from workstation.documents.passages import sentences
from workstation.errors import NotFound, ValidationError
from workstation.messages import message

NOT_ANCHORED = {"evidence_prefix": "", "evidence_suffix": "", "evidence_start": None, "evidence_end": None,
                "evidence_score": 1.0, "evidence_orphaned": False}


def pages_of(row: ReferenceDocument) -> tuple[tuple[int, int], ...]:
    return tuple((int(s), int(e)) for s, e in json.loads(row.pages or "[]"))


def document_row(session: Session, article_id: int, number: int) -> ReferenceDocument | None:
    return session.execute(
        select(ReferenceDocument).where(ReferenceDocument.article_id == article_id,
                                        ReferenceDocument.reference_number == number)
    ).scalar_one_or_none()


def require_reference(session: Session, article_id: int, revision_id: int | None, number: int) -> Reference:
    reference = session.execute(
        select(Reference).where(Reference.revision_id == revision_id, Reference.number == number)
    ).scalar_one_or_none()
    if reference is None:
        raise NotFound(f"article {article_id} lists no reference {number}")
    return reference


def store_document(session: Session, article_id: int, number: int, extracted: ExtractedDocument,
                   user_id: int | None) -> tuple[ReferenceDocument, str | None]:
    """Insert or replace the document of reference ``number``; returns it and the text it replaced (or None)."""
    row = document_row(session, article_id, number)
    old_text = row.text if row is not None else None
    if row is None:
        row = ReferenceDocument(article_id=article_id, reference_number=number)
    row.file_name = extracted.file_name
    row.media_type = extracted.media_type
    row.sha256 = extracted.sha256
    row.size = extracted.size
    row.text = extracted.text
    row.pages = json.dumps([list(span) for span in extracted.pages])
    row.attached_by_id = user_id
    row.attached_at = utcnow()
    session.add(row)
    session.flush()
    assert row.id is not None
    index_pages(session.connection(), row.id, [extracted.text[s:e] for s, e in extracted.pages])
    return row, old_text


def verdicts_on(session: Session, article_id: int, number: int) -> list[Verdict]:
    return list(session.execute(
        select(Verdict).join(Claim, col(Claim.id) == Verdict.claim_id)
        .where(Claim.article_id == article_id, Verdict.reference_number == number).order_by(Verdict.id)
    ).scalars())


@dataclass(frozen=True)
class Reanchored:
    claim_id: int
    quote: str
    orphaned: bool
    anchored: bool  # has a place in the new document


def reanchor_evidence(session: Session, article_id: int, number: int, old_text: str | None,
                      new_text: str) -> list[Reanchored]:
    """Find every verdict's evidence of reference ``number`` again in the document's new text.

    Anchored (and orphaned) quotes are re-anchored as claims are (exact, then fuzzy, else an orphan);
    a quote that never had a place (recorded before there was a document) is anchored when the text
    contains it and otherwise stays a quote without a place.
    """
    rows = [v for v in verdicts_on(session, article_id, number) if v.evidence.strip()]
    placed = [v for v in rows if v.evidence_start is not None or v.evidence_orphaned]
    snap = [(s.start, s.end) for s in sentences(new_text)]
    results = reanchor(old_text or "", new_text, [
        Anchor(key=v.id, quote=v.evidence, prefix=v.evidence_prefix, suffix=v.evidence_suffix,
               start=v.evidence_start or 0, end=v.evidence_end or 0)
        for v in placed
    ], snap_spans=snap) if placed else []
    by_id = {r.key: r for r in results}
    out = []
    for verdict in rows:
        before = (verdict.evidence_start, verdict.evidence_end, verdict.evidence_orphaned)
        result = by_id.get(verdict.id)
        if result is None:  # never placed: anchor it if the new text has it
            values = evidence_anchor(new_text, verdict.evidence)
        elif result.orphaned:
            values = {**NOT_ANCHORED, "evidence_prefix": verdict.evidence_prefix,
                      "evidence_suffix": verdict.evidence_suffix, "evidence_score": result.score,
                      "evidence_orphaned": True}
        else:
            values = {"evidence_prefix": result.prefix, "evidence_suffix": result.suffix,
                      "evidence_start": result.start, "evidence_end": result.end, "evidence_score": result.score,
                      "evidence_orphaned": False}
        for key, value in values.items():
            setattr(verdict, key, value)
        session.add(verdict)
        after = (verdict.evidence_start, verdict.evidence_end, verdict.evidence_orphaned)
        if after != before:
            out.append(Reanchored(verdict.claim_id, verdict.evidence, verdict.evidence_orphaned,
                                  verdict.evidence_start is not None))
    session.flush()
    return out


def evidence_anchor(text: str, evidence: str, span: tuple[int, int] | None = None) -> dict:
    """The anchor columns of a verdict whose evidence is ``evidence``, in a document of ``text``.

    ``span``, when given (a passage selected in the document), must hold exactly that quote;
    otherwise the quote is looked for (exact, then with whitespace, quotes and case folded).
    Not found: no anchor (the quote is kept as it was typed).
    """
    quote = evidence.strip()
    if not quote:
        return dict(NOT_ANCHORED)
    if span is not None:
        start, end = span
        if not (0 <= start < end <= len(text)) or text[start:end].strip() != quote:
            raise ValidationError(
                "evidence: the selected passage is not in the reference's document as it is now; select it again"
            )
        while text[start].isspace():
            start += 1
        end = start + len(quote)
    else:
        found = find_passage(text, quote)
        if found is None:
            return dict(NOT_ANCHORED)
        start, end = found
    place = located(text, (), start, end)
    return {"evidence_prefix": place.prefix, "evidence_suffix": place.suffix, "evidence_start": start,
            "evidence_end": end, "evidence_score": 1.0, "evidence_orphaned": False}


def verdict_evidence_anchor(session: Session, article_id: int, reference: int, evidence: str,
                            span: tuple[int, int] | None, before: dict | None) -> dict:
    """The anchor columns of a verdict about to be recorded with ``evidence`` (see :func:`evidence_anchor`).

    The same quote recorded again (the verdict changed, say) keeps the place it had.
    """
    row = document_row(session, article_id, reference)
    if row is None:
        if span is not None:
            raise ValidationError(message("evidence.no-document", reference=reference))
        return dict(NOT_ANCHORED)
    if (span is None and before is not None and before.get("evidence") == evidence.strip()
            and (before.get("evidence_start") is not None or before.get("evidence_orphaned"))):
        return {key: before[key] for key in NOT_ANCHORED}
    return evidence_anchor(row.text, evidence, span)


@dataclass(frozen=True)
class EvidencePlace:
    """Where a verdict's evidence stands in its reference's document."""

    document: str  # the file's name
    media_type: str
    page: int | None  # None when not anchored
    start: int | None
    end: int | None
    orphaned: bool
    pages: int = 1

    def describe(self) -> str:
        """'p. 4 of trial.pdf', 'trial.html', or why it has no place."""
        if self.orphaned:
            return f"not found in {self.document} since it was replaced (kept as quoted)"
        if self.start is None:
            return f"not found in {self.document}"
        if self.media_type == "application/pdf" or self.pages > 1:
            return f"p. {self.page} of {self.document}"
        return self.document


def evidence_places(session: Session, article_ids: Iterable[int]) -> dict[tuple[int, int], EvidencePlace]:
    """(claim id, reference number) -> where its verdict's evidence stands, for the verdicts whose
    reference has a document."""
    ids = list(article_ids)
    if not ids:
        return {}
    documents = {
        (d.article_id, d.reference_number): (d.file_name, d.media_type, pages_of(d))
        for d in session.execute(select(ReferenceDocument).where(col(ReferenceDocument.article_id).in_(ids))).scalars()
    }
    if not documents:
        return {}
    out = {}
    for article_id, claim_id, number, start, end, orphaned, evidence in session.execute(
        select(Claim.article_id, Verdict.claim_id, Verdict.reference_number, Verdict.evidence_start,
               Verdict.evidence_end, Verdict.evidence_orphaned, Verdict.evidence)
        .join(Claim, col(Claim.id) == Verdict.claim_id).where(col(Claim.article_id).in_(ids))
    ):
        document = documents.get((article_id, number))
        if document is None or not evidence.strip():
            continue
        name, media_type, pages = document
        out[(claim_id, number)] = EvidencePlace(
            name, media_type, page_of(pages, start) if start is not None else None, start, end, orphaned,
            len(pages),
        )
    return out

