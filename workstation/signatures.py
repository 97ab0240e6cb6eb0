"""Electronic signatures (21 CFR Part 11 §11.50/§11.70).

A signature shows the signer's printed name, the date and time (UTC), the
meaning of the signature and the signer's role, and is bound to the signed
revision by that revision's content hash: it verifies only while the hash it
recorded equals both the revision's stored hash and a hash recomputed from the
revision's content, so an edited revision or a transplanted signature fails.

The manifestation is signed too: the *signed hash* covers the content hash, the
printed name, the signer's login name, role, meaning, the time and the approval's
audit event (its id and chained hash), and is written into the ``signature.sign``
audit event. Verification recomputes it from the signature row and compares it
with that event, so editing a signature's name, role, meaning or time, or editing
a revision and "fixing" its hashes in the revision and signature rows, is caught:
the original lives in the hash-chained trail.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Row, func, literal_column, select
from sqlmodel import Session, col

from db.tables import Article, AuditEvent, Reference, Revision, Signature, User
from workstation.audit import canonical_time, event_data, event_hash
from workstation.errors import PermissionDenied
from workstation.messages import message
from workstation.model import ReferenceData, as_utc, content_hash
from workstation.users import password_matches


@dataclass(frozen=True)
class SignatureView:
    id: int
    article_id: int
    revision_id: int
    revision_number: int | None
    content_hash: str
    signer: str  # the user's login name
    printed_name: str
    role: str
    meaning: str
    signed_at: datetime
    audit_event_id: int | None
    superseded: bool = False  # the article was reopened or signed again since

    def as_json(self) -> dict:
        return {
            "id": self.id, "article_id": self.article_id, "revision": self.revision_number,
            "content_hash": self.content_hash, "signer": self.signer, "printed_name": self.printed_name,
            "role": self.role, "meaning": self.meaning, "signed_at": self.signed_at.isoformat(),
            "audit_event_id": self.audit_event_id, "superseded": self.superseded,
        }


@dataclass(frozen=True)
class SignatureCheck:
    """Whether a signature still matches what was signed, and if not, why."""

    valid: bool
    problem: str = ""
    superseded: bool = False


SIGN_ACTION = "signature.sign"
# Written out, not bound: the planners use the partial index ix_audit_event_sign (the sign
# events by signature) only when they see the constant of its WHERE clause; bound, the
# look-up walked every signature.sign event of the trail.
_IS_SIGN_EVENT = AuditEvent.__table__.c.action == literal_column(f"'{SIGN_ACTION}'")  # type: ignore[attr-defined]
SIGNED_FIELD = "signed_hash"  # signatures made before the manifestation was signed record "content_hash"


def signed_hash(
    *, content_hash: str, printed_name: str, signer: str, role: str, meaning: str, signed_at: datetime,
    event_id: int, event_hash: str,
) -> str:
    """The hash a signature binds: content and manifestation and the approval's audit event."""
    payload = {
        "content_hash": content_hash, "printed_name": printed_name, "signer": signer, "role": role,
        "meaning": meaning, "signed_at": canonical_time(signed_at), "event_id": event_id,
        "event_hash": event_hash,
    }
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def sign_reason(*, meaning: str, printed_name: str, role: str, revision_number: int, signed_at: datetime) -> str:
    """The human-readable line of the ``signature.sign`` event."""
    return (
        f"{meaning} — {printed_name} ({role}), revision {revision_number}, "
        f"{as_utc(signed_at).strftime('%Y-%m-%d %H:%M:%S')} UTC"
    )


def check_signer(user: User, password: str | None) -> None:
    """The signer re-enters their password at the moment of signing (§11.200(a))."""
    if not user.password_hash:
        raise PermissionDenied(message("signature.no-password", user=user.name))
    if not password:
        raise PermissionDenied(message("signature.enter-password"))
    if not password_matches(user, password):
        raise PermissionDenied(message("signature.wrong-password"))


def revision_hash(session: Session, revision: Revision) -> str:
    """The content hash recomputed from a revision's stored content and its references."""
    references = session.execute(
        select(Reference).where(Reference.revision_id == revision.id).order_by(Reference.number)
    ).scalars()
    return content_hash(
        title=revision.title, body=revision.body, audience=revision.audience,
        last_updated=revision.last_updated,
        references=[
            ReferenceData(r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url) for r in references
        ],
    )


