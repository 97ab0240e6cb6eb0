"""The automated checks of a revision, run when it is stored and kept with it.

A revision's findings are written in the transaction that stores the revision
(an import, a saved edit), so what the library counts and what the Findings tab
lists always agree, and reading them never writes. A Meta row
``checks.revision.<id>`` marks a revision whose checks ran.

An import runs the checks where it parses (:func:`prepared.check_draft`, possibly in a
worker process, sharing the parse with the claim extraction); only the retraction
check needs the database (the cited works' notices), so the articles citing a work
on the retraction list are checked again by the writer with their notices.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Connection, and_, select
from sqlmodel import Session

from db import references as queries
from db.library import current_revision_mark
from db.tables import Article, Meta
from db.tables.people import CHECKED_PREFIX
from db.tables.references import Retraction
from workstation.prepared import FindingTuple
from workstation.references.retractions import Notice
from workstation.references.status import flags_for
from workstation.review import claim_for_span

# Meta key set once every current revision was checked (a database from before checks ran at store time)
CHECKED_AT_STORE = "checks.at_store"

FINDING_COLUMNS = (
    "article_id", "revision_id", "code", "severity", "message", "message_params", "excerpt", "start", "end", "claim_id",
    "reference_number", "fingerprint", "dismissed", "dismissed_by_id", "dismissed_reason", "dismissed_at",
)


def checked_key(revision_id: int) -> str:
    return f"{CHECKED_PREFIX}{revision_id}"


def retraction_notices(connection: Connection, revision_ids: Sequence[int]) -> dict[int, dict[int, Notice]]:
    """revision id -> {reference number: governing notice}, for the revisions citing a listed work."""
    if not revision_ids or connection.execute(select(Retraction.id).limit(1)).first() is None:
        return {}
    rows = queries.reference_rows(connection, revision_ids=revision_ids)
    revision_of = {r.id: r.revision_id for r in rows}
    out: dict[int, dict[int, Notice]] = {}
    for flag in flags_for(connection, rows):
        out.setdefault(revision_of[flag.reference_id], {})[flag.number] = flag.notice
    return out


def finding_rows(
    article_id: int, revision_id: int, found: Sequence[FindingTuple], claim_spans: Sequence[tuple[int, int, int]]
) -> list[tuple]:
    """The rows of a new revision's findings (nothing to carry over: no one has dismissed any yet)."""
    claim_of = _span_lookup(claim_spans)
    return [
        (article_id, revision_id, code, severity, message, params, excerpt, start, end,
         claim_of(start, end), reference, fingerprint, False, None, "", None)
        for code, severity, message, params, excerpt, start, end, reference, fingerprint in found
    ]


def _span_lookup(spans: Sequence[tuple[int, int, int]]) -> Callable[[int | None, int | None], int | None]:
    """:func:`claim_for_span` over ``spans``; for claims in body order that do not overlap (as
    extracted), only the claims a finding's span reaches are looked at, found by bisection."""
    starts = [s for _, s, _ in spans]
    ends = [e for _, _, e in spans]
    ordered = all(e <= s for e, s in zip(ends, starts[1:], strict=False)) and all(
        s <= e for s, e in zip(starts, ends, strict=True)
    )
    if not ordered:
        return lambda start, end: claim_for_span(spans, start, end)

    def claim_of(start: int | None, end: int | None) -> int | None:
        if start is None or end is None:
            return None
        # claims ending after the finding starts and starting before it ends (as claim_for_span measures)
        first = bisect_right(ends, start)
        last = bisect_left(starts, max(end, start + 1))
        return claim_for_span(spans[first:last], start, end) if first < last else None

    return claim_of


def checked_rows(revision_ids: Sequence[int]) -> list[tuple[str, str]]:
    stamp = datetime.now(UTC).isoformat()
    return [(checked_key(rid), stamp) for rid in revision_ids]


def unchecked_articles(session: Session, *, skip_status: str) -> list[int]:
    """Articles whose current revision's checks never ran (a database from before they ran at store time)."""
    return list(session.execute(
        select(Article.id)
        .outerjoin(Meta, and_(Meta.key == current_revision_mark()))
        .where(Article.current_revision_id.is_not(None), Meta.key.is_(None),  # type: ignore[union-attr]
               Article.status != skip_status)
        .order_by(Article.id)
    ).scalars())
