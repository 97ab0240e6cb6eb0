"""Facade operations on the documents attached to references: attach, read, suggest, search."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from db.document_search import search_pages
from db.search import search_tokens
from db.tables import ReferenceDocument, User, Verdict
from workstation.audit import EventData
from workstation.changes import OpChanges
from workstation.documents.extract import extract_file
from workstation.documents.suggest import rank_passages
from workstation.errors import NotFound
from workstation.facade.review_base import ReviewBase
from workstation.messages import message
from workstation.reference_documents import (
    document_row,
    pages_of,
    reanchor_evidence,
    require_reference,
    store_document,
)
from workstation.review import cited_numbers, get_article, get_claim
from workstation.views_documents import (
    AttachResult,
    DocumentHit,
    DocumentSummary,
    DocumentView,
    EvidenceAnchorView,
    EvidenceSource,
    Suggestions,
)

SNIPPET_CHARS = 90


class DocumentOps(ReviewBase):
    def attach_document(self, *, article_id: int, number: int, path: str | Path, user: str,
                        reopen: str = "") -> AttachResult:
        """Attach a PDF, HTML or text file to reference ``number`` of an article (replacing its document).

        The text is extracted first (a file that cannot be read is refused and nothing changes), then
        stored with the file's hash and page spans and indexed; the evidence of the reference's verdicts
        is anchored again in the new text, and what it no longer holds is reported as orphaned.
        A reviewer, approver or admin attaches; an Approved article is refused unless ``reopen`` says why.
        """
        with self._read() as session:  # fail fast, before spending seconds on the file
            self._check_attach(session, article_id, number, user)
        extracted = extract_file(Path(path))
        with self._write() as session:
            acting = self._reviewer(session, user, "attach documents to references")
            article = self._check_attach(session, article_id, number, user)
            old = document_row(session, article_id, number)
            if old is not None and old.sha256 == extracted.sha256 and old.text == extracted.text:
                return AttachResult(document=_summary(old, acting.name), replaced=None, unchanged=True)
            reopened = self._unfreeze(session, article_id, acting, reopen, "references' documents")
            replaced = old.file_name if old is not None else None
            old_sha = old.sha256 if old is not None else ""
            row, old_text = store_document(session, article.id, number, extracted, acting.id)  # type: ignore[arg-type]
            moved = reanchor_evidence(session, article_id, number, old_text, extracted.text)
            events = [EventData(
                actor=acting.name, action="document.attach", entity="reference", entity_id=number,
                article_id=article_id, field=f"reference {number}",
                old_value=f"{replaced} sha256:{old_sha}" if replaced else "",
                new_value=f"{extracted.file_name} sha256:{extracted.sha256}",
                reason=f"{len(extracted.text)} characters, {len(extracted.pages)} page(s)",
            )]
            events += [EventData(
                actor=acting.name, action="evidence.orphan", entity="claim", entity_id=m.claim_id,
                article_id=article_id, field=f"reference {number}", old_value=m.quote,
                reason=f"not found in the new document {extracted.file_name}",
            ) for m in moved if m.orphaned]
            ids = self._audit(session, *events)
            summary = _summary(row, acting.name)
        changes = OpChanges(articles=frozenset({article_id}), references=True,
                            claims=frozenset(m.claim_id for m in moved), event_ids=reopened + ids,
                            workflow=bool(reopened))
        return AttachResult(
            document=summary, replaced=replaced, unchanged=False,
            anchored=tuple(m.claim_id for m in moved if m.anchored),
            orphaned=tuple((m.claim_id, m.quote) for m in moved if m.orphaned), changes=changes,
        )

    def _check_attach(self, session: Session, article_id: int, number: int, user: str):  # type: ignore[no-untyped-def]
        self._reviewer(session, user, "attach documents to references")
        article = get_article(session, article_id)
        require_reference(session, article_id, article.current_revision_id, number)
        return article

    def reference_documents(self, *, article_id: int) -> list[DocumentSummary]:
        """The documents attached to an article's references, by reference number."""
        with self._read() as session:
            get_article(session, article_id)
            rows = session.execute(
                select(ReferenceDocument, User.name).outerjoin(User, col(User.id) == ReferenceDocument.attached_by_id)
                .where(ReferenceDocument.article_id == article_id).order_by(ReferenceDocument.reference_number)
            ).all()
            return [_summary(row, name) for row, name in rows]

    def reference_document(self, *, article_id: int, number: int) -> DocumentView | None:
        """The text of reference ``number``'s document, with its pages (None: nothing attached)."""
        with self._read() as session:
            return _document_view(session, article_id, number)

    def evidence_source(self, *, claim_id: int, reference: int) -> EvidenceSource:
        """The cited reference's document and where the verdict's evidence stands in it."""
        with self._read() as session:
            claim = get_claim(session, claim_id)
            document = _document_view(session, claim.article_id, reference)
            verdict = session.execute(
                select(Verdict).where(Verdict.claim_id == claim_id, Verdict.reference_number == reference)
            ).scalar_one_or_none()
            evidence = None
            if verdict is not None and verdict.evidence.strip():
                start = verdict.evidence_start if document is not None else None
                evidence = EvidenceAnchorView(
                    claim_id=claim_id, reference=reference, verdict=verdict.verdict, quote=verdict.evidence,
                    start=start, end=verdict.evidence_end if start is not None else None,
                    page=document.page_at(start) if document is not None and start is not None else None,
                    orphaned=verdict.evidence_orphaned, score=verdict.evidence_score,
                )
            return EvidenceSource(claim_id, reference, document, evidence)

    def suggest_evidence(self, *, claim_id: int, reference: int, limit: int = 5) -> Suggestions:
        """The passages of reference ``reference``'s document that bear most on the claim, best first."""
        with self._read() as session:
            claim = get_claim(session, claim_id)
            if reference not in cited_numbers(session, claim_id):
                raise NotFound(message("document.not-cited", claim=claim_id, reference=reference))
            row = document_row(session, claim.article_id, reference)
            if row is None:
                raise NotFound(message("document.none", reference=reference, article=claim.article_id))
            text, pages, claim_text = row.text, pages_of(row), claim.text
            summary = _summary(row, None)
        passages = rank_passages(claim_text, text, pages, limit=max(1, limit))
        return Suggestions(claim_id, reference, tuple(passages), summary)

    def search_documents(self, *, query: str, limit: int = 20) -> list[DocumentHit]:
        """The pages of attached documents that hold every word of ``query``, best first."""
        with self._read() as session:
            hits = search_pages(session.connection(), query, limit=limit)
            if not hits:
                return []
            rows = {d.id: d for d in session.execute(
                select(ReferenceDocument).where(col(ReferenceDocument.id).in_({h.document_id for h in hits}))
            ).scalars()}
            out = []
            for hit in hits:
                row = rows.get(hit.document_id)
                if row is None:
                    continue
                spans = pages_of(row)
                start, end = spans[hit.page - 1] if 0 < hit.page <= len(spans) else (0, len(row.text))
                out.append(DocumentHit(row.article_id, row.reference_number, row.file_name, hit.page,
                                       _snippet(row.text[start:end], query)))
            return out


