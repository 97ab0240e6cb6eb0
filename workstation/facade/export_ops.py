"""Facade operations that export approved articles.

Only Approved articles export, and always their approved revision (the one the
signature is bound to), even when a newer draft exists. Every file is written
atomically; every export is audited.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlmodel import col

from db.tables import (
    Article,
    Revision,
)
from workstation.audit import EventData, append_events
from workstation.audit_anchor import verify_trail
from workstation.errors import NotFound, ValidationError, WorkflowError
from workstation.export.bulk import REVIEW_FORMATS, BulkRenderer
from workstation.export.files import FileWriter, safe_filename, write_atomic
from workstation.export.html_page import render_index
from workstation.export.model import (
    ExportArticle,
    IndexEntry,
)
from workstation.facade.base import SYSTEM_ACTOR
from workstation.facade.export_data import export_data
from workstation.facade.manager import Manager
from workstation.messages import message, message_of
from workstation.model import as_utc
from workstation.references.styling import check_style, styled_references

FORMATS = ("html", "md", "json", "pdf", "report", "report-pdf")
PdfWriter = Callable[[str, Path], None]
EXPORT_BATCH = 50  # articles read with one set of queries
WRITE_AHEAD = 16  # articles whose files are being written while the next ones are read


@dataclass(frozen=True)
class ExportedFile:
    id: int
    file: str
    format: str


@dataclass(frozen=True)
class ExportRefusal:
    id: int
    reason: str


@dataclass(frozen=True)
class ExportReport:
    exported: tuple[ExportedFile, ...]
    refused: tuple[ExportRefusal, ...]
    index_file: str | None = None
    not_written: tuple[str, ...] = ()  # files other than articles' (index.html) that could not be written

    def summary(self) -> str:
        """One paragraph: what was written and what was not, and why."""
        lines = [f"{len(self.exported)} file(s) written for {len({e.id for e in self.exported})} article(s)"]
        lines += [f"not written for article {r.id}: {r.reason}" for r in self.refused]
        lines += [f"not written: {what}" for what in self.not_written]
        return "\n".join(lines)

    def as_json(self) -> dict:
        return {
            "exported": [{"id": e.id, "file": e.file} for e in self.exported],
            "refused": [{"id": r.id, "reason": r.reason} for r in self.refused],
        }


class ExportOps(Manager):
    def approved_article_ids(self) -> list[int]:
        """Every approved article, by id."""
        with self._read() as session:
            rows = session.execute(
                select(Article.id).where(col(Article.status) == "Approved").order_by(Article.id)
            )
            return [r[0] for r in rows]

    def export_article(self, *, article_id: int) -> ExportArticle:
        """Everything an export shows of one approved article, at its approved revision."""
        with self._read() as session:
            (article,) = export_data(session, [article_id])
        if not isinstance(article, ExportArticle):
            raise article
        return article

    def export_articles(
        self,
        *,
        ids: Sequence[int] | None = None,
        formats: Sequence[str] = ("html",),
        out_dir: str | Path,
        user: str | None = None,
        pdf_writer: PdfWriter | None = None,
        progress: Callable[[int, int], bool] | None = None,
        style: str | None = None,
    ) -> ExportReport:
        """Export approved articles (all of them when ``ids`` is None); others are refused with the reason.

        ``pdf_writer(html, path)`` turns the print HTML into a PDF (the Qt layer provides it).
        ``style`` ('ama' or 'vancouver') sets the HTML and PDF reference lists in that citation
        style; without it they read as the article writes them.
        """
        style = check_style(style)
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            raise ValidationError(f"format: one of {', '.join(FORMATS)}, not {', '.join(unknown) or 'none'}")
        if any(f.endswith("pdf") for f in formats) and pdf_writer is None:
            raise ValidationError(message("export.pdf-renderer"))
        with self._read() as session:
            # A named exporter must have signed in: refuse before any file is written, not after.
            self._actor(session, user, anonymous=True)
        folder = Path(out_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(message("export.folder", folder=str(folder), reason=str(exc.strerror or exc))) from exc
        wanted = list(ids) if ids is not None else self.approved_article_ids()
        exported: list[ExportedFile] = []
        refused: list[ExportRefusal] = []
        with self.engine.connect() as connection:
            trail = verify_trail(connection, self.url)
        if not trail.ok:
            # An export carries the trail's head as its anchor: never vouch for a broken trail.
            reason = f"the audit trail does not verify (event {trail.first_bad}: {trail.problem}); nothing was exported"
            return ExportReport((), tuple(ExportRefusal(i, reason) for i in wanted), None)
        index_entries: list[IndexEntry] = []

        def settle(entry: tuple[int, ExportArticle | str, list[tuple[str, Path, Future[None]]]]) -> None:
            """Record an article's files once written (or why one was not), in the order of ``wanted``."""
            article_id, article, writes = entry
            if not isinstance(article, ExportArticle):
                refused.append(ExportRefusal(article_id, article))
                return
            files: list[tuple[str, str]] = []
            for fmt, path, future in writes:
                try:
                    future.result()
                except OSError as exc:
                    refused.append(ExportRefusal(article_id, f"cannot write {path.name}: {exc.strerror or exc}"))
                    continue
                exported.append(ExportedFile(article_id, str(path), fmt))
                files.append((_LABEL[fmt], path.name))
            if files:
                index_entries.append(
                    IndexEntry(article.id, article.draft.title, article.approved_at, article.next_review, tuple(files))
                )

        # The files are rendered over the machine's cores (for a large export) while this
        # thread reads the next articles, and written on a few threads whose syncs overlap.
        pending: deque[tuple[int, ExportArticle | str, list[tuple[str, Path, Future[None]]]]] = deque()
        with BulkRenderer(formats, count=len(wanted)) as renderer, FileWriter() as writer:
            jobs = renderer.rendered(
                ((article_id, item), item if isinstance(item, ExportArticle) else None)
                for article_id, item in self._export_items(wanted, style, review=bool(REVIEW_FORMATS & set(formats)))
            )
            for done, ((article_id, article), texts) in enumerate(jobs, 1):
                if not isinstance(article, ExportArticle) or texts is None:
                    pending.append((article_id, message_of(article) or str(article), []))
                    continue
                writes = []
                for fmt, content in zip(formats, texts, strict=True):
                    path = folder / safe_filename(article.draft.title, article.id, _SUFFIX[fmt])
                    writes.append((fmt, path, _write(fmt, content, path, pdf_writer, writer)))
                pending.append((article_id, article, writes))
                while len(pending) > WRITE_AHEAD:
                    settle(pending.popleft())
                if progress is not None and not progress(done, len(wanted)):
                    break
            while pending:
                settle(pending.popleft())
        index_file = None
        not_written: list[str] = []
        if index_entries:
            index_path = folder / "index.html"
            try:
                write_atomic(index_path, render_index(index_entries))
                index_file = str(index_path)
            except OSError as exc:
                not_written.append(f"{index_path.name}: {exc.strerror or exc}")
        if exported:
            self._audit_exports(exported, user)
        return ExportReport(tuple(exported), tuple(refused), index_file, tuple(not_written))

    def _export_items(
        self, ids: Sequence[int], style: str | None = None, *, review: bool = True,
    ) -> Iterator[tuple[int, ExportArticle | NotFound | WorkflowError]]:
        """Each article's export data (or why it is refused), read ``EXPORT_BATCH`` at a time.

        Each batch is read in its own short read transaction, closed before the
        articles are handed on, so no read stays open while files are written.
        Without ``review`` the articles carry no review record (no format asked for shows it).
        """
        for start in range(0, len(ids), EXPORT_BATCH):
            batch = ids[start:start + EXPORT_BATCH]
            with self._read() as session:
                items = export_data(session, batch, review=review)
                if style:
                    items = [replace(item, styled_references=styled_references(
                        session, item.revision_id, item.draft.references, style))
                        if isinstance(item, ExportArticle) else item for item in items]
            yield from zip(batch, items, strict=True)

    def _audit_exports(self, exported: list[ExportedFile], user: str | None) -> None:
        with self._write() as session:
            acting = self._actor(session, user, anonymous=True)  # reading what was approved
            append_events(
                session.connection(),
                [
                    EventData(
                        actor=acting.name if acting else SYSTEM_ACTOR, action="article.export",
                        entity="article", entity_id=e.id, article_id=e.id, field="format",
                        new_value=f"{e.format}: {Path(e.file).name}",
                    )
                    for e in exported
                ],
            )

    def exportable_articles(self) -> list[IndexEntry]:
        """Every article an export would accept, by title: the approved revision's title, approval and next review.

        The entries carry no files; they are what an export dialog offers to choose from.
        """
        with self._read() as session:
            rows = session.execute(
                select(Article.id, Revision.title, Article.approved_at, Revision.created_at, Article.next_review)
                .join(Revision, Revision.id == Article.approved_revision_id)
                .where(col(Article.status) == "Approved")
                .order_by(Revision.title, Article.id)
            )
            return [
                IndexEntry(article_id, title, as_utc(approved_at or created_at), next_review)
                for article_id, title, approved_at, created_at, next_review in rows
            ]


_LABEL = {"html": "HTML", "md": "Markdown", "json": "JSON", "pdf": "PDF", "report": "Review report",
          "report-pdf": "Review report (PDF)"}
_SUFFIX = {"html": ".html", "md": ".md", "json": ".json", "pdf": ".pdf", "report": ".report.html",
           "report-pdf": ".report.pdf"}


def _write(fmt: str, content: str, path: Path, pdf_writer: PdfWriter | None, writer: FileWriter) -> Future[None]:
    """Write one rendered file; ``content`` is the print HTML for the PDF formats (printed here, in turn)."""
    if not fmt.endswith("pdf"):
        return writer.write(path, content)
    assert pdf_writer is not None
    future: Future[None] = Future()
    try:
        pdf_writer(content, path)
    except OSError as exc:
        future.set_exception(exc)
    else:
        future.set_result(None)
    return future
