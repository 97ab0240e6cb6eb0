"""Queries of the reference library: candidates for dedupe and matching, the list, who cites what."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Row, Select, func, or_, select
from sqlmodel import Session, col

from db.tables import Article, Reference
from db.tables.references import LINKED, LibraryRecord, RecordConflict, ReferenceLink, Retraction

CHUNK = 500  # bound parameters per IN list (SQLite allows 32,766; PostgreSQL 65,535)
SORT_COLUMNS = {
    "id": LibraryRecord.id,
    "title": LibraryRecord.title_key,
    "year": LibraryRecord.year,
    "container": LibraryRecord.container,
    "authors": LibraryRecord.authors,
    "doi": LibraryRecord.doi,
    "pmid": LibraryRecord.pmid,
    "updated": LibraryRecord.updated_at,
}


def chunks(values: Sequence, size: int = CHUNK) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def match_candidates(session: Session | Connection) -> list[tuple]:
    """(id, doi, pmid, title_key, year) of every record: what matching and dedupe index."""
    return list(session.execute(select(
        LibraryRecord.id, LibraryRecord.doi, LibraryRecord.pmid, LibraryRecord.title_key, LibraryRecord.year,
    )).all())


def records_by_id(session: Session, ids: Sequence[int]) -> dict[int, LibraryRecord]:
    found: dict[int, LibraryRecord] = {}
    for part in chunks(list(ids)):
        for row in session.execute(select(LibraryRecord).where(col(LibraryRecord.id).in_(part))).scalars():
            found[row.id] = row  # type: ignore[index]
    return found


LISTED_COLUMNS = (LibraryRecord.id, LibraryRecord.type, LibraryRecord.title, LibraryRecord.authors,
                  LibraryRecord.container, LibraryRecord.year, LibraryRecord.volume, LibraryRecord.issue,
                  LibraryRecord.pages, LibraryRecord.doi, LibraryRecord.pmid, LibraryRecord.url,
                  LibraryRecord.abstract)


def record_rows(session: Session, ids: Sequence[int]) -> dict[int, Row]:
    """id -> the LISTED_COLUMNS of these records, as plain rows (no ORM objects: a list only reads them)."""
    found: dict[int, Row] = {}
    for part in chunks(list(ids)):
        for row in session.execute(select(*LISTED_COLUMNS).where(col(LibraryRecord.id).in_(part))):
            found[row.id] = row
    return found


def conflicts_of(session: Session, ids: Sequence[int]) -> dict[int, list[RecordConflict]]:
    found: dict[int, list[RecordConflict]] = {}
    for part in chunks(list(ids)):
        for row in session.execute(
            select(RecordConflict).where(col(RecordConflict.record_id).in_(part)).order_by(RecordConflict.id)
        ).scalars():
            found.setdefault(row.record_id, []).append(row)
    return found


SEARCH_COLUMNS = (LibraryRecord.title, LibraryRecord.authors, LibraryRecord.container, LibraryRecord.doi,
                  LibraryRecord.pmid)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _searched(statement: Select, search: str, dialect: str) -> Select:
    """Only the records holding every word of the search (at most 8) in one of SEARCH_COLUMNS, as written.

    SQLite's LIKE already ignores case as its lower() does (ASCII letters only), so the columns are
    matched as stored there, sparing a lowered copy of every value of every row; PostgreSQL's LIKE
    is case-sensitive and its lower() folds all letters, so the columns are lowered there."""
    for word in search.casefold().split()[:8]:
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(or_(*(
            (column if dialect == "sqlite" else func.lower(column)).like(pattern, escape="\\")
            for column in SEARCH_COLUMNS
        )))
    return statement


def record_ids(
    session: Session, *, search: str = "", sort: str = "title", descending: bool = False,
    offset: int = 0, limit: int | None = None,
) -> list[int]:
    """Ids of the records matching a search (title, authors, journal, DOI, PMID), sorted in the database;
    with ``limit``, only that page of them (the database stops once it has the page)."""
    column = SORT_COLUMNS.get(sort, LibraryRecord.title_key)
    order = col(column).desc() if descending else col(column).asc()
    tiebreak = col(LibraryRecord.id).desc() if descending else col(LibraryRecord.id).asc()
    statement = _searched(select(LibraryRecord.id), search, _dialect(session)).order_by(order, tiebreak)
    if offset:
        statement = statement.offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return list(session.execute(statement).scalars())


def count_records(session: Session, *, search: str = "") -> int:
    """How many records match a search (what ``record_ids`` would return in full)."""
    return int(session.execute(_searched(select(func.count(LibraryRecord.id)), search, _dialect(session))).scalar_one())


def listed_records(session: Session, *, search: str = "") -> list[tuple]:
    """(id, doi, pmid) of the records matching a search whose DOI or PMID is on the retraction list:
    the only ones that can be retracted, found in the same scan, so the rest are never looked at."""
    on_list = or_(
        (LibraryRecord.doi != "") & select(Retraction.id).where(Retraction.original_doi == LibraryRecord.doi).exists(),
        (LibraryRecord.pmid != "") & select(Retraction.id).where(Retraction.original_pmid == LibraryRecord.pmid).exists(),
    )  # EXISTS looks each identifier up in the list's index; IN would copy the whole list first
    statement = select(LibraryRecord.id, LibraryRecord.doi, LibraryRecord.pmid).where(on_list)
    return list(session.execute(_searched(statement, search, _dialect(session))).all())


def citing_articles(session: Session, ids: Sequence[int]) -> dict[int, list[int]]:
    """record id -> the articles whose current revision cites it (linked references only)."""
    found: dict[int, set[int]] = {}
    for part in chunks(list(ids)):
        for record_id, article_id in session.execute(
            select(ReferenceLink.record_id, Reference.article_id)
            .join(Reference, Reference.id == ReferenceLink.reference_id)
            .join(Article, Article.id == Reference.article_id)
            .where(col(ReferenceLink.record_id).in_(part), ReferenceLink.state == LINKED,
                   Reference.revision_id == Article.current_revision_id)
        ):
            found.setdefault(record_id, set()).add(article_id)
    return {k: sorted(v) for k, v in found.items()}


REFERENCE_COLUMNS = (Reference.id, Reference.article_id, Reference.revision_id, Reference.number,
                     Reference.title, Reference.year, Reference.doi, Reference.pmid)


def reference_rows(
    connection: Session | Connection, *, revision_ids: Sequence[int] | None = None,
    article_ids: Sequence[int] | None = None,
) -> list:
    """(id, article_id, revision_id, number, title, year, doi, pmid) of article references: those of
    the named revisions, else of the named articles' current revisions, else of every current revision."""
    if revision_ids is not None:
        rows: list = []
        for part in chunks(list(revision_ids)):
            rows.extend(connection.execute(
                select(*REFERENCE_COLUMNS).where(col(Reference.revision_id).in_(part)).order_by(Reference.id)
            ).all())
        return rows
    statement = select(*REFERENCE_COLUMNS).join(Article, Article.current_revision_id == Reference.revision_id)
    if article_ids is None:
        return list(connection.execute(statement.order_by(Reference.id)).all())
    rows = []
    for part in chunks(list(article_ids)):
        rows.extend(connection.execute(statement.where(col(Article.id).in_(part)).order_by(Reference.id)).all())
    return rows


