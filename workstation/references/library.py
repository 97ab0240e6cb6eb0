"""Storing read records in the library (dedupe and merge) and linking article references to them.

All functions work inside the caller's one write transaction; a file whose
records cannot all be stored leaves nothing behind.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, update
from sqlmodel import Session

from db import references as queries
from db.tables.references import LINKED, SUGGESTED, LibraryRecord, RecordConflict, ReferenceLink
from workstation.references.matching import Candidate, Matcher
from workstation.references.merge import merge
from workstation.references.model import RecordData
from workstation.references.normalise import title_key


def record_data(row: LibraryRecord) -> RecordData:
    """A stored record as the writers and the merge read it."""
    return RecordData(
        type=row.type, title=row.title, authors=tuple(json.loads(row.authors or "[]")), container=row.container,
        year=row.year, volume=row.volume, issue=row.issue, pages=row.pages, doi=row.doi, pmid=row.pmid,
        url=row.url, abstract=row.abstract,
    )


def _columns(record: RecordData) -> dict:
    return {
        "type": record.type, "title": record.title, "title_key": record.title_key,
        "authors": json.dumps(list(record.authors), ensure_ascii=False), "container": record.container,
        "year": record.year, "volume": record.volume, "issue": record.issue, "pages": record.pages,
        "doi": record.doi, "pmid": record.pmid, "url": record.url, "abstract": record.abstract,
    }


class _Index:
    """Where a work already is: by DOI, then PMID, then normalised title and year."""

    def __init__(self) -> None:
        self.doi: dict[str, int] = {}
        self.pmid: dict[str, int] = {}
        self.title: dict[tuple[str, int | None], int] = {}

    def add(self, record_id: int, doi: str, pmid: str, key: str, year: int | None) -> None:
        if doi:
            self.doi.setdefault(doi, record_id)
        if pmid:
            self.pmid.setdefault(pmid, record_id)
        if key:
            self.title.setdefault((key, year), record_id)

    def find(self, record: RecordData) -> int | None:
        if record.doi and record.doi in self.doi:
            return self.doi[record.doi]
        if record.pmid and record.pmid in self.pmid:
            return self.pmid[record.pmid]
        key = record.title_key
        return self.title.get((key, record.year)) if key else None


@dataclass(frozen=True)
class Stored:
    ids: tuple[int, ...]  # every record the file created or merged into, in file order
    created: int
    merged: int
    conflicts: int


def store_records(session: Session, records: Sequence[RecordData], source: str) -> Stored:
    """Add records to the library, merging each into the one it duplicates (also within the file)."""
    index = _Index()
    for record_id, doi, pmid, key, year in queries.match_candidates(session):
        index.add(record_id, doi, pmid, key, year)
    held: dict[int, RecordData] = {}  # records merged into (existing ids > 0, new ones < 0)
    known_conflicts: dict[int, set[tuple[str, str]]] = {}
    sources: dict[int, list[str]] = {}
    new_conflicts: list[tuple[int, str, str]] = []
    touched: list[int] = []
    fresh: list[int] = []
    merged = 0
    for record in records:
        target = index.find(record)
        if target is None:
            target = -(len(fresh) + 1)
            fresh.append(target)
            held[target] = record
            known_conflicts[target] = set()
            sources[target] = [source]
        else:
            merged += 1
            if target not in held:
                _load(session, target, held, known_conflicts, sources)
            outcome = merge(held[target], record)
            if outcome.fill:
                held[target] = replace(held[target], **outcome.fill)  # type: ignore[arg-type]
            for name, value in outcome.conflicts:
                if (name, value) not in known_conflicts[target]:
                    known_conflicts[target].add((name, value))
                    new_conflicts.append((target, name, value))
            if source not in sources[target]:
                sources[target].append(source)
        current = held[target]
        index.add(target, current.doi, current.pmid, current.title_key, current.year)
        if target not in touched:
            touched.append(target)
    now = datetime.now(UTC)
    real = _insert_new(session, [held[i] for i in fresh], [sources[i] for i in fresh], now)
    ids = dict(zip(fresh, real, strict=True))
    for record_id in touched:
        if record_id > 0:
            session.execute(
                update(LibraryRecord).where(LibraryRecord.id == record_id)  # type: ignore[arg-type]
                .values(**_columns(held[record_id]), sources=json.dumps(sources[record_id], ensure_ascii=False),
                        updated_at=now)
            )
    if new_conflicts:
        session.execute(insert(RecordConflict), [
            {"record_id": ids.get(r, r), "field": name, "value": value, "source": source, "created_at": now}
            for r, name, value in new_conflicts
        ])
    return Stored(tuple(ids.get(r, r) for r in touched), len(fresh), merged, len(new_conflicts))


def _load(session: Session, record_id: int, held: dict, known: dict, sources: dict) -> None:
    row = queries.records_by_id(session, [record_id])[record_id]
    held[record_id] = record_data(row)
    known[record_id] = {(c.field, c.value) for c in queries.conflicts_of(session, [record_id]).get(record_id, [])}
    sources[record_id] = list(json.loads(row.sources or "[]"))


def _insert_new(session: Session, records: list[RecordData], sources: list[list[str]], now: datetime) -> list[int]:
    if not records:
        return []
    rows = [
        {**_columns(r), "sources": json.dumps(s, ensure_ascii=False), "created_at": now, "updated_at": now}
        for r, s in zip(records, sources, strict=True)
    ]
    statement = insert(LibraryRecord).returning(LibraryRecord.id, sort_by_parameter_order=True)  # type: ignore[arg-type]
    return [row[0] for row in session.execute(statement, rows)]


# ---------------------------------------------------------------- linking
def matcher(connection: Session | Connection) -> Matcher:
    return Matcher(Candidate(*row) for row in queries.match_candidates(connection))


def link_rows(connection: Session | Connection, rows: Sequence, found: Matcher | None = None) -> list[tuple[int, int]]:
    """Link (or suggest) records for these reference rows; returns (article, number) of new links.

    A reference already linked keeps its link; a record a reviewer rejected for
    it, or one already suggested, is not offered again.
    """
    found = found if found is not None else matcher(connection)
    if not found or not rows:
        return []
    existing = queries.links_of(connection, [r.id for r in rows])
    linked: list[tuple[int, int]] = []
    new_links: list[dict] = []
    replaced: list[int] = []
    now = datetime.now(UTC)
    for ref in rows:
        links = existing.get(ref.id, [])
        if any(link.state == LINKED for link in links):
            continue
        match = found.match(doi=ref.doi, pmid=ref.pmid, title=ref.title, year=ref.year)
        if match is None or any(link.record_id == match.record_id for link in links):
            continue
        if match.state == LINKED and any(link.state == SUGGESTED for link in links):
            replaced.append(ref.id)  # a certain match settles what was only suggested
        new_links.append({"reference_id": ref.id, "record_id": match.record_id, "state": match.state,
                          "method": match.method, "score": match.score, "created_at": now})
        if match.state == LINKED:
            linked.append((ref.article_id, ref.number))
    for part in queries.chunks(replaced):
        connection.execute(delete(ReferenceLink).where(
            ReferenceLink.reference_id.in_(part), ReferenceLink.state == SUGGESTED))  # type: ignore[attr-defined]
    if new_links:
        connection.execute(insert(ReferenceLink), new_links)
    return linked


def link_new_revisions(connection: Connection, revision_ids: Sequence[int]) -> list[tuple[int, int]]:
    """Link the references of freshly stored revisions (an import): nothing to do with an empty library."""
    found = matcher(connection)
    if not found:
        return []
    return link_rows(connection, queries.reference_rows(connection, revision_ids=revision_ids), found)


def carry_links(connection: Connection, old_revision_id: int, new_revision_id: int) -> None:
    """A saved revision keeps the links (and a reviewer's decisions) of references it did not change."""
    old = {r.number: r for r in queries.reference_rows(connection, revision_ids=[old_revision_id])}
    new = queries.reference_rows(connection, revision_ids=[new_revision_id])
    links = queries.links_of(connection, [r.id for r in old.values()])
    now = datetime.now(UTC)
    copies = []
    for ref in new:
        before = old.get(ref.number)
        if before is None or (title_key(before.title), before.doi, before.pmid, before.year) != (
            title_key(ref.title), ref.doi, ref.pmid, ref.year
        ):
            continue
        copies.extend({"reference_id": ref.id, "record_id": link.record_id, "state": link.state,
                       "method": link.method, "score": link.score, "created_at": now}
                      for link in links.get(before.id, []))
    if copies:
        connection.execute(insert(ReferenceLink), copies)
    link_new_revisions(connection, [new_revision_id])
