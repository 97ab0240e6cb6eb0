"""Facade operations on the reference library: import, list, export, merge, matches, retractions."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from db import references as queries
from db.tables import Article, Finding, Reference, User
from db.tables.references import (
    LINKED,
    REJECTED,
    SUGGESTED,
    LibraryRecord,
    RecordConflict,
    ReferenceLink,
)
from workstation.audit import EventData, append_events
from workstation.changes import OpChanges
from workstation.checks.retracted import CODE as RETRACTED
from workstation.errors import ImportFailed, NotFound, ValidationError
from workstation.export.files import write_atomic
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.manager import Manager
from workstation.messages import message, message_of
from workstation.references.bibtex import write_bibtex
from workstation.references.csl_json import write_csl_json
from workstation.references.files import read_reference_file, read_reference_text
from workstation.references.library import link_rows, record_data, store_records
from workstation.references.matching import Candidate, Matcher
from workstation.references.retractions import RETRACTION, Notice, governing, read_retraction_csv
from workstation.references.ris import write_ris
from workstation.references.status import flags_for, notices_by_identifier, replace_retractions
from workstation.review import REVIEW_ROLES, current_revision, require_role
from workstation.revisions import check_revision
from workstation.views_references import (
    CitingReference,
    ConflictView,
    RecordDetail,
    ReferenceCounts,
    ReferenceExportReport,
    ReferenceImportFailure,
    ReferenceImportReport,
    RetractionImportReport,
)
from workstation.views_references import LibraryRecordView as RecordView

EXPORT_FORMATS = ("csl-json", "ris", "bibtex")


class ReferencesManager(Manager):
    """``ws.references``: the reference library — import, list, export, merge, matches, retractions."""

    # ------------------------------------------------------------------ import
    def import_references(
        self, *, paths: Sequence[str | Path], user: str | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ReferenceImportReport:
        """Read RIS, BibTeX, MEDLINE (.nbib) or CSL-JSON files into the library and link article references.

        Each file is read whole and stored in one transaction: a file with one
        bad record is refused (the error names its line or record) and stores
        nothing, while the other files go on. Duplicates merge by DOI, then
        PMID, then normalised title and year; disagreeing values are kept as
        conflicts. ``progress(done, total)`` returning False stops before the next file.
        """
        with self._read() as session:
            self._actor(session, user)  # a refused sign-in refuses the whole import before any work
        touched: list[int] = []
        linked: list[tuple[int, int]] = []
        failed: list[ReferenceImportFailure] = []
        merged = suggested = conflicts = 0
        for done, path in enumerate(paths, 1):
            name = str(path)
            try:
                fmt, records = read_reference_file(path)
                with self._write() as session:
                    acting = self._actor(session, user)
                    stored = store_records(session, records, f"{fmt}: {Path(path).name}")
                    new_links, new_suggestions = self._link_to(session, stored.ids)
                    append_events(session.connection(), [EventData(
                        actor=acting.name if acting else SYSTEM_ACTOR, action="references.import",
                        entity="library", field="records",
                        new_value=(f"{len(records)} {fmt} records from {Path(path).name}: {stored.created} new, "
                                   f"{stored.merged} merged, {stored.conflicts} conflicts kept, "
                                   f"{len(new_links)} references linked, {new_suggestions} suggested"),
                    )])
                touched.extend(stored.ids)
                merged += stored.merged
                conflicts += stored.conflicts
                suggested += new_suggestions
                linked.extend(new_links)
            except ImportFailed as exc:
                failed.append(ReferenceImportFailure(name, message_of(exc) or str(exc)))
            if progress is not None and not progress(done, len(paths)):
                break
        articles = frozenset(a for a, _ in linked)
        rechecked = self._recheck_flagged(articles)
        with self._read() as session:  # as stored after every file (a later file may add a PMID)
            rows = queries.records_by_id(session, list(dict.fromkeys(touched)))
            records = tuple(
                (r.id, r.title, r.doi, r.pmid) for r in (rows[i] for i in dict.fromkeys(touched) if i in rows)
            )
        return ReferenceImportReport(
            records=records, merged=merged, linked=tuple(dict.fromkeys(linked)),  # type: ignore[arg-type]
            failed=tuple(failed), suggested=suggested, conflicts=conflicts,
            changes=OpChanges(articles=articles, references=True, findings=bool(rechecked),
                              undo_label="Import references"),
        )

    @staticmethod
    def _link_to(session: Session, record_ids: Sequence[int]) -> tuple[list[tuple[int, int]], int]:
        """Match every current article reference against these records (the others were tried before)."""
        if not record_ids:
            return [], 0
        rows = []
        for part in queries.chunks(list(record_ids)):
            rows.extend(session.execute(select(
                LibraryRecord.id, LibraryRecord.doi, LibraryRecord.pmid, LibraryRecord.title_key, LibraryRecord.year,
            ).where(col(LibraryRecord.id).in_(part))).all())
        before = _count_links(session, SUGGESTED)
        new_links = link_rows(session, queries.reference_rows(session), Matcher(Candidate(*r) for r in rows))
        return new_links, _count_links(session, SUGGESTED) - before

    def _recheck_flagged(self, article_ids: frozenset[int]) -> int:
        """Run the checks again on the articles among these that cite a listed work."""
        if not article_ids:
            return 0
        with self._read() as session:
            rows = queries.reference_rows(session, article_ids=sorted(article_ids))
            flagged = sorted({f.article_id for f in flags_for(session, rows)})
        for article_id in flagged:
            with self._write() as session:
                article = session.get(Article, article_id)
                if article is not None and article.current_revision_id is not None:
                    check_revision(session, article, current_revision(session, article))
        return len(flagged)

    # ------------------------------------------------------------------ read
    def list_references(
        self, *, search: str = "", sort: str = "title", descending: bool = False,
        offset: int = 0, limit: int | None = None,
    ) -> list[RecordView]:
        """The library's records, searched (title, authors, journal, DOI, PMID) and sorted in the database;
        with ``limit``, that page only (views are built for those rows alone)."""
        with self._read() as session:
            ids = queries.record_ids(session, search=search, sort=sort, descending=descending,
                                     offset=offset, limit=limit)
            return _views(session, ids)

    def count_references(self, *, search: str = "") -> ReferenceCounts:
        """How many records match a search and how many of those are retracted (the panel asks this after
        showing the first page, so counting every match never delays it)."""
        with self._read() as session:
            total = queries.count_records(session, search=search)
            listed = queries.listed_records(session, search=search)
            by_key = notices_by_identifier(session, {doi for _, doi, _ in listed} - {""},
                                           {pmid for _, _, pmid in listed} - {""})
            natures = [getattr(_notice(by_key, doi, pmid), "nature", None) for _, doi, pmid in listed]
            return ReferenceCounts(total, natures.count(RETRACTION))

    def reference_record(self, *, record_id: int) -> RecordDetail:
        """One record with its conflicts, the article references linked to or suggested for it."""
        with self._read() as session:
            views = _views(session, [record_id])
            if not views:
                raise NotFound(f"no reference record with id {record_id}")
            row = session.get(LibraryRecord, record_id)
            assert row is not None
            conflicts = tuple(
                ConflictView(c.id, c.field, c.value, c.source)  # type: ignore[arg-type]
                for c in queries.conflicts_of(session, [record_id]).get(record_id, [])
            )
            citations = tuple(_citations(session, record_id))
            notice = governing(n for ns in notices_by_identifier(
                session, {row.doi} - {""}, {row.pmid} - {""}).values() for n in ns)
            return RecordDetail(
                views[0], conflicts, citations, tuple(json.loads(row.sources or "[]")),
                notice.reason if notice else "", notice.notice_id if notice else "",
            )

    def export_references(self, *, path: str | Path, fmt: str, ids: Sequence[int] | None = None) -> ReferenceExportReport:
        """Write the library (or the named records) as CSL-JSON, RIS or BibTeX, atomically."""
        fmt = fmt.strip().lower()
        if fmt not in EXPORT_FORMATS:
            raise ValidationError(f"format: one of {', '.join(EXPORT_FORMATS)}, not {fmt!r}")
        with self._read() as session:
            wanted = list(ids) if ids is not None else queries.record_ids(session, sort="id")
            rows = queries.records_by_id(session, wanted)
            pairs = [(i, record_data(rows[i])) for i in wanted if i in rows]
        if fmt == "csl-json":
            text = write_csl_json(pairs)
        elif fmt == "ris":
            text = write_ris(record for _, record in pairs)
        else:
            text = write_bibtex(pairs)
        target = Path(path)
        if target.parent and not target.parent.exists():
            raise ValidationError(f"out: the folder {target.parent} does not exist")
        write_atomic(target, text)
        return ReferenceExportReport(len(pairs), str(target))

    # ------------------------------------------------------------------ reviewer decisions
    def merge_references(self, *, keep_id: int, merge_id: int, user: str | None = None) -> OpChanges:
        """Merge record ``merge_id`` into ``keep_id`` by hand: fields it lacks are filled, differing values
        kept as conflicts, its links moved; ``merge_id`` is then removed."""
        from workstation.references.merge import merge

        if keep_id == merge_id:
            raise ValidationError(message("references.merge-same"))
        with self._write() as session:
            acting = self._decider(session, user, "merge reference records")
            rows = queries.records_by_id(session, [keep_id, merge_id])
            for rid in (keep_id, merge_id):
                if rid not in rows:
                    raise NotFound(f"no reference record with id {rid}")
            keep, gone = rows[keep_id], rows[merge_id]
            outcome = merge(record_data(keep), record_data(gone))
            if outcome.fill:
                filled = replace(record_data(keep), **outcome.fill)  # type: ignore[arg-type]
                session.execute(update(LibraryRecord).where(LibraryRecord.id == keep_id).values(  # type: ignore[arg-type]
                    **{k: (json.dumps(list(v), ensure_ascii=False) if k == "authors" else v)
                       for k, v in outcome.fill.items()}, title_key=filled.title_key,
                ))
            held = {(c.field, c.value) for c in queries.conflicts_of(session, [keep_id]).get(keep_id, [])}
            for name, value in outcome.conflicts:
                if (name, value) not in held:
                    session.add(RecordConflict(record_id=keep_id, field=name, value=value, source=f"merged #{merge_id}"))
            session.execute(update(RecordConflict).where(RecordConflict.record_id == merge_id)  # type: ignore[arg-type]
                            .values(record_id=keep_id))
            moved = _move_links(session, merge_id, keep_id)
            sources = list(dict.fromkeys([*json.loads(keep.sources or "[]"), *json.loads(gone.sources or "[]")]))
            session.execute(update(LibraryRecord).where(LibraryRecord.id == keep_id)  # type: ignore[arg-type]
                            .values(sources=json.dumps(sources, ensure_ascii=False)))
            session.execute(delete(LibraryRecord).where(LibraryRecord.id == merge_id))  # type: ignore[arg-type]
            ids = tuple(append_events(session.connection(), [EventData(
                actor=acting, action="references.merge", entity="library_record", entity_id=keep_id,
                field="record", old_value=f"#{merge_id} {gone.title}", new_value=f"#{keep_id} {keep.title}",
            )]))
        return OpChanges(articles=frozenset(moved), references=True, undo_label="Merge references", event_ids=ids)

    def decide_reference_match(
        self, *, article_id: int, number: int, record_id: int, accept: bool, user: str | None = None
    ) -> OpChanges:
        """Accept (link) or reject a suggested record for reference ``number`` of an article; accepting
        a record that was not suggested links it by hand."""
        with self._write() as session:
            acting = self._decider(session, user, "link references")
            ref = _current_reference(session, article_id, number)
            if session.get(LibraryRecord, record_id) is None:
                raise NotFound(f"no reference record with id {record_id}")
            link = session.execute(select(ReferenceLink).where(
                ReferenceLink.reference_id == ref.id, ReferenceLink.record_id == record_id)).scalar_one_or_none()
            if accept:
                # one record per reference: any other link becomes a rejected suggestion
                session.execute(update(ReferenceLink).where(
                    ReferenceLink.reference_id == ref.id, ReferenceLink.record_id != record_id,  # type: ignore[arg-type]
                    ReferenceLink.state == LINKED).values(state=REJECTED))
            state = LINKED if accept else REJECTED
            if link is None:
                session.add(ReferenceLink(reference_id=ref.id, record_id=record_id, state=state,  # type: ignore[arg-type]
                                          method="reviewer", score=100.0))
            else:
                link.state, link.method = state, "reviewer" if accept else link.method
                session.add(link)
            ids = tuple(append_events(session.connection(), [EventData(
                actor=acting, action="reference.link" if accept else "reference.reject", entity="reference",
                entity_id=ref.id, article_id=article_id, field="record",
                new_value=f"reference {number} -> record #{record_id}",
            )]))
        self._recheck_flagged(frozenset({article_id}))
        return OpChanges(articles=frozenset({article_id}), references=True, findings=True, event_ids=ids,
                         undo_label="Link reference" if accept else "Reject suggestion")

    def _decider(self, session: Session, user: str | None, what: str) -> str:
        acting: User | None = self._actor(session, user)
        if acting is None:
            return SYSTEM_ACTOR
        require_role(acting, REVIEW_ROLES, what)
        return acting.name

    # ------------------------------------------------------------------ retractions
    def import_retractions(self, *, path: str | Path, user: str | None = None) -> RetractionImportReport:
        """Replace the retraction list with the Retraction Watch CSV at ``path`` and flag cited works.

        The whole file is read before anything is stored; a broken row refuses
        the file (its line named) and keeps the list as it was. The checks run
        again on every article that cites a listed work, or did before.
        """
        notices = read_retraction_csv(read_reference_text(Path(path)))
        with self._write() as session:
            acting = self._decider(session, user, "import the retraction list")
            before = {a for (a,) in session.execute(_ARTICLES_WITH_RETRACTION_FINDINGS)}
            replace_retractions(session, notices)
            flags = flags_for(session, queries.reference_rows(session))
            append_events(session.connection(), [EventData(
                actor=acting, action="retractions.import", entity="retraction", field="records",
                new_value=f"{len(notices)} notices from {Path(path).name}; {len(flags)} cited works flagged",
            )])
        articles = sorted({f.article_id for f in flags} | before)
        for article_id in articles:
            with self._write() as session:
                article = session.get(Article, article_id)
                if article is not None and article.current_revision_id is not None:
                    check_revision(session, article, current_revision(session, article))
        return RetractionImportReport(
            len(notices), tuple((f.article_id, f.number, f.notice.nature) for f in flags),
            OpChanges(articles=frozenset(articles), references=True, findings=True,
                      undo_label="Import retractions"),
        )


def _count_links(session: Session, state: str) -> int:
    return int(session.execute(select(func.count()).select_from(ReferenceLink)
                               .where(ReferenceLink.state == state)).scalar_one())


def _current_reference(session: Session, article_id: int, number: int) -> Reference:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    ref = session.execute(select(Reference).where(
        Reference.revision_id == article.current_revision_id, Reference.number == number)).scalar_one_or_none()
    if ref is None:
        raise NotFound(f"article {article_id} lists no reference {number}")
    return ref


def _move_links(session: Session, old: int, new: int) -> set[int]:
    """Links of a merged-away record move to the one kept (unless that reference already has it)."""
    articles: set[int] = set()
    for link, article_id in session.execute(
        select(ReferenceLink, Reference.article_id).join(Reference, Reference.id == ReferenceLink.reference_id)
        .where(ReferenceLink.record_id == old)
    ).all():
        articles.add(article_id)
        clash = session.execute(select(ReferenceLink).where(
            ReferenceLink.reference_id == link.reference_id, ReferenceLink.record_id == new)).scalar_one_or_none()
        if clash is None:
            link.record_id = new
            session.add(link)
        else:
            if link.state == LINKED:
                clash.state = LINKED
                session.add(clash)
            session.delete(link)
    session.flush()
    return articles


def _views(session: Session, ids: Sequence[int]) -> list[RecordView]:
    rows = queries.record_rows(session, ids)
    citing = queries.citing_articles(session, list(rows))
    conflicts = queries.conflicts_of(session, list(rows))
    by_key = notices_by_identifier(session, {r.doi for r in rows.values()} - {""},
                                   {r.pmid for r in rows.values()} - {""})
    out = []
    for record_id in ids:
        row = rows.get(record_id)
        if row is None:
            continue
        notice = _notice(by_key, row.doi, row.pmid)
        out.append(RecordView(
            id=record_id, type=row.type, title=row.title, authors=tuple(json.loads(row.authors or "[]")),
            container=row.container, year=row.year, volume=row.volume, issue=row.issue, pages=row.pages,
            doi=row.doi, pmid=row.pmid, url=row.url, abstract=row.abstract,
            retraction=notice.nature if notice else None,
            retraction_date=notice.retraction_date if notice else None,
            articles=tuple(citing.get(record_id, ())), conflicts=len(conflicts.get(record_id, ())),
        ))
    return out


def _notice(by_key: dict, doi: str, pmid: str) -> Notice | None:
    """The governing notice of a record with this DOI and PMID, among notices keyed by identifier."""
    return governing({n for key in (f"doi:{doi}", f"pmid:{pmid}") for n in by_key.get(key, ())})


def _citations(session: Session, record_id: int) -> Iterator[CitingReference]:
    for link, ref, title in session.execute(
        select(ReferenceLink, Reference, Article.title)
        .join(Reference, Reference.id == ReferenceLink.reference_id)
        .join(Article, Article.id == Reference.article_id)
        .where(ReferenceLink.record_id == record_id, Reference.revision_id == Article.current_revision_id)
        .order_by(Article.id, Reference.number)
    ).all():
        yield CitingReference(ref.article_id, title, ref.number, ref.title, link.state, link.method, link.score)


_ARTICLES_WITH_RETRACTION_FINDINGS = select(Finding.article_id).distinct().where(Finding.code == RETRACTED)