def signature_is_valid(session: Session, signature: Signature) -> bool:
    return check_signature(session, signature).valid


def check_signature(session: Session, signature: Signature) -> SignatureCheck:
    """Recompute the content hash and the signed hash; compare them with the ``signature.sign`` event."""
    return check_signatures(session, [signature])[signature.id]  # type: ignore[index]


CHECK_CHUNK = 500  # signatures checked with one set of queries (bounded IN lists)
SignatureRow = Signature | Row[Any]  # an entity, or a row of the signature table's columns


def check_signatures(
    session: Session, signatures: Sequence[SignatureRow], *, revisions: Mapping[int, Any] | None = None,
    references: Mapping[int, list[ReferenceData]] | None = None,
) -> dict[int, SignatureCheck]:
    """``check_signature`` for many signatures, by signature id, with one set of queries per chunk.

    An export checks every signature it vouches for, and verifying the trail checks every
    signature in the database: row by row that was six queries each. ``revisions`` (by id)
    with their ``references`` (by revision id, in number order), read by the caller in the
    same transaction, are not read again.
    """
    checks: dict[int, SignatureCheck] = {}
    for start in range(0, len(signatures), CHECK_CHUNK):
        chunk = signatures[start:start + CHECK_CHUNK]
        facts = _SignatureFacts.read(session, chunk, revisions or {}, references or {})
        checks.update((s.id, facts.check(s)) for s in chunk)  # type: ignore[misc]
    return checks


@dataclass
class _SignatureFacts:
    """What checking a chunk of signatures reads, read once for the chunk."""

    status: dict[int, str]  # article id: status
    latest: dict[int, int]  # article id: its latest signature's id
    revisions: dict[int, Any]  # rows of the revision table, by id
    references: dict[int, list[ReferenceData]]  # by revision id, in number order
    sign_events: dict[int, Any]  # rows of the audit_event table, by signature id: its first signature.sign event
    approvals: dict[int, Any]  # rows of the audit_event table, by id
    names: dict[int, str]  # user id: login name

    @classmethod
    def read(cls, session: Session, signatures: Sequence[SignatureRow], known: Mapping[int, Any],
             known_references: Mapping[int, list[ReferenceData]]) -> _SignatureFacts:
        # Rows of columns, not entities: building an ORM object per revision, reference and
        # event cost more than the queries (bench/export_bench.py --profile).
        article_ids = list({s.article_id for s in signatures})
        revisions = {s.revision_id: known[s.revision_id] for s in signatures if s.revision_id in known}
        revision_ids = list({s.revision_id for s in signatures} - set(revisions))
        revision_table, event_table = Revision.__table__, AuditEvent.__table__  # type: ignore[attr-defined]
        references = {i: known_references[i] for i in revisions if i in known_references}
        for revision_id, *fields in session.execute(
            select(Reference.revision_id, Reference.number, Reference.type, Reference.title, Reference.source,
                   Reference.year, Reference.doi, Reference.pmid, Reference.url)
            .where(col(Reference.revision_id).in_(revision_ids)).order_by(Reference.revision_id, Reference.number)
        ):
            references.setdefault(revision_id, []).append(ReferenceData(*fields))
        sign_events: dict[int, Any] = {}
        for event in session.execute(
            select(event_table).where(
                _IS_SIGN_EVENT, event_table.c.entity == "signature",
                event_table.c.entity_id.in_([s.id for s in signatures]),
            ).order_by(event_table.c.entity_id, event_table.c.id)  # the index's order: no sort, no other index
        ):
            sign_events.setdefault(event.entity_id, event)
        approval_ids = [s.audit_event_id for s in signatures if s.audit_event_id]
        return cls(
            status=dict(session.execute(  # type: ignore[arg-type]
                select(Article.id, Article.status).where(col(Article.id).in_(article_ids))).all()),
            latest=dict(session.execute(  # type: ignore[arg-type]
                select(Signature.article_id, func.max(Signature.id))
                .where(col(Signature.article_id).in_(article_ids)).group_by(Signature.article_id)).all()),
            revisions=revisions | {r.id: r for r in session.execute(
                select(revision_table).where(revision_table.c.id.in_(revision_ids)))},
            references=references,
            sign_events=sign_events,
            approvals={e.id: e for e in session.execute(
                select(event_table).where(event_table.c.id.in_(approval_ids)))} if approval_ids else {},
            names=dict(session.execute(  # type: ignore[arg-type]
                select(User.id, User.name).where(col(User.id).in_({s.user_id for s in signatures}))).all()),
        )

    def check(self, signature: SignatureRow) -> SignatureCheck:
        # Superseded: the signature stands only while its article is Approved and it is the latest one.
        superseded = (self.status.get(signature.article_id) != "Approved"
                      or self.latest.get(signature.article_id) != signature.id)

        def bad(problem: str) -> SignatureCheck:
            return SignatureCheck(False, f"signature {signature.id}: {problem}", superseded)

        revision = self.revisions.get(signature.revision_id)
        if revision is None or revision.article_id != signature.article_id:
            return bad("the signed revision is missing or belongs to another article")
        recomputed = content_hash(
            title=revision.title, body=revision.body, audience=revision.audience,
            last_updated=revision.last_updated, references=self.references.get(revision.id, []),  # type: ignore[arg-type]
        )
        if not signature.content_hash == revision.content_hash == recomputed:
            return bad(f"revision {revision.number} no longer matches the content hash that was signed")
        event = self.sign_events.get(signature.id)  # type: ignore[arg-type]
        if event is None:
            return bad("its signature.sign event is missing from the audit trail")
        if event_hash(event_id=event.id, at=event.at, prev_hash=event.prev_hash, data=event_data(event)) != event.hash:  # type: ignore[arg-type]
            return bad(f"its signature.sign event {event.id} was edited")
        if event.field == SIGNED_FIELD:
            approval = self.approvals.get(signature.audit_event_id) if signature.audit_event_id else None
            if approval is None or approval.action != "transition" or approval.article_id != signature.article_id:
                return bad("the approval event it is bound to is missing or is another event")
            expected = signed_hash(
                content_hash=signature.content_hash, printed_name=signature.printed_name,
                signer=self.names.get(signature.user_id, ""), role=signature.role, meaning=signature.meaning,
                signed_at=signature.signed_at, event_id=approval.id, event_hash=approval.hash,  # type: ignore[arg-type]
            )
            if expected != event.new_value:
                return bad(
                    f"what it shows (content, printed name, signer, role, meaning or time) is not what was "
                    f"signed (event {event.id})"
                )
        else:  # made before the manifestation was hashed: compare what the event recorded in words
            reason = sign_reason(
                meaning=signature.meaning, printed_name=signature.printed_name, role=signature.role,
                revision_number=revision.number, signed_at=signature.signed_at,
            )
            if event.new_value != signature.content_hash or event.reason != reason:
                return bad(f"what it shows is not what event {event.id} recorded at signing")
        return SignatureCheck(True, "", superseded)