def links_of(connection: Session | Connection, reference_ids: Sequence[int]) -> dict[int, list]:
    """reference id -> its links as (reference_id, record_id, state, method, score) rows."""
    found: dict[int, list] = {}
    for part in chunks(list(reference_ids)):
        for row in connection.execute(
            select(ReferenceLink.reference_id, ReferenceLink.record_id, ReferenceLink.state,
                   ReferenceLink.method, ReferenceLink.score)
            .where(col(ReferenceLink.reference_id).in_(part)).order_by(ReferenceLink.id)
        ):
            found.setdefault(row[0], []).append(row)
    return found


def linked_identifiers(connection: Session | Connection, reference_ids: Sequence[int]) -> dict[int, tuple]:
    """reference id -> (record id, DOI, PMID) of the library record it is linked to."""
    found: dict[int, tuple] = {}
    for part in chunks(list(reference_ids)):
        for reference_id, record_id, doi, pmid in connection.execute(
            select(ReferenceLink.reference_id, LibraryRecord.id, LibraryRecord.doi, LibraryRecord.pmid)
            .join(LibraryRecord, LibraryRecord.id == ReferenceLink.record_id)
            .where(col(ReferenceLink.reference_id).in_(part), ReferenceLink.state == LINKED)
        ):
            found[reference_id] = (record_id, doi, pmid)
    return found


NOTICE_COLUMNS = (Retraction.notice_id, Retraction.title, Retraction.journal, Retraction.nature,
                  Retraction.reason, Retraction.retraction_date, Retraction.retraction_doi,
                  Retraction.retraction_pmid, Retraction.original_doi, Retraction.original_pmid)


def notices_for(connection: Session | Connection, dois: Iterable[str], pmids: Iterable[str]) -> list:
    """Retraction notices (rows of NOTICE_COLUMNS) about any of these papers, by DOI or PMID."""
    doi_list, pmid_list = sorted({d for d in dois if d}), sorted({p for p in pmids if p})
    seen: dict[int, object] = {}
    for values, column in ((doi_list, Retraction.original_doi), (pmid_list, Retraction.original_pmid)):
        for part in chunks(values):
            for row in connection.execute(select(*NOTICE_COLUMNS, Retraction.id).where(col(column).in_(part))):
                seen[row[-1]] = row[:-1]
    return list(seen.values())
