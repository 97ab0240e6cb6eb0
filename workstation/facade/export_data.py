"""What an export shows of each article, read for a batch of articles with one set of queries.

One read transaction per batch, so the articles of a batch and the audit head hash agree;
each article's signature is checked against the very revision and references read here.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from sqlalchemy import Row, Select, select
from sqlmodel import Session, col

from db.driver import driver_rows
from db.tables import (
    Article,
    Citation,
    Claim,
    Finding,
    Reference,
    Revision,
    Section,
    Signature,
    User,
    Verdict,
)
from workstation.audit import head as audit_head
from workstation.errors import NotFound, WorkflowError
from workstation.export.model import ExportArticle, SignatureInfo
from workstation.messages import message
from workstation.model import ArticleDraft, ReferenceData, as_utc
from workstation.reference_documents import EvidencePlace, evidence_places
from workstation.signatures import SignatureView, check_signatures, signature_views
from workstation.views import ClaimBase, VerdictView
from workstation.views_review import FindingBase


def export_data(
    session: Session, ids: Sequence[int], *, review: bool = True,
) -> list[ExportArticle | NotFound | WorkflowError]:
    """Everything an export shows of each article, in the order of ``ids``; an error where it is refused.

    One set of queries for all of ``ids`` (not a dozen per article), in one read
    transaction, so the articles of a batch and the audit head hash agree. ``review`` False
    leaves out the review record (claims with their verdicts, findings: empty), for files
    that show none of it; what is refused, and why, is the same either way.
    """
    wanted = list(dict.fromkeys(ids))
    connection = session.connection()

    def rows(statement: Select) -> Sequence[Row]:
        # Columns as plain rows, fetched at once: the ORM's row handling cost more than the reads.
        return connection.execute(statement).all()

    def plain(statement: Select) -> list[tuple]:
        # Integers and text only, as the driver returns them: the most rows of a batch.
        return driver_rows(connection, statement) or []

    article_table, revision_table = Article.__table__, Revision.__table__  # type: ignore[attr-defined]
    articles = {a.id: a for a in rows(select(article_table).where(article_table.c.id.in_(wanted)))}
    approved = [a for a in articles.values() if a.status == "Approved" and a.approved_revision_id is not None]
    approved_ids = [a.id for a in approved]
    revisions = {
        r.id: r for r in rows(
            select(revision_table).where(revision_table.c.id.in_([a.approved_revision_id for a in approved]))
        )
    }
    revision_ids = list(revisions)
    current = {a.current_revision_id for a in approved if a.current_revision_id is not None}
    current = set(session.execute(select(Revision.id).where(col(Revision.id).in_(current))).scalars())
    # A claim shows the heading of its section in the article's current revision.
    headings = {
        section_id: (revision_id, heading) for section_id, revision_id, heading in plain(
            select(Section.id, Section.revision_id, Section.heading).where(col(Section.revision_id).in_(current))
        )
    } if review else {}
    references: dict[int, list[ReferenceData]] = {}
    for revision_id, *fields in plain(
        select(Reference.revision_id, Reference.number, Reference.type, Reference.title, Reference.source,
               Reference.year, Reference.doi, Reference.pmid, Reference.url)
        .where(col(Reference.revision_id).in_(revision_ids)).order_by(Reference.revision_id, Reference.number)
    ):
        references.setdefault(revision_id, []).append(ReferenceData(*fields))
    signature_ids = list(session.execute(
        select(Signature.id).where(col(Signature.article_id).in_(approved_ids))
    ).scalars())
    signatures: dict[tuple[int, int], SignatureView] = {}
    for view in signature_views(session, ids=signature_ids) if signature_ids else ():
        signatures[(view.article_id, view.revision_id)] = view  # in id order: the last one stays
    claims: dict[int, list[tuple[int, str, int | None]]] = {}
    cites: dict[int, list[int]] = {}
    verdicts: dict[int, list[tuple]] = {}
    findings: dict[int, list[FindingBase]] = {}
    places: dict[tuple[int, int], EvidencePlace] = {}
    if review:  # the review record
        for article_id, claim_id, claim_text, section_id, orphaned in plain(
            select(Claim.article_id, Claim.id, Claim.text, Claim.section_id, Claim.orphaned)
            .where(col(Claim.article_id).in_(approved_ids)).order_by(Claim.article_id, Claim.position, Claim.id)
        ):
            if not orphaned:
                claims.setdefault(article_id, []).append((claim_id, claim_text, section_id))
        for claim_id, number in plain(
            select(Citation.claim_id, Citation.number).join(Claim, col(Claim.id) == Citation.claim_id)
            .where(col(Claim.article_id).in_(approved_ids)).order_by(Citation.id)
        ):
            cites.setdefault(claim_id, []).append(number)
        for claim_id, *fields in rows(
            select(Verdict.claim_id, Verdict.reference_number, Verdict.verdict, Verdict.evidence, Verdict.note,
                   User.name, Verdict.updated_at, Verdict.needs_recheck)
            .join(Claim, col(Claim.id) == Verdict.claim_id).outerjoin(User, col(User.id) == Verdict.user_id)
            .where(col(Claim.article_id).in_(approved_ids)).order_by(Verdict.claim_id, Verdict.reference_number)
        ):
            verdicts.setdefault(claim_id, []).append(fields)
        for revision_id, *fields in rows(
            select(Finding.revision_id, Finding.code, Finding.severity, Finding.message, Finding.excerpt,
                   Finding.dismissed, User.name, Finding.dismissed_reason)
            .outerjoin(User, col(User.id) == Finding.dismissed_by_id)
            .where(col(Finding.revision_id).in_(revision_ids)).order_by(Finding.id)
        ):
            findings.setdefault(revision_id, []).append(FindingBase(*fields))
        places = evidence_places(session, approved_ids)
    # the anchor the files carry: the last event's id (the number of events) and its hash
    audit_events, audit_head_hash = audit_head(session.connection())
    # Each article's signature of its approved revision, checked against what this read exports.
    used = [signatures[key].id for key in ((a.id, a.approved_revision_id) for a in approved) if key in signatures]
    table = Signature.__table__  # type: ignore[attr-defined]
    checks = check_signatures(
        session, rows(select(table).where(table.c.id.in_(used))) if used else [],
        revisions=revisions, references=references,
    )

    def one(article_id: int) -> ExportArticle:
        article = articles.get(article_id)
        if article is None:
            raise NotFound(f"no article with id {article_id}")
        if article.status != "Approved" or article.approved_revision_id is None:
            raise WorkflowError(message("export.not-approved", article=article_id, status=article.status))
        revision = revisions.get(article.approved_revision_id)
        if revision is None:
            raise NotFound(f"article {article_id}: its approved revision is missing")
        if article.current_revision_id not in current:
            raise NotFound(f"article {article_id} has no revision")
        signature = signatures.get((article_id, revision.id))  # type: ignore[arg-type]
        if signature is None:
            raise WorkflowError(message("export.unsigned", article=article_id))
        check = checks[signature.id]
        if not check.valid:
            raise WorkflowError(f"article {article_id}: the signature does not verify ({check.problem})")
        approved_at = as_utc(article.approved_at) if article.approved_at else (
            signature.signed_at if signature else as_utc(revision.created_at)
        )

        def section(section_id: int | None) -> str | None:
            revision_id, heading = headings.get(section_id, (None, None))  # type: ignore[arg-type]
            return heading if revision_id == article.current_revision_id else None

        listed = references.get(revision.id, ())  # type: ignore[call-overload]

        return ExportArticle(
            id=article_id,
            draft=ArticleDraft(
                title=revision.title, body=revision.body, audience=revision.audience,
                last_updated=revision.last_updated, authors=tuple(json.loads(article.authors or "[]")),
                topic=article.topic, status="Approved", source_format="markdown",
                references=tuple(listed),
            ),
            revision_id=revision.id,  # type: ignore[arg-type]
            content_hash=revision.content_hash,
            approved_at=approved_at,
            approved_by=signature.printed_name if signature else "",
            next_review=article.next_review,
            signature=SignatureInfo(
                printed_name=signature.printed_name, meaning=signature.meaning, signed_at=signature.signed_at,
                content_hash=signature.content_hash, role=signature.role,
            ) if signature else None,
            claims=tuple(
                ClaimBase(
                    claim_id, claim_text, section(section_id), tuple(cites.get(claim_id, ())),
                    tuple(
                        VerdictView(claim_id, reference, verdict, evidence, note, name or "",
                                    as_utc(at) if at else approved_at, recheck, _place(places, claim_id, reference))
                        for reference, verdict, evidence, note, name, at, recheck in verdicts[claim_id]
                    ) if claim_id in verdicts else (),
                )
                for claim_id, claim_text, section_id in claims.get(article_id, ())
            ),
            findings=tuple(findings.get(revision.id, ())),  # type: ignore[arg-type]
            audit_head_hash=audit_head_hash,
            audit_events=audit_events,
        )

    results: list[ExportArticle | NotFound | WorkflowError] = []
    for article_id in ids:
        try:
            results.append(one(article_id))
        except (NotFound, WorkflowError) as exc:
            results.append(exc)
    return results


def _place(places: dict[tuple[int, int], EvidencePlace], claim_id: int, reference: int) -> str:
    place = places.get((claim_id, reference))
    return place.describe() if place is not None else ""
