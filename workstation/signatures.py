"""Electronic signatures (21 CFR Part 11 §11.50/§11.70).

A signature shows the signer's printed name, the date and time (UTC), the
meaning of the signature and the signer's role, and is bound to the signed
revision by that revision's content hash: it verifies only while the hash it
recorded equals both the revision's stored hash and a hash recomputed from the
revision's content, so an edited revision or a transplanted signature fails.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlmodel import Session

from db.tables import Reference, Revision, Signature, User
from workstation.errors import PermissionDenied
from workstation.model import ReferenceData, content_hash
from workstation.users import password_matches
from workstation.workflow import RULE_SIGNATURE


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

    def as_json(self) -> dict:
        return {
            "id": self.id, "article_id": self.article_id, "revision": self.revision_number,
            "content_hash": self.content_hash, "signer": self.signer, "printed_name": self.printed_name,
            "role": self.role, "meaning": self.meaning, "signed_at": self.signed_at.isoformat(),
            "audit_event_id": self.audit_event_id,
        }


def as_utc(at: datetime) -> datetime:
    """SQLite hands back naive UTC times; PostgreSQL aware ones. Views are always aware."""
    return at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)


def check_signer(user: User, password: str | None) -> None:
    """The signer re-enters their password at the moment of signing (§11.200(a))."""
    if not user.password_hash:
        raise PermissionDenied(f"{RULE_SIGNATURE}: {user.name} has no password and cannot sign")
    if not password:
        raise PermissionDenied(f"{RULE_SIGNATURE}: enter your password to sign the approval")
    if not password_matches(user, password):
        raise PermissionDenied(f"{RULE_SIGNATURE}: the password is wrong; the approval was not signed")


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
    revision = session.get(Revision, signature.revision_id)
    if revision is None or revision.article_id != signature.article_id:
        return False
    return signature.content_hash == revision.content_hash == revision_hash(session, revision)


def signature_views(session: Session, *, article_id: int | None = None, ids: list[int] | None = None) -> list[SignatureView]:
    statement = (
        select(Signature, User.name, Revision.number)
        .join(User, User.id == Signature.user_id)
        .outerjoin(Revision, Revision.id == Signature.revision_id)
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
        )
        for s, name, number in session.execute(statement)
    ]
