"""Which cited works are on the retraction list, and storing a new list.

A reference is matched by its own DOI or PMID and by those of the library
record it is linked to, so a reference written without identifiers is still
caught once it is linked to a record that has them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert
from sqlmodel import Session

from db import references as queries
from db.tables.references import LINKED, SUGGESTED, Retraction
from workstation.references.normalise import normalise_doi, normalise_pmid
from workstation.references.retractions import Notice, governing
from workstation.views_references import ReferenceLinkView

INSERT_BATCH = 5000


@dataclass(frozen=True)
class Flag:
    """A cited work on the retraction list: which article cites it as which number."""

    article_id: int
    reference_id: int
    number: int
    notice: Notice


def notices_by_identifier(connection: Session | Connection, dois: set[str], pmids: set[str]) -> dict[str, list[Notice]]:
    """'doi:…' / 'pmid:…' -> the notices about that paper."""
    found: dict[str, list[Notice]] = {}
    for row in queries.notices_for(connection, dois, pmids):
        notice = Notice(*row)
        if notice.original_doi:
            found.setdefault("doi:" + notice.original_doi, []).append(notice)
        if notice.original_pmid:
            found.setdefault("pmid:" + notice.original_pmid, []).append(notice)
    return found


def flags_for(connection: Session | Connection, rows: Sequence) -> list[Flag]:
    """The governing notice of every reference row (id, article_id, …, doi, pmid) that has one."""
    if not rows:
        return []
    linked = queries.linked_identifiers(connection, [r.id for r in rows])
    keys: dict[int, set[str]] = {}
    dois: set[str] = set()
    pmids: set[str] = set()
    for ref in rows:
        record = linked.get(ref.id)
        own = {normalise_doi(ref.doi), record[1] if record else ""} - {""}
        ids = {normalise_pmid(ref.pmid), record[2] if record else ""} - {""}
        dois |= own
        pmids |= ids
        keys[ref.id] = {"doi:" + d for d in own} | {"pmid:" + p for p in ids}
    if not (dois or pmids):
        return []
    by_key = notices_by_identifier(connection, dois, pmids)
    flags = []
    for ref in rows:
        notices = {n for key in keys[ref.id] for n in by_key.get(key, ())}
        notice = governing(notices)
        if notice is not None:
            flags.append(Flag(ref.article_id, ref.id, ref.number, notice))
    return flags


def notices_by_number(connection: Session | Connection, revision_id: int) -> dict[int, Notice]:
    """reference number -> governing notice, for one revision (what the check reads)."""
    rows = queries.reference_rows(connection, revision_ids=[revision_id])
    return {flag.number: flag.notice for flag in flags_for(connection, rows)}


def replace_retractions(connection: Session | Connection, notices: Sequence[Notice]) -> None:
    """The list is a snapshot of the whole dataset: the new one replaces the old, in one transaction."""
    connection.execute(delete(Retraction))
    columns = ("notice_id", "title", "journal", "nature", "reason", "retraction_date", "retraction_doi",
               "retraction_pmid", "original_doi", "original_pmid")
    for start in range(0, len(notices), INSERT_BATCH):
        connection.execute(insert(Retraction), [
            {name: getattr(n, name) for name in columns} for n in notices[start:start + INSERT_BATCH]
        ])


def link_views(connection: Session | Connection, rows: Sequence) -> dict[int, ReferenceLinkView]:
    """reference id -> its linked record, suggested records and retraction status (for show and the reader)."""
    if not rows:
        return {}
    ids = [r.id for r in rows]
    links = queries.links_of(connection, ids)
    linked = queries.linked_identifiers(connection, ids)
    flags = {f.reference_id: f.notice.nature for f in flags_for(connection, rows)}
    out: dict[int, ReferenceLinkView] = {}
    for ref_id in ids:
        record = linked.get(ref_id)
        method = next((link.method for link in links.get(ref_id, []) if link.state == LINKED), "")
        suggested = tuple(link.record_id for link in links.get(ref_id, []) if link.state == SUGGESTED)
        out[ref_id] = ReferenceLinkView(
            record_id=record[0] if record else None, doi=record[1] if record else "",
            pmid=record[2] if record else "", method=method, suggested=suggested, retraction=flags.get(ref_id),
        )
    return out
