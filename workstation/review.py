"""Rules of claim review: who may judge, counters, claim snapshots, stored findings.

Functions take an explicit session inside the caller's write transaction.
Snapshots (plain dicts of a claim with its citations and verdicts) are what the
undo commands restore, so an undo puts back exactly what was there, ids included
where they are still free.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TypeVar

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlmodel import Session, col

from db.tables import Article, Citation, Claim, Finding, Revision, Section, User, Verdict
from workstation.errors import NotFound, PermissionDenied, ValidationError
from workstation.messages import from_stored, message, stored_params
from workstation.model import VERDICTS
from workstation.undo import Unchanged, compare_and_swap
from workstation.views_review import FindingView

REVIEW_ROLES = ("reviewer", "approver", "admin")
Row = TypeVar("Row")


def require_role(user: User, roles: Sequence[str], what: str) -> None:
    if user.role not in roles:
        raise PermissionDenied(message("review.role", name=user.name, role=user.role, allowed=", ".join(roles),
                                        review_task=what))


def validate_verdict(verdict: str) -> str:
    value = verdict.strip().lower()
    if value not in VERDICTS:
        raise ValidationError(message("review.verdict", verdicts=", ".join(VERDICTS), given=repr(verdict)))
    return value


def fetch(session: Session, table: type[Row], row_id: int, what: str) -> Row:
    """The row of ``table`` with this id, or NotFound saying that there is no such ``what``."""
    row = session.get(table, row_id)
    if row is None:
        raise NotFound(f"no {what} with id {row_id}")
    return row


def get_claim(session: Session, claim_id: int) -> Claim:
    return fetch(session, Claim, claim_id, "claim")


def get_article(session: Session, article_id: int) -> Article:
    return fetch(session, Article, article_id, "article")


def current_revision(session: Session, article: Article) -> Revision:
    revision = session.get(Revision, article.current_revision_id)
    if revision is None:
        raise NotFound(f"article {article.id} has no revision")
    return revision


def cited_numbers(session: Session, claim_id: int) -> list[int]:
    return list(session.execute(
        select(Citation.number).where(Citation.claim_id == claim_id).order_by(Citation.id)
    ).scalars())


def section_at(session: Session, revision_id: int, offset: int) -> int | None:
    return session.execute(
        select(Section.id).where(Section.revision_id == revision_id, Section.start <= offset, Section.end >= offset)
        .order_by(Section.position.desc()).limit(1)  # type: ignore[attr-defined]
    ).scalar()


# ---------------------------------------------------------------- counters
def refresh_counters(session: Session, article: Article) -> None:
    """claims_count, claims_reviewed and open_findings, from the rows."""
    session.flush()
    aid = article.id
    claims = list(session.execute(
        select(Claim.id).where(Claim.article_id == aid, col(Claim.orphaned).is_(False))
    ).scalars())
    cites: dict[int, set[int]] = {}
    for claim_id, number in session.execute(
        select(Citation.claim_id, Citation.number).join(Claim, Claim.id == Citation.claim_id)
        .where(Claim.article_id == aid)
    ):
        cites.setdefault(claim_id, set()).add(number)
    judged: dict[int, set[int]] = {}
    for claim_id, number in session.execute(
        select(Verdict.claim_id, Verdict.reference_number).join(Claim, Claim.id == Verdict.claim_id)
        .where(Claim.article_id == aid, col(Verdict.needs_recheck).is_(False))
    ):
        judged.setdefault(claim_id, set()).add(number)
    article.claims_count = len(claims)
    article.claims_reviewed = sum(
        1 for c in claims if cites.get(c) and cites[c] <= judged.get(c, set())
    )
    article.open_findings = session.execute(
        select(func.count()).select_from(Finding)
        .where(Finding.revision_id == article.current_revision_id, col(Finding.dismissed).is_(False))
    ).scalar_one()
    session.add(article)
    session.flush()


def renumber_claims(session: Session, article_id: int) -> None:
    """Positions follow the body: anchored claims by offset, orphans after them."""
    claims = session.execute(select(Claim).where(Claim.article_id == article_id)).scalars().all()
    ordered = sorted(claims, key=lambda c: (c.orphaned, c.start, c.end, c.id))
    for position, claim in enumerate(ordered):
        if claim.position != position:
            claim.position = position
            session.add(claim)
    session.flush()


# ---------------------------------------------------------------- verdict snapshots
_VERDICT_FIELDS = ("verdict", "evidence", "note", "user_id", "claim_text_hash", "needs_recheck", "evidence_prefix",
                   "evidence_suffix", "evidence_start", "evidence_end", "evidence_score", "evidence_orphaned")


def verdict_row(session: Session, claim_id: int, reference: int) -> Verdict | None:
    return session.execute(
        select(Verdict).where(Verdict.claim_id == claim_id, Verdict.reference_number == reference)
    ).scalar_one_or_none()


def verdict_snapshot(row: Verdict | None) -> dict | None:
    return None if row is None else {f: getattr(row, f) for f in _VERDICT_FIELDS}


def restore_verdict(session: Session, claim_id: int, reference: int, snap: dict | None) -> None:
    get_claim(session, claim_id)
    row = verdict_row(session, claim_id, reference)
    if snap is None:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = Verdict(claim_id=claim_id, reference_number=reference, verdict=snap["verdict"])
        for f, value in snap.items():
            setattr(row, f, value)
        row.updated_at = datetime.now(UTC)
        session.add(row)
    session.flush()


def verdict_unchanged(claim_id: int, reference: int, before: dict | None, after: dict | None) -> Unchanged:
    """Undo/redo of a verdict applies only while the verdict is what the last step left."""
    return compare_and_swap(
        lambda session: verdict_snapshot(verdict_row(session, claim_id, reference)), before, after
    )


def claim_unchanged(session: Session, snap: dict) -> bool:
    """The claim is still where the snapshot has it, with the same text, citations and verdicts."""
    claim = session.get(Claim, snap["claim"]["id"])
    if claim is None or claim.orphaned != snap["claim"]["orphaned"]:
        return False
    if (claim.start, claim.end, claim.text) != (snap["claim"]["start"], snap["claim"]["end"], snap["claim"]["text"]):
        return False
    verdicts = {
        (v.reference_number, v.verdict, v.evidence, v.note)
        for v in session.execute(select(Verdict).where(Verdict.claim_id == claim.id)).scalars()
    }
    return verdicts == {(v["reference_number"], v["verdict"], v["evidence"], v["note"]) for v in snap["verdicts"]}


# ---------------------------------------------------------------- claim snapshots
_CLAIM_FIELDS = (
    "id", "article_id", "revision_id", "section_id", "position", "text", "quote", "prefix", "suffix",
    "start", "end", "anchor_score", "orphaned", "origin", "needs_citation", "text_hash", "created_at",
)


def claim_snapshots(session: Session, claim_ids: Sequence[int]) -> list[dict]:
    """Each claim with its citations and verdicts, as plain values."""
    out = []
    for claim_id in claim_ids:
        claim = get_claim(session, claim_id)
        citations = session.execute(
            select(Citation.number, Citation.origin).where(Citation.claim_id == claim_id).order_by(Citation.id)
        ).all()
        verdicts = session.execute(select(Verdict).where(Verdict.claim_id == claim_id)).scalars().all()
        out.append({
            "claim": {f: getattr(claim, f) for f in _CLAIM_FIELDS},
            "citations": [(n, o) for n, o in citations],
            "verdicts": [
                {"reference_number": v.reference_number, **{f: getattr(v, f) for f in _VERDICT_FIELDS}}
                for v in verdicts
            ],
        })
    return out


def delete_claims(session: Session, claim_ids: Sequence[int]) -> None:
    if claim_ids:
        session.flush()
        ids = list(claim_ids)
        session.execute(update(Finding).where(col(Finding.claim_id).in_(ids)).values(claim_id=None))
        session.execute(delete(Verdict).where(col(Verdict.claim_id).in_(ids)))
        session.execute(delete(Citation).where(col(Citation.claim_id).in_(ids)))
        session.execute(delete(Claim).where(col(Claim.id).in_(ids)))
        session.expire_all()


def restore_claims(session: Session, snapshots: Sequence[dict]) -> list[int]:
    """Insert snapshotted claims again, under their old ids where those are free."""
    session.flush()
    ids = []
    for snap in snapshots:
        values = dict(snap["claim"])
        if session.get(Claim, values["id"]) is not None:
            values.pop("id")
        claim_id = session.execute(insert(Claim).values(**values).returning(Claim.id)).scalar_one()
        ids.append(claim_id)
        if snap["citations"]:
            session.execute(insert(Citation), [
                {"claim_id": claim_id, "number": n, "origin": o} for n, o in snap["citations"]
            ])
        if snap["verdicts"]:
            session.execute(insert(Verdict), [{"claim_id": claim_id, **v} for v in snap["verdicts"]])
    session.expire_all()
    return ids


# ---------------------------------------------------------------- findings
# Built once: the article workspace reads this on every article switch, and building the select
# afresh cost more than SQLite took to run it.
_FINDINGS = (select(Finding, User.name).outerjoin(User, User.id == Finding.dismissed_by_id)
             .where(Finding.revision_id == bindparam("revision")).order_by(Finding.id))


def finding_views(session: Session, revision_id: int) -> list[FindingView]:
    rows = session.execute(_FINDINGS, {"revision": revision_id}).all()
    return [finding_view(f, name) for f, name in rows]


def finding_view(f: Finding, dismissed_by: str | None) -> FindingView:
    assert f.id is not None
    return FindingView(
        id=f.id, code=f.code, severity=f.severity, message=from_stored(f.message, f.message_params), excerpt=f.excerpt,
        claim_id=f.claim_id, reference=f.reference_number, start=f.start, end=f.end,
        dismissed=f.dismissed, dismissed_by=dismissed_by, dismissed_reason=f.dismissed_reason,
        fingerprint=f.fingerprint,
    )


def claim_for_span(spans: Sequence[tuple[int, int, int]], start: int | None, end: int | None) -> int | None:
    """The claim (id, start, end) that overlaps a finding's span most."""
    if start is None or end is None:
        return None
    best: tuple[int, int] | None = None
    for claim_id, s, e in spans:
        overlap = min(e, max(end, start + 1)) - max(s, start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, claim_id)
    return best[1] if best else None