def signature_views(session: Session, *, article_id: int | None = None, ids: list[int] | None = None) -> list[SignatureView]:
    # Each article's latest signature, worked out for the articles asked about only (an
    # export batch's), not for every signature the database holds.
    latest_of = select(Signature.article_id, func.max(Signature.id).label("latest"))
    if article_id is not None:
        latest_of = latest_of.where(Signature.article_id == article_id)
    if ids is not None:
        latest_of = latest_of.where(col(Signature.article_id).in_(
            select(Signature.article_id).where(col(Signature.id).in_(ids))))
    latest = latest_of.group_by(Signature.article_id).subquery()
    statement = (
        select(Signature, User.name, Revision.number, Article.status, latest.c.latest)
        .join(User, User.id == Signature.user_id)
        .outerjoin(Revision, Revision.id == Signature.revision_id)
        .outerjoin(Article, Article.id == Signature.article_id)
        .outerjoin(latest, latest.c.article_id == Signature.article_id)
        .order_by(Signature.id)
    )
    if article_id is not None:
        statement = statement.where(Signature.article_id == article_id)
    if ids is not None:
        statement = statement.where(Signature.id.in_(ids))  # type: ignore[union-attr]
    return [
        SignatureView(
            id=s.id, article_id=s.article_id, revision_id=s.revision_id, revision_number=number,  # type: ignore[arg-type]
            content_hash=s.content_hash, signer=name, printed_name=s.printed_name, role=s.role,
            meaning=s.meaning, signed_at=as_utc(s.signed_at), audit_event_id=s.audit_event_id,
            superseded=status != "Approved" or latest != s.id,
        )
        for s, name, number, status, latest in session.execute(statement)
    ]
