"""Facade operations that bring articles in: import files or drafts, and the sample articles once.

An article is parsed, its claims extracted and its automated checks run before the
write transaction that stores it all (in worker processes for a large import of files).
An import stores articles in write transactions sized to last about a quarter of a
second (the size follows the measured time), so the write lock is never held long
enough for another desk to reach its busy timeout. Content already stored (the same
content hash) is reported as a duplicate and not stored again.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlmodel import col

from db.tables import Article, Meta, Revision
from workstation.changes import OpChanges
from workstation.errors import DatabaseBusy, NotFound, PermissionDenied, ValidationError
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.import_reading import read_files
from workstation.facade.manager import Manager
from workstation.importers import read_article
from workstation.model import ArticleDraft
from workstation.store import NewArticle, insert_articles, prepare

SEEDED_KEY = "seeded"
IMPORT_BATCH = 200  # at most this many articles per write transaction
FIRST_BATCH = 8
# A write transaction of an import aims to hold the write lock no longer than this, so other
# desks and processes wait far less than the busy timeout; the batch size follows the measured time.
IMPORT_TRANSACTION_SECONDS = 0.25

@dataclass
class BatchSizer:
    """How many articles the next write transaction takes, from how long the last ones took."""

    size: int = FIRST_BATCH

    def measured(self, articles: int, seconds: float) -> None:
        if articles and seconds > 0:
            per_article = seconds / articles
            self.size = max(1, min(IMPORT_BATCH, int(IMPORT_TRANSACTION_SECONDS / per_article)))


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

    @property
    def ids(self) -> tuple[int, ...]:
        """The ids of the articles stored, in order."""
        return tuple(a.id for a in self.imported)

    def as_json(self) -> dict:
        return {
            "imported": [{"id": a.id, "title": a.title, "file": a.file} for a in self.imported],
            "failed": [{"file": f.file, "error": f.error} for f in self.failed],
            "duplicates": [
                {"file": d.file, "id": d.id, "title": d.title, "message": d.message} for d in self.duplicates
            ],
        }



class ImportOps(Manager):
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

        results = read_files(paths, workers=workers)
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

    def import_drafts(
        self, *, drafts: Sequence[ArticleDraft], user: str | None = None, files: Sequence[str] | None = None
    ) -> ImportReport:
        """Store parsed articles in short write transactions, as :meth:`import_files` does.

        A draft whose content is already stored (same content hash), or that repeats an
        earlier draft of the same call, is not stored again: it is listed in ``duplicates``
        ("already stored as article N"). ``files`` names each draft in the report.
        """
        names = list(files) if files is not None else [""] * len(drafts)
        imported: list[ImportedArticle] = []
        duplicates: list[DuplicateImport] = []
        warnings: list[str] = []
        sizer = BatchSizer()
        position = 0
        while position < len(drafts):
            # parsed, claims extracted and checked before the write transaction, which stays short
            chunk = [(names[i], prepare(drafts[i], names[i]))
                     for i in range(position, min(len(drafts), position + sizer.size))]
            started = time.perf_counter()
            stored = self._insert_new([item for _, item in chunk], user)
            sizer.measured(len(chunk), time.perf_counter() - started)
            for (name, item), article_id in zip(chunk, stored, strict=True):
                if isinstance(article_id, Duplicate):
                    duplicates.append(DuplicateImport(name, article_id.of, item.draft.title))
                    warnings.append(f"{name or item.draft.title}: {duplicates[-1].message}, not stored again")
                else:
                    imported.append(ImportedArticle(article_id, item.draft.title, name))
            position += len(chunk)
        changes = OpChanges(
            articles=frozenset(a.id for a in imported), library=bool(imported), undo_label="Import"
        )
        return ImportReport(tuple(imported), (), changes, tuple(warnings), False, tuple(duplicates))

    def seed_if_empty(self, *, folder: Path | None = None) -> int:
        """Import the sample articles into an empty database, once in its life (a team's database: never)."""
        from seeds import seed_files

        if self._core.team_mode:
            return 0  # a team database holds the board's own articles

        with self._read() as session:
            if session.get(Meta, SEEDED_KEY) is not None:
                return 0
            if session.execute(select(Article.id).limit(1)).first() is not None:
                return 0
        files = seed_files(folder)
        items = [prepare(read_article(f), f.name) for f in files]
        with self._write() as session:
            if session.get(Meta, SEEDED_KEY) is not None:
                return 0  # another process seeded it first
            session.add(Meta(key=SEEDED_KEY, value=date.today().isoformat()))
            insert_articles(session.connection(), items, user_id=None, actor=SYSTEM_ACTOR)
        return len(items)


__all__ = ["DuplicateImport", "ImportFailure", "ImportOps", "ImportReport", "ImportedArticle"]
