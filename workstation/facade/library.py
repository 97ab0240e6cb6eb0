"""Facade operations on the library: import, list, search, show, seed, users."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import Session, col

from db import library as library_queries
from db.tables import Article, Citation, Claim, Meta, Reference, Revision, Section, User, Verdict
from workstation.changes import OpChanges
from workstation.errors import DatabaseBusy, NotFound, PermissionDenied, ValidationError
from workstation.facade.base import SYSTEM_ACTOR, FacadeBase
from workstation.importers import read_article
from workstation.importers.batch import prepare_files
from workstation.model import ArticleDraft, normalize_status
from workstation.store import NewArticle, insert_articles
from workstation.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimView,
    ReferenceView,
    SectionView,
    VerdictView,
)

SEEDED_KEY = "seeded"
IMPORT_BATCH = 200  # at most this many articles per write transaction
FIRST_BATCH = 8
# A write transaction of an import aims to hold the write lock no longer than this, so other
# desks and processes wait far less than the busy timeout; the batch size follows the measured time.
IMPORT_TRANSACTION_SECONDS = 0.25
FIRST_PAGE = 100


@dataclass
class BatchSizer:
    """How many articles the next write transaction takes, from how long the last ones took."""

    size: int = FIRST_BATCH

    def measured(self, articles: int, seconds: float) -> None:
        if articles and seconds > 0:
            per_article = seconds / articles
            self.size = max(1, min(IMPORT_BATCH, int(IMPORT_TRANSACTION_SECONDS / per_article)))


@dataclass(frozen=True)
class LibraryPage:
    """Every matching id in display order, with the rows of the first ones already loaded."""

    ids: list[int]
    rows: dict[int, ArticleSummary]


@dataclass(frozen=True)
class Duplicate:
    """An import item whose content is already stored as article ``of``."""

    of: int


@dataclass(frozen=True)
class ImportedArticle:
    id: int
    title: str
    file: str


@dataclass(frozen=True)
class ImportFailure:
    file: str
    error: str


@dataclass(frozen=True)
class DuplicateImport:
    """A file whose content (title, body, references …) is already stored."""

    file: str
    id: int
    title: str

    @property
    def message(self) -> str:
        return f"already stored as article {self.id}"


@dataclass(frozen=True)
class ImportReport:
    imported: tuple[ImportedArticle, ...]
    failed: tuple[ImportFailure, ...]
    changes: OpChanges
    warnings: tuple[str, ...] = ()
    cancelled: bool = False
    duplicates: tuple[DuplicateImport, ...] = ()

    def as_json(self) -> dict:
        return {
            "imported": [{"id": a.id, "title": a.title, "file": a.file} for a in self.imported],
            "failed": [{"file": f.file, "error": f.error} for f in self.failed],
            "duplicates": [
                {"file": d.file, "id": d.id, "title": d.title, "message": d.message} for d in self.duplicates
            ],
        }


def status_filter(status: str | None) -> str | None:
    """'due' or a canonical status name (None for all)."""
    if not status or status.strip().lower() == "all":
        return None
    if status.strip().lower() in ("due", "due for re-review"):
        return library_queries.DUE
    try:
        return normalize_status(status)
    except ValueError as exc:
        raise ValidationError(f"status: {exc}; or 'due'") from exc


class LibraryOps(FacadeBase):
    # ------------------------------------------------------------------ import
    def import_files(
        self,
        *,
        paths: Sequence[str | Path],
        user: str | None = None,
        progress: Callable[[int, int], bool] | None = None,
        workers: int | None = None,
    ) -> ImportReport:
        """Import each file on its own: one bad file does not stop the rest.

        Every article goes in with all its rows in one transaction; several share
        one only as long as it stays short (about a quarter of a second), so the
        write lock is never held for long. A file whose content is already stored
        (same content hash) is not stored again: it is listed in ``duplicates``.
        ``progress(done, total)`` is called after every file; returning False
        cancels the files not yet read (those already read are still stored).
        """
        with self._read() as session:
            self._actor(session, user)  # a refused sign-in refuses the whole import before any work
        imported: list[ImportedArticle] = []
        failed: list[ImportFailure] = []
        duplicates: list[DuplicateImport] = []
        warnings: list[str] = []
        pending: list[tuple[str, NewArticle]] = []
        total = len(paths)
        cancelled = False
        sizer = BatchSizer()

        def flush() -> None:
            started = time.perf_counter()
            stored = self._store_prepared(pending, user, failed)
            sizer.measured(len(pending), time.perf_counter() - started)
            for (name, item), article_id in zip(pending, stored, strict=True):
                if isinstance(article_id, Duplicate):
                    duplicates.append(DuplicateImport(name, article_id.of, item.draft.title))
                    warnings.append(f"{name}: {duplicates[-1].message}, not stored again")
                elif article_id is not None:
                    imported.append(ImportedArticle(article_id, item.draft.title, name))
                    warnings.extend(f"{name}: {w}" for w in item.draft.warnings)
            pending.clear()

        results = prepare_files(paths, workers=workers)
        for done, (raw, result) in enumerate(zip(paths, results, strict=True), 1):
            if isinstance(result, str):
                failed.append(ImportFailure(str(raw), result))
            else:
                pending.append((str(raw), result))
            if len(pending) >= sizer.size:
                flush()
            if progress is not None and not progress(done, total):
                cancelled = done < total
                break
        if hasattr(results, "close"):
            results.close()
        flush()
        order = {str(p): i for i, p in enumerate(paths)}
        failed.sort(key=lambda f: order.get(f.file, 0))
        changes = OpChanges(
            articles=frozenset(a.id for a in imported), library=bool(imported), undo_label="Import"
        )
        return ImportReport(tuple(imported), tuple(failed), changes, tuple(warnings), cancelled, tuple(duplicates))

    def _store_prepared(
        self, pending: list[tuple[str, NewArticle]], user: str | None, failed: list[ImportFailure]
    ) -> list[int | Duplicate | None]:
        """Store a batch in one transaction; if that fails, each article alone, so one bad one stays out."""
        if not pending:
            return []
        try:
            return self._insert_new([item for _, item in pending], user)
        except (NotFound, ValidationError, PermissionDenied, DatabaseBusy):
            raise
        except Exception:  # noqa: BLE001 - isolate the article at fault below
            if len(pending) == 1:
                raise
        stored: list[int | Duplicate | None] = []
        for name, item in pending:
            try:
                stored.extend(self._insert_new([item], user))
            except Exception as exc:  # noqa: BLE001 - reported per file, the rest go on
                failed.append(ImportFailure(name, f"could not be stored: {exc}"))
                stored.append(None)
        return stored

    def _insert_new(self, items: list[NewArticle], user: str | None) -> list[int | Duplicate]:
        """Store the items whose content is not stored yet, in one transaction; the others name their twin."""
        with self._write() as session:
            hashes = [item.draft.content_hash() for item in items]
            stored: dict[str, int] = dict(session.execute(
                select(Revision.content_hash, func.min(Revision.article_id))
                .where(col(Revision.content_hash).in_(set(hashes))).group_by(Revision.content_hash)
            ).all())
            fresh = [i for i, digest in enumerate(hashes) if digest not in stored and digest not in hashes[:i]]
            actor = self._actor(session, user)
            ids = insert_articles(
                session.connection(), [items[i] for i in fresh],
                user_id=actor.id if actor else None, actor=actor.name if actor else SYSTEM_ACTOR,
            )
        new = dict(zip(fresh, ids, strict=True))
        first = {hashes[i]: article_id for i, article_id in new.items()}
        return [new[i] if i in new else Duplicate(stored.get(h) or first[h]) for i, h in enumerate(hashes)]

    def _insert_batch(self, items: list[NewArticle], user: str | None) -> list[int]:
        with self._write() as session:
            actor = self._actor(session, user)
            return insert_articles(
                session.connection(),
                items,
                user_id=actor.id if actor else None,
                actor=actor.name if actor else SYSTEM_ACTOR,
            )

    def import_drafts(
        self, *, drafts: Sequence[ArticleDraft], user: str | None = None, files: Sequence[str] | None = None
    ) -> list[int]:
        """Store parsed articles, in batches of one transaction each; returns their ids."""
        names = list(files) if files is not None else [""] * len(drafts)
        ids: list[int] = []
        sizer = BatchSizer()
        while len(ids) < len(drafts):
            start = len(ids)
            chunk = zip(drafts[start:start + sizer.size], names[start:start + sizer.size], strict=True)
            started = time.perf_counter()
            ids.extend(self._insert_batch([NewArticle(d, n) for d, n in chunk], user))
            sizer.measured(len(ids) - start, time.perf_counter() - started)
        return ids

    def seed_if_empty(self, *, folder: Path | None = None) -> int:
        """Import the sample articles into an empty database, once in its life."""
        from seeds import seed_files

        with self._read() as session:
            if session.get(Meta, SEEDED_KEY) is not None:
                return 0
            if session.execute(select(Article.id).limit(1)).first() is not None:
                return 0
        files = seed_files(folder)
        drafts = [read_article(f) for f in files]
        with self._write() as session:
            if session.get(Meta, SEEDED_KEY) is not None:
                return 0  # another process seeded it first
            session.add(Meta(key=SEEDED_KEY, value=date.today().isoformat()))
            insert_articles(
                session.connection(),
                [NewArticle(d, f.name) for d, f in zip(drafts, files, strict=True)],
                user_id=None,
                actor=SYSTEM_ACTOR,
            )
        return len(drafts)

    # ------------------------------------------------------------------ read
    def list_articles(
        self,
        *,
        status: str | None = None,
        search: str = "",
        sort: str = "updated",
        descending: bool = True,
        offset: int = 0,
        limit: int | None = None,
    ) -> list[ArticleSummary]:
        """Library rows, filtered (status or 'due'), searched, sorted and paged in the database."""
        wanted = status_filter(status)
        today = self._today()
        with self._read() as session:
            rows = library_queries.summary_rows(
                session, status=wanted, search=search, sort=sort, descending=descending,
                offset=offset, limit=limit, today=today,
            )
            return [_summary(row, today) for row in rows]

    def article_ids(
        self, *, status: str | None = None, search: str = "", sort: str = "updated", descending: bool = True
    ) -> list[int]:
        """All matching ids in display order (a lazy table model fetches rows by id)."""
        with self._read() as session:
            return library_queries.article_ids(
                session, status=status_filter(status), search=search, sort=sort,
                descending=descending, today=self._today(),
            )

    def library_page(
        self, *, status: str | None = None, search: str = "", sort: str = "updated", descending: bool = True,
        around: int | None = None, rows: int = FIRST_PAGE,
    ) -> LibraryPage:
        """Matching ids in display order plus the rows a table shows first, in one read.

        The rows are those of the first ``rows`` ids, or of the ``rows`` ids
        around the article ``around`` (the one selected) when it is among them,
        so a search shows its results without a second round trip.
        """
        today = self._today()
        with self._read() as session:
            ids = library_queries.article_ids(
                session, status=status_filter(status), search=search, sort=sort, descending=descending, today=today,
            )
            start = 0
            if around is not None and rows:
                try:
                    start = max(0, ids.index(around) - rows // 2)
                except ValueError:
                    start = 0
            wanted = ids[start:start + rows]
            return LibraryPage(ids, _summaries(session, wanted, today) if wanted else {})

    def count_articles(self, *, status: str | None = None, search: str = "") -> int:
        """How many articles match the filter."""
        with self._read() as session:
            return library_queries.count_articles(
                session, status=status_filter(status), search=search, today=self._today()
            )

    def article_summaries(self, *, ids: Sequence[int]) -> dict[int, ArticleSummary]:
        """Library rows for these ids (any order; missing ids are left out)."""
        today = self._today()
        with self._read() as session:
            return _summaries(session, list(ids), today)

    def get_article(self, *, article_id: int) -> ArticleDetail:
        """One article in full at its current revision: body, sections, claims, references."""
        with self._read() as session:
            return load_detail(session, article_id, self._today())


def _summary(row, today: date) -> ArticleSummary:  # type: ignore[no-untyped-def]
    """An ArticleSummary from a row of ``db.library.SUMMARY_COLUMNS``."""
    (article_id, title, status, audience, last_updated, claims, reviewed, references, findings, reviewer,
     next_review, updated_at) = row
    return ArticleSummary(
        id=article_id, title=title, status=status, audience=audience, last_updated=last_updated,
        claims=claims, claims_reviewed=reviewed, references=references, findings=findings,
        assigned_reviewer=reviewer, next_review=next_review, updated_at=updated_at,
        due=bool(status == "Approved" and next_review and next_review <= today),  # past its re-review date
    )


def _summaries(session: Session, ids: list[int], today: date) -> dict[int, ArticleSummary]:
    return {row[0]: _summary(row, today) for row in library_queries.summary_rows(session, ids=ids, today=today)}


def load_detail(session: Session, article_id: int, today: date) -> ArticleDetail:
    article = session.get(Article, article_id)
    summary = _summaries(session, [article_id], today).get(article_id)
    if article is None or summary is None:
        raise NotFound(f"no article with id {article_id}")
    revision = session.get(Revision, article.current_revision_id)
    if revision is None:
        raise NotFound(f"article {article_id} has no revision")
    sections = session.execute(
        select(Section).where(Section.revision_id == revision.id).order_by(Section.position)
    ).scalars().all()
    references = session.execute(
        select(Reference).where(Reference.revision_id == revision.id).order_by(Reference.number)
    ).scalars().all()
    claims = session.execute(
        select(Claim).where(Claim.article_id == article_id).order_by(Claim.position, Claim.id)
    ).scalars().all()
    claim_ids = [c.id for c in claims]
    cites: dict[int, list[int]] = {}
    for claim_id, number in session.execute(
        select(Citation.claim_id, Citation.number).where(col(Citation.claim_id).in_(claim_ids)).order_by(Citation.id)
    ):
        cites.setdefault(claim_id, []).append(number)
    verdicts: dict[int, list[VerdictView]] = {}
    for v, name in session.execute(
        select(Verdict, User.name).outerjoin(User, User.id == Verdict.user_id)
        .where(col(Verdict.claim_id).in_(claim_ids)).order_by(Verdict.reference_number)
    ):
        verdicts.setdefault(v.claim_id, []).append(
            VerdictView(v.claim_id, v.reference_number, v.verdict, v.evidence, v.note, name or "",
                        v.updated_at, v.needs_recheck)
        )
    headings = {s.id: s.heading for s in sections}
    known = {r.number for r in references}
    cited = {n for numbers in cites.values() for n in numbers}
    names = dict(session.execute(
        select(User.id, User.name).where(col(User.id).in_([article.created_by_id, article.last_edited_by_id]))
    ).all())
    return ArticleDetail(
        summary=summary,
        topic=article.topic,
        authors=tuple(json.loads(article.authors or "[]")),
        source_format=article.source_format,
        source_file=article.source_file,
        version=article.version,
        revision_id=revision.id,  # type: ignore[arg-type]
        revision_number=revision.number,
        content_hash=revision.content_hash,
        body=revision.body,
        sections=tuple(SectionView(s.position, s.heading, s.level, s.kind, s.start, s.end) for s in sections),
        claims=tuple(
            ClaimView(
                id=c.id, position=c.position, text=c.text, quote=c.quote,  # type: ignore[arg-type]
                section=headings.get(c.section_id), citations=tuple(cites.get(c.id, ())),  # type: ignore[arg-type]
                unresolved=tuple(n for n in cites.get(c.id, ()) if n not in known),  # type: ignore[arg-type]
                start=c.start, end=c.end, orphaned=c.orphaned, anchor_score=c.anchor_score,
                needs_citation=c.needs_citation, origin=c.origin,
                verdicts=tuple(verdicts.get(c.id, ())),  # type: ignore[arg-type]
            )
            for c in claims
        ),
        references=tuple(
            ReferenceView(r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url, r.number in cited)
            for r in references
        ),
        created_by=names.get(article.created_by_id),
        last_edited_by=names.get(article.last_edited_by_id),
    )


__all__ = ["ImportFailure", "ImportReport", "ImportedArticle", "LibraryOps", "LibraryPage", "load_detail"]
