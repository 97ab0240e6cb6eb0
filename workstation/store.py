"""Writing articles and revisions: batched SQLAlchemy Core inserts.

An article goes in with all its rows (revision, sections, references, claims,
citations, search index, audit event) in the caller's one transaction. Rows are
inserted per table in batches with RETURNING, which is what lets an import of
thousands of articles run at hundreds per second.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, insert, update

from db.search import index_articles
from db.tables import Article, Citation, Claim, Reference, Revision, Section
from workstation.audit import EventData, append_events
from workstation.model import ArticleDraft
from workstation.structure import ExtractedClaim, analyze, extract_claims


@dataclass(frozen=True)
class NewArticle:
    draft: ArticleDraft
    source_file: str = ""


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _returning_ids(connection: Connection, table: type, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return [row[0] for row in connection.execute(statement, rows)]


def insert_articles(
    connection: Connection, items: list[NewArticle], *, user_id: int | None, actor: str
) -> list[int]:
    """Store new articles (revision 1 each); returns their ids in order."""
    if not items:
        return []
    now = datetime.now(UTC)
    structures = [analyze(item.draft.body) for item in items]
    claims_per = [extract_claims(item.draft.body) for item in items]
    article_ids = _returning_ids(
        connection,
        Article,
        [
            {
                "title": it.draft.title,
                "status": it.draft.status or "Submitted",
                "audience": it.draft.audience,
                "topic": it.draft.topic,
                "authors": json.dumps(list(it.draft.authors), ensure_ascii=False),
                "last_updated": it.draft.last_updated,
                "source_format": it.draft.source_format,
                "source_file": it.source_file,
                "created_at": now,
                "updated_at": now,
                "created_by_id": user_id,
                "last_edited_by_id": user_id,
                "claims_count": len(claims),
                "references_count": len(it.draft.references),
            }
            for it, claims in zip(items, claims_per, strict=True)
        ],
    )
    revision_ids = insert_revisions(
        connection,
        [(aid, 1, it.draft) for aid, it in zip(article_ids, items, strict=True)],
        user_id=user_id,
        note="imported",
        now=now,
    )
    connection.execute(
        update(Article).where(Article.id == bindparam("aid")).values(current_revision_id=bindparam("rid")),  # type: ignore[arg-type]
        [{"aid": a, "rid": r} for a, r in zip(article_ids, revision_ids, strict=True)],
    )
    section_ids = insert_sections(connection, revision_ids, structures)
    claim_rows: list[dict] = []
    citations: list[tuple[int, tuple[int, ...]]] = []
    for aid, rid, sids, claims in zip(article_ids, revision_ids, section_ids, claims_per, strict=True):
        for position, claim in enumerate(claims):
            claim_rows.append(claim_row(aid, rid, sids, position, claim, now))
            citations.append((len(claim_rows) - 1, claim.citations))
    claim_ids = _returning_ids(connection, Claim, claim_rows)
    citation_rows = [
        {"claim_id": claim_ids[index], "number": n, "origin": "text"}
        for index, numbers in citations
        for n in numbers
    ]
    if citation_rows:
        connection.execute(insert(Citation), citation_rows)
    index_articles(
        connection, [(aid, it.draft.title, it.draft.body) for aid, it in zip(article_ids, items, strict=True)]
    )
    append_events(
        connection,
        [
            EventData(
                actor=actor,
                action="article.import",
                entity="article",
                entity_id=aid,
                article_id=aid,
                field="revision",
                new_value=f"revision 1 ({it.draft.content_hash()[:12]}) from {it.source_file or it.draft.source_format}",
            )
            for aid, it in zip(article_ids, items, strict=True)
        ],
    )
    return article_ids


def insert_revisions(
    connection: Connection,
    rows: list[tuple[int, int, ArticleDraft]],
    *,
    user_id: int | None,
    note: str,
    now: datetime,
) -> list[int]:
    """Insert (article id, revision number, draft) revisions with their references."""
    revision_ids = _returning_ids(
        connection,
        Revision,
        [
            {
                "article_id": aid,
                "number": number,
                "title": draft.title,
                "audience": draft.audience,
                "last_updated": draft.last_updated,
                "body": draft.body,
                "content_hash": draft.content_hash(),
                "note": note,
                "created_at": now,
                "created_by_id": user_id,
            }
            for aid, number, draft in rows
        ],
    )
    reference_rows = [
        {"article_id": aid, "revision_id": rid, **ref.as_dict()}
        for (aid, _n, draft), rid in zip(rows, revision_ids, strict=True)
        for ref in draft.references
    ]
    if reference_rows:
        connection.execute(insert(Reference), reference_rows)
    return revision_ids


def insert_sections(connection: Connection, revision_ids: list[int], structures: list) -> list[list[int]]:
    """Insert each revision's sections; returns their ids per revision, by position."""
    rows = [
        {
            "revision_id": rid, "position": s.position, "heading": s.heading, "level": s.level,
            "kind": s.kind, "start": s.start, "end": s.end,
        }
        for rid, structure in zip(revision_ids, structures, strict=True)
        for s in structure.sections
    ]
    ids = _returning_ids(connection, Section, rows)
    out: list[list[int]] = []
    cursor = 0
    for structure in structures:
        count = len(structure.sections)
        out.append(ids[cursor:cursor + count])
        cursor += count
    return out


def claim_row(
    article_id: int, revision_id: int, section_ids: list[int], position: int, claim: ExtractedClaim, now: datetime
) -> dict:
    return {
        "article_id": article_id,
        "revision_id": revision_id,
        "section_id": section_ids[claim.section] if claim.section < len(section_ids) else None,
        "position": position,
        "text": claim.text,
        "quote": claim.quote,
        "prefix": claim.prefix,
        "suffix": claim.suffix,
        "start": claim.start,
        "end": claim.end,
        "anchor_score": 1.0,
        "orphaned": False,
        "origin": "extracted",
        "needs_citation": False,
        "text_hash": text_hash(claim.text),
        "created_at": now,
    }