def _document_view(session: Session, article_id: int, number: int) -> DocumentView | None:
    row = session.execute(
        select(ReferenceDocument, User.name).outerjoin(User, col(User.id) == ReferenceDocument.attached_by_id)
        .where(ReferenceDocument.article_id == article_id, ReferenceDocument.reference_number == number)
    ).one_or_none()
    if row is None:
        return None
    document, name = row
    return DocumentView(summary=_summary(document, name), text=document.text, page_spans=pages_of(document))


def _summary(row: ReferenceDocument, attached_by: str | None) -> DocumentSummary:
    spans = pages_of(row)
    return DocumentSummary(
        article_id=row.article_id, reference=row.reference_number, file_name=row.file_name,
        media_type=row.media_type, sha256=row.sha256, size=row.size, characters=len(row.text), pages=len(spans),
        empty_pages=tuple(n for n, (s, e) in enumerate(spans, 1) if not row.text[s:e].strip()),
        attached_by=attached_by, attached_at=row.attached_at,
    )


def _snippet(page: str, query: str) -> str:
    """About :data:`SNIPPET_CHARS` characters of the page around the first word of the query it holds."""
    flat = " ".join(page.split())
    at = -1
    for token in search_tokens(query):
        match = re.search(r"\b" + re.escape(token), flat, re.IGNORECASE)
        if match:
            at = match.start()
            break
    start = max(0, at - SNIPPET_CHARS // 3) if at >= 0 else 0
    piece = flat[start:start + SNIPPET_CHARS]
    return ("…" if start else "") + piece + ("…" if start + SNIPPET_CHARS < len(flat) else "")


__all__ = ["DocumentOps"]