def store_findings(session: Session, article: Article, revision: Revision, found: Sequence) -> int:
    """Replace the revision's findings; carry dismissals over by fingerprint. Returns how many carried."""
    session.flush()
    dismissed: dict[str, Finding] = {}
    for old in session.execute(
        select(Finding).where(Finding.article_id == article.id, col(Finding.dismissed).is_(True))
        .order_by(Finding.id)
    ).scalars():
        if old.fingerprint:
            dismissed[old.fingerprint] = old  # the latest dismissal wins
    carried_over = {
        fp: (f.dismissed_by_id, f.dismissed_reason, f.dismissed_at) for fp, f in dismissed.items()
    }
    # Findings of this revision that come back keep their ids (and their dismissal).
    kept: dict[str, list[Finding]] = {}
    for row in session.execute(
        select(Finding).where(Finding.revision_id == revision.id).order_by(Finding.id)
    ).scalars():
        kept.setdefault(row.fingerprint, []).append(row)
    spans = [tuple(s) for s in session.execute(
        select(Claim.id, Claim.start, Claim.end).where(
            Claim.article_id == article.id, Claim.revision_id == revision.id, col(Claim.orphaned).is_(False)
        )
    ).all()]
    rows = []
    carried = 0
    for f in found:
        values = {
            "code": f.code, "severity": f.severity, "message": f.message, "message_params": stored_params(f.message),
            "excerpt": f.excerpt or "",
            "start": f.start, "end": f.end, "claim_id": claim_for_span(spans, f.start, f.end),
            "reference_number": f.reference, "fingerprint": f.fingerprint or "",
        }
        same = kept.get(values["fingerprint"])
        if same:
            row = same.pop(0)
            for key, value in values.items():
                setattr(row, key, value)
            session.add(row)
            carried += row.dismissed
            continue
        carry = carried_over.get(f.fingerprint) if f.fingerprint else None
        carried += carry is not None
        rows.append({
            "article_id": article.id, "revision_id": revision.id, **values,
            "dismissed": carry is not None,
            "dismissed_by_id": carry[0] if carry else None,
            "dismissed_reason": carry[1] if carry else "",
            "dismissed_at": carry[2] if carry else None,
        })
    stale = [row.id for rows_left in kept.values() for row in rows_left]
    session.flush()
    if stale:
        session.execute(delete(Finding).where(col(Finding.id).in_(stale)))
    if rows:
        session.execute(insert(Finding), rows)
    session.expire_all()
    return carried
