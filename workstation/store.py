"""Writing articles and revisions: batched SQLAlchemy Core inserts.

An article goes in with all its rows (revision, sections, references, claims,
citations, findings of the automated checks, search index, audit event) in the
caller's one transaction. Rows are inserted per table, one executemany each, with
their ids taken up front under the write lock: an INSERT … RETURNING per article and
per revision cost more of the writer's time than the rows of all the other tables.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import Connection, bindparam, insert, text, update

from db.search import index_articles
from db.tables import Article
from db.tables import Section as SectionRow
from workstation.audit import EventData, append_events
from workstation.model import ArticleDraft
from workstation.prepared import NewArticle, check_draft, prepare, text_hash
from workstation.references.library import link_new_revisions
from workstation.stored_checks import (
    FINDING_COLUMNS,
    checked_rows,
    finding_rows,
    retraction_notices,
)
from workstation.structure import ExtractedClaim, Section


def _returning_ids(connection: Connection, table: type, rows: list[dict]) -> list[int]:
    if not rows:
        return []
    statement = insert(table).returning(table.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
    return [row[0] for row in connection.execute(statement, rows)]


def _serial_ids(connection: Connection, name: str, count: int) -> list[int]:
    """The ids the table's own numbering gives the next ``count`` rows, taken under the write lock.

    SQLite numbers a new row one past the largest id; PostgreSQL takes the sequence's next
    values (which never hand out an id again, even one whose row was rolled back).
    """
    if connection.dialect.name != "postgresql" or not count:
        return _next_ids(connection, name, count)
    return sorted(connection.execute(
        text(f"SELECT nextval(pg_get_serial_sequence('{name}', 'id')) FROM generate_series(1, :n)"), {"n": count}
    ).scalars())


def _stamp(connection: Connection, now: datetime) -> datetime | str:
    """A time as the driver is given it: on SQLite the text SQLAlchemy's DateTime type writes and reads."""
    return now.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f") if connection.dialect.name == "sqlite" else now


def _day(connection: Connection, day: date | None) -> date | str | None:
    """A date as the driver is given it: on SQLite the text SQLAlchemy's Date type writes and reads."""
    return day.isoformat() if day is not None and connection.dialect.name == "sqlite" else day


def _next_ids(connection: Connection, name: str, count: int) -> list[int]:
    """Ids for rows inserted with explicit keys under the write lock (cheaper than RETURNING)."""
    first = int(connection.execute(text(f"SELECT coalesce(max(id), 0) FROM {name}")).scalar_one()) + 1
    if connection.dialect.name == "postgresql" and count:
        connection.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), :v)"), {"v": first + count - 1}
        )
    return list(range(first, first + count))


