"""Saving an edited body as a new revision, and running the checks on a revision.

Saving re-anchors every claim and comment of the article onto the new body
(:mod:`workstation.anchoring`), flags verdicts of claims whose text changed,
adds claims for new sentences, and sends an approved article back to review,
all in the caller's one write transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session, col

from db.search import index_articles
from db.tables import (
    Article,
    Citation,
    Claim,
    Comment,
    Meta,
    Reference,
    Revision,
    Transition,
    User,
    Verdict,
)
from workstation.anchoring import Anchor, AnchorResult, reanchor
from workstation.audit import EventData
from workstation.model import ArticleDraft, ReferenceData
from workstation.references.library import carry_links
from workstation.review import refresh_counters, renumber_claims, store_findings
from workstation.store import claim_row, insert_revisions, insert_sections, text_hash
from workstation.stored_checks import checked_key
from workstation.structure import analyze, citations_in, display_text, extract_claims
from workstation.views_review import Orphan

REOPEN_REASON = "content edited after approval"


@dataclass(frozen=True)
class SavedRevision:
    revision: Revision
    orphans: tuple[Orphan, ...]
    new_claims: tuple[int, ...]
    rechecks: tuple[int, ...]
    events: tuple[EventData, ...]
    reopened: bool
    transition: Transition | None = None


def revision_references(session: Session, revision_id: int) -> list[ReferenceData]:
    return [
        ReferenceData(r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url)
        for r in session.execute(
            select(Reference).where(Reference.revision_id == revision_id).order_by(Reference.number)
        ).scalars()
    ]


def save_new_revision(
    session: Session,
    *,
    article: Article,
    user: User,
    body: str,
    title: str | None,
    references: Sequence[ReferenceData] | None,
) -> SavedRevision | None:
    """Store the edit as the next revision; None when nothing changed."""
    old = session.get(Revision, article.current_revision_id)
    assert old is not None and old.id is not None and article.id is not None
    refs = tuple(references) if references is not None else tuple(revision_references(session, old.id))
    draft = ArticleDraft(
        title=(title or old.title).strip() or old.title, body=body, audience=old.audience,
        last_updated=old.last_updated, references=refs,
    )
    if draft.content_hash() == old.content_hash:
        return None
    now = datetime.now(UTC)
    connection = session.connection()
    number = (session.execute(
        select(func.max(Revision.number)).where(Revision.article_id == article.id)
    ).scalar() or 0) + 1
    (rid,) = insert_revisions(connection, [(article.id, number, draft)], user_id=user.id, note="edited", now=now)
    carry_links(connection, old.id, rid)
    structure = analyze(body)
    (section_ids,) = insert_sections(connection, [rid], [structure.sections])
    sections = structure.sections

    def section_id(offset: int) -> int | None:
        found = None
        for s, sid in zip(sections, section_ids, strict=True):
            if s.start <= offset:
                found = sid
        return found

    sentence_spans = [(s.start, s.end) for s in structure.sentences]
    events: list[EventData] = []
    orphans: list[Orphan] = []
    rechecks: list[int] = []
    bodies: dict[int, str] = {old.id: old.body}

    def body_of(revision_id: int | None) -> str:
        if revision_id is None:
            return old.body
        if revision_id not in bodies:
            rev = session.get(Revision, revision_id)
            bodies[revision_id] = rev.body if rev else old.body
        return bodies[revision_id]

    # Claims
    claims = session.execute(select(Claim).where(Claim.article_id == article.id)).scalars().all()
    taken: list[tuple[int, int]] = []
    claim_results = _reanchor_grouped(
        body_of, body,
        [(claim.revision_id, Anchor(claim.id, claim.quote, claim.prefix, claim.suffix, claim.start, claim.end))
         for claim in claims],
        sentence_spans,
    )
    for claim, result in zip(claims, claim_results, strict=True):
        if result.orphaned:
            if not claim.orphaned:
                orphans.append(Orphan("claim", claim.id, claim.quote))  # type: ignore[arg-type]
                events.append(EventData(
                    actor=user.name, action="claim.orphan", entity="claim", entity_id=claim.id,
                    article_id=article.id, field="anchor", old_value=claim.quote, reason=f"revision {number}",
                ))
            claim.orphaned = True
            claim.anchor_score = result.score
            session.add(claim)
            continue
        assert result.start is not None and result.end is not None
        taken.append((result.start, result.end))
        claim.revision_id, claim.section_id = rid, section_id(result.start)
        claim.start, claim.end, claim.quote = result.start, result.end, result.quote
        claim.prefix, claim.suffix = result.prefix, result.suffix
        claim.anchor_score, claim.orphaned = result.score, False
        new_text = display_text(result.quote)
        new_hash = text_hash(new_text)
        if new_hash != claim.text_hash:
            events.append(EventData(
                actor=user.name, action="claim.text", entity="claim", entity_id=claim.id,
                article_id=article.id, field="text", old_value=claim.text, new_value=new_text,
                reason=f"revision {number}",
            ))
            claim.text, claim.text_hash = new_text, new_hash
            flagged = session.execute(
                update(Verdict).where(Verdict.claim_id == claim.id, Verdict.claim_text_hash != new_hash)
                .values(needs_recheck=True)
            ).rowcount
            if flagged:
                rechecks.append(claim.id)  # type: ignore[arg-type]
        session.add(claim)
        session.flush()
        _reparse_citations(session, claim.id, result.quote)  # type: ignore[arg-type]

    # New sentences that no existing claim covers become claims.
    new_ids: list[int] = []
    for extracted in extract_claims(body):
        if any(min(e, extracted.end) > max(s, extracted.start) for s, e in taken):
            continue
        row = claim_row(article.id, rid, list(section_ids), 0, extracted, now)
        row["section_id"] = section_id(extracted.start)
        claim_id = session.execute(insert(Claim).values(**row).returning(Claim.id)).scalar_one()
        if extracted.citations:
            session.execute(insert(Citation), [
                {"claim_id": claim_id, "number": n, "origin": "text"} for n in extracted.citations
            ])
        new_ids.append(claim_id)

    # Comments
    comments = session.execute(
        select(Comment).where(Comment.article_id == article.id, col(Comment.start).is_not(None))
    ).scalars().all()
    comment_results = _reanchor_grouped(
        body_of, body,
        [(c.revision_id, Anchor(c.id, c.quote, c.prefix, c.suffix, c.start or 0, c.end or 0)) for c in comments],
        (),
    )
    for comment, result in zip(comments, comment_results, strict=True):
        if result.orphaned:
            if not comment.orphaned:
                orphans.append(Orphan("comment", comment.id, comment.quote))  # type: ignore[arg-type]
            comment.orphaned, comment.anchor_score = True, result.score
        else:
            comment.revision_id, comment.start, comment.end = rid, result.start, result.end
            comment.quote, comment.prefix, comment.suffix = result.quote, result.prefix, result.suffix
            comment.anchor_score, comment.orphaned = result.score, False
        session.add(comment)

    # The article row
    old_status = article.status
    article.current_revision_id = rid
    article.title = draft.title
    article.version += 1
    article.last_edited_by_id = user.id
    article.updated_at = now
    article.references_count = len(refs)
    reopened = old_status == "Approved"
    transition = None
    if reopened:
        article.status = "Under Review"
        transition = Transition(
            article_id=article.id, from_status="Approved", to_status="Under Review", user_id=user.id,
            at=now, reason=REOPEN_REASON,
        )
        session.add(transition)
        events.append(EventData(
            actor=user.name, action="transition", entity="article", entity_id=article.id,
            article_id=article.id, field="status", old_value="Approved", new_value="Under Review",
            reason=REOPEN_REASON,
        ))
    session.add(article)
    session.flush()
    renumber_claims(session, article.id)
    index_articles(connection, [(article.id, draft.title, body)])
    events.insert(0, EventData(
        actor=user.name, action="revision.save", entity="article", entity_id=article.id,
        article_id=article.id, field="revision", old_value=f"revision {old.number}",
        new_value=f"revision {number} ({draft.content_hash()[:12]})",
        reason=f"{len(orphans)} orphaned, {len(new_ids)} new claims",
    ))
    revision = session.get(Revision, rid)
    assert revision is not None
    return SavedRevision(
        revision, tuple(orphans), tuple(new_ids), tuple(rechecks), tuple(events), reopened, transition
    )


def _reanchor_grouped(
    body_of: Callable[[int | None], str],
    body: str,
    items: Sequence[tuple[int | None, Anchor]],
    snap_spans: Sequence[tuple[int, int]],
) -> list[AnchorResult]:
    """Re-anchor in one pass per old body (the position map is built once per body)."""
    groups: dict[int | None, list[int]] = {}
    for index, (revision_id, _anchor) in enumerate(items):
        groups.setdefault(revision_id, []).append(index)
    out: list[AnchorResult | None] = [None] * len(items)
    for revision_id, indexes in groups.items():
        results = reanchor(body_of(revision_id), body, [items[i][1] for i in indexes], snap_spans=snap_spans)
        for i, result in zip(indexes, results, strict=True):
            out[i] = result
    return [r for r in out if r is not None]


def _reparse_citations(session: Session, claim_id: int, quote: str) -> None:
    """Citations written in the text follow the text; a reviewer's links stay."""
    numbers = citations_in(quote)
    existing = dict(session.execute(
        select(Citation.number, Citation.origin).where(Citation.claim_id == claim_id)
    ).all())
    stale = [n for n, origin in existing.items() if origin == "text" and n not in numbers]
    if stale:
        session.execute(delete(Citation).where(Citation.claim_id == claim_id, col(Citation.number).in_(stale)))
    fresh = [n for n in numbers if n not in existing]
    if fresh:
        session.execute(insert(Citation), [{"claim_id": claim_id, "number": n, "origin": "text"} for n in fresh])


def check_revision(session: Session, article: Article, revision: Revision) -> int:
    """Run the automated checks on a revision and store what they find; returns dismissals carried."""
    from workstation.checks import run_checks
    from workstation.references.status import notices_by_number

    found = run_checks(
        title=revision.title, body=revision.body, audience=revision.audience,
        references=revision_references(session, revision.id),  # type: ignore[arg-type]
        retractions=notices_by_number(session, revision.id),  # type: ignore[arg-type]
    )
    carried = store_findings(session, article, revision, found)
    key = checked_key(revision.id)  # type: ignore[arg-type]
    if session.get(Meta, key) is None:
        session.add(Meta(key=key, value=datetime.now(UTC).isoformat()))
    refresh_counters(session, session.get(Article, article.id))  # type: ignore[arg-type]
    return carried


def was_checked(session: Session, revision_id: int) -> bool:
    return session.get(Meta, checked_key(revision_id)) is not None