def _bulk_insert(connection: Connection, name: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """executemany straight through the driver: the hot path of a large import."""
    if not rows:
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join([mark] * len(columns))
    connection.exec_driver_sql(f'INSERT INTO "{name}" ({names}) VALUES ({marks})', rows)


# Every column of an article that has a value at import (the others keep their defaults: none, or
# the server's); version, claims reviewed and open findings start as the table's defaults say.
_ARTICLE_COLUMNS = (
    "id", "title", "status", "audience", "topic", "authors", "last_updated", "source_format", "source_file",
    "created_at", "updated_at", "created_by_id", "last_edited_by_id", "version", "claims_count", "claims_reviewed",
    "references_count", "open_findings",
)
_REVISION_COLUMNS = (
    "id", "article_id", "number", "title", "audience", "last_updated", "body", "content_hash", "note", "created_at",
    "created_by_id",
)
_SECTION_COLUMNS = ("id", "revision_id", "position", "heading", "level", "kind", "start", "end")
_CLAIM_COLUMNS = (
    "id", "article_id", "revision_id", "section_id", "position", "text", "quote", "prefix", "suffix",
    "start", "end", "anchor_score", "orphaned", "origin", "needs_citation", "text_hash", "created_at",
)


def insert_articles(
    connection: Connection, items: list[NewArticle], *, user_id: int | None, actor: str
) -> list[int]:
    """Store new articles (revision 1 each); returns their ids in order."""
    if not items:
        return []
    now = datetime.now(UTC)
    items = [it if it.findings is not None else prepare(it.draft, it.source_file) for it in items]
    article_ids = _serial_ids(connection, "article", len(items))
    stamp = _stamp(connection, now)
    _bulk_insert(connection, "article", _ARTICLE_COLUMNS, [
        (aid, it.draft.title, it.draft.status or "Submitted", it.draft.audience, it.draft.topic,
         json.dumps(list(it.draft.authors), ensure_ascii=False), _day(connection, it.draft.last_updated),
         it.draft.source_format, it.source_file, stamp, stamp, user_id, user_id, 1,
         len(it.claims), 0, len(it.draft.references), 0)
        for aid, it in zip(article_ids, items, strict=True)
    ])
    revision_ids = insert_revisions(
        connection,
        [(aid, 1, it.draft) for aid, it in zip(article_ids, items, strict=True)],
        user_id=user_id,
        note="imported",
        now=now,
    )
    link_new_revisions(connection, revision_ids)  # references the library already holds
    section_ids = _next_ids(connection, "section", sum(len(it.sections) for it in items))
    section_rows: list[tuple] = []
    claim_rows: list[tuple] = []
    citation_rows: list[tuple] = []
    finding_rows_: list[tuple] = []
    open_findings: list[dict] = []
    # The retraction check reads the database: articles citing a listed work are checked again with it.
    notices = retraction_notices(connection, revision_ids)
    first_claim = _next_ids(connection, "claim", sum(len(it.claims) for it in items))[:1]
    next_claim = first_claim[0] if first_claim else 0
    cursor = 0
    for aid, rid, it in zip(article_ids, revision_ids, items, strict=True):
        base, count = cursor, len(it.sections)
        section_rows.extend((section_ids[base + k], rid, *sec) for k, sec in enumerate(it.sections))
        cursor += count
        claims, first = it.claims, next_claim
        next_claim += len(claims)
        claim_rows.extend(
            (first + k, aid, rid, section_ids[base + sec] if sec < count else None, k, txt, quote, prefix, suffix,
             start, end, 1.0, False, "extracted", False, digest, stamp)
            for k, (sec, txt, quote, prefix, suffix, start, end, digest, _cites) in enumerate(claims)
        )
        citation_rows.extend((first + k, n, "text") for k, claim in enumerate(claims) for n in claim[8])
        spans = [(first + k, claim[5], claim[6]) for k, claim in enumerate(claims)]
        found = check_draft(it.draft, notices[rid]) if rid in notices else it.findings or ()
        finding_rows_.extend(finding_rows(aid, rid, found, spans))
        open_findings.append({"aid": aid, "rid": rid, "open": len(found)})
    _bulk_insert(connection, "section", _SECTION_COLUMNS, section_rows)
    _bulk_insert(connection, "claim", _CLAIM_COLUMNS, claim_rows)
    _bulk_insert(connection, "citation", ("claim_id", "number", "origin"), citation_rows)
    _bulk_insert(connection, "finding", FINDING_COLUMNS, finding_rows_)
    _bulk_insert(connection, "meta", ("key", "value"), checked_rows(revision_ids))
    connection.execute(
        update(Article).where(Article.id == bindparam("aid"))  # type: ignore[arg-type]
        .values(current_revision_id=bindparam("rid"), open_findings=bindparam("open")),
        open_findings,
    )
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
    revision_ids = _serial_ids(connection, "revision", len(rows))
    stamp = _stamp(connection, now)
    _bulk_insert(connection, "revision", _REVISION_COLUMNS, [
        (rid, aid, number, draft.title, draft.audience, _day(connection, draft.last_updated), draft.body,
         draft.content_hash(), note, stamp, user_id)
        for rid, (aid, number, draft) in zip(revision_ids, rows, strict=True)
    ])
    _bulk_insert(
        connection,
        "reference",
        ("article_id", "revision_id", "number", "type", "title", "source", "year", "doi", "pmid", "url"),
        [
            (aid, rid, r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url)
            for (aid, _n, draft), rid in zip(rows, revision_ids, strict=True)
            for r in draft.references
        ],
    )
    return revision_ids


def insert_sections(
    connection: Connection, revision_ids: list[int], sections_per: list[tuple[Section, ...]]
) -> list[list[int]]:
    """Insert each revision's sections; returns their ids per revision, by position."""
    rows = [
        {
            "revision_id": rid, "position": s.position, "heading": s.heading, "level": s.level,
            "kind": s.kind, "start": s.start, "end": s.end,
        }
        for rid, sections in zip(revision_ids, sections_per, strict=True)
        for s in sections
    ]
    ids = _returning_ids(connection, SectionRow, rows)
    out: list[list[int]] = []
    cursor = 0
    for sections in sections_per:
        count = len(sections)
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


__all__ = ["NewArticle", "claim_row", "insert_articles", "insert_revisions", "insert_sections", "prepare", "text_hash"]
