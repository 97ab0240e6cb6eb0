"""Facade operations that export approved articles.

Only Approved articles export, and always their approved revision (the one the
signature is bound to), even when a newer draft exists. Every file is written
atomically; every export is audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlmodel import Session, col

from db.tables import Article, Finding, Reference, Revision, User
from workstation.audit import EventData, append_events, head_hash
from workstation.errors import NotFound, ValidationError, WorkflowError
from workstation.export.files import safe_filename, write_atomic
from workstation.export.html_page import render_html, render_index
from workstation.export.json_export import render_json
from workstation.export.markdown_export import render_markdown_export
from workstation.export.model import (
    ClaimExport,
    ExportArticle,
    FindingExport,
    IndexEntry,
    SignatureInfo,
    VerdictExport,
)
from workstation.export.pdf_source import pdf_document_html
from workstation.export.report import render_review_report_html
from workstation.facade.base import SYSTEM_ACTOR, FacadeBase
from workstation.facade.library import load_detail
from workstation.model import ArticleDraft, ReferenceData
from workstation.signatures import as_utc, signature_views

FORMATS = ("html", "md", "json", "pdf", "report", "report-pdf")
PdfWriter = Callable[[str, Path], None]


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

    def as_json(self) -> dict:
        return {
            "exported": [{"id": e.id, "file": e.file} for e in self.exported],
            "refused": [{"id": r.id, "reason": r.reason} for r in self.refused],
        }


class ExportOps(FacadeBase):
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
            return _export_data(session, article_id, self._today())

    def export_articles(
        self,
        *,
        ids: Sequence[int] | None = None,
        formats: Sequence[str] = ("html",),
        out_dir: str | Path,
        user: str | None = None,
        pdf_writer: PdfWriter | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ExportReport:
        """Export approved articles (all of them when ``ids`` is None); others are refused with the reason.

        ``pdf_writer(html, path)`` turns the print HTML into a PDF (the Qt layer provides it).
        """
        unknown = [f for f in formats if f not in FORMATS]
        if unknown or not formats:
            raise ValidationError(f"format: one of {', '.join(FORMATS)}, not {', '.join(unknown) or 'none'}")
        if any(f.endswith("pdf") for f in formats) and pdf_writer is None:
            raise ValidationError("format: PDF export needs the desktop renderer")
        folder = Path(out_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ValidationError(f"cannot create the folder {folder}: {exc.strerror or exc}") from exc
        wanted = list(ids) if ids is not None else self.approved_article_ids()
        exported: list[ExportedFile] = []
        refused: list[ExportRefusal] = []
        index_entries: list[IndexEntry] = []
        for done, article_id in enumerate(wanted, 1):
            try:
                article = self.export_article(article_id=article_id)
            except (WorkflowError, NotFound) as exc:
                refused.append(ExportRefusal(article_id, str(exc)))
                continue
            files: list[tuple[str, str]] = []
            for fmt in formats:
                path = folder / safe_filename(article.draft.title, article.id, _SUFFIX[fmt])
                try:
                    _write(fmt, article, path, pdf_writer)
                except OSError as exc:
                    refused.append(ExportRefusal(article_id, f"cannot write {path.name}: {exc.strerror or exc}"))
                    continue
                exported.append(ExportedFile(article_id, str(path), fmt))
                files.append((_LABEL[fmt], path.name))
            if files:
                index_entries.append(
                    IndexEntry(article.id, article.draft.title, article.approved_at, article.next_review, tuple(files))
                )
            if progress is not None and not progress(done, len(wanted)):
                break
        index_file = None
        if index_entries:
            index_path = folder / "index.html"
            write_atomic(index_path, render_index(index_entries))
            index_file = str(index_path)
        if exported:
            self._audit_exports(exported, user)
        return ExportReport(tuple(exported), tuple(refused), index_file)

    def _audit_exports(self, exported: list[ExportedFile], user: str | None) -> None:
        with self._write() as session:
            acting = self._actor(session, user)
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


def _write(fmt: str, article: ExportArticle, path: Path, pdf_writer: PdfWriter | None) -> None:
    if fmt == "html":
        write_atomic(path, render_html(article))
    elif fmt == "md":
        write_atomic(path, render_markdown_export(article))
    elif fmt == "json":
        write_atomic(path, render_json(article))
    elif fmt == "report":
        write_atomic(path, render_review_report_html(article))
    else:
        assert pdf_writer is not None
        html = pdf_document_html(article) if fmt == "pdf" else render_review_report_html(article)
        pdf_writer(html, path)


def _export_data(session: Session, article_id: int, today: date) -> ExportArticle:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article with id {article_id}")
    if article.status != "Approved" or article.approved_revision_id is None:
        raise WorkflowError(f"article {article_id} is {article.status}: only approved articles are exported")
    revision = session.get(Revision, article.approved_revision_id)
    if revision is None:
        raise NotFound(f"article {article_id}: its approved revision is missing")
    references = session.execute(
        select(Reference).where(Reference.revision_id == revision.id).order_by(Reference.number)
    ).scalars()
    draft = ArticleDraft(
        title=revision.title, body=revision.body, audience=revision.audience,
        last_updated=revision.last_updated, authors=tuple(json.loads(article.authors or "[]")),
        topic=article.topic, status="Approved", source_format="markdown",
        references=tuple(
            ReferenceData(r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url) for r in references
        ),
    )
    signed = [s for s in signature_views(session, article_id=article_id) if s.revision_id == revision.id]
    signature = signed[-1] if signed else None
    detail = load_detail(session, article_id, today)
    findings = session.execute(
        select(Finding, User.name).outerjoin(User, User.id == Finding.dismissed_by_id)
        .where(Finding.revision_id == revision.id).order_by(Finding.id)
    ).all()
    approved_at = as_utc(article.approved_at) if article.approved_at else (
        signature.signed_at if signature else as_utc(revision.created_at)
    )
    return ExportArticle(
        id=article_id,
        draft=draft,
        revision_id=revision.id,  # type: ignore[arg-type]
        content_hash=revision.content_hash,
        approved_at=approved_at,
        approved_by=signature.printed_name if signature else "",
        next_review=article.next_review,
        signature=SignatureInfo(
            printed_name=signature.printed_name, meaning=signature.meaning, signed_at=signature.signed_at,
            content_hash=signature.content_hash, role=signature.role,
        ) if signature else None,
        claims=tuple(
            ClaimExport(
                id=c.id, text=c.text, section=c.section, citations=c.citations,
                verdicts=tuple(
                    VerdictExport(v.reference, v.verdict, v.evidence, v.note, v.reviewer,
                                  as_utc(v.at) if v.at else approved_at)
                    for v in c.verdicts
                ),
            )
            for c in detail.claims
            if not c.orphaned
        ),
        findings=tuple(
            FindingExport(f.code, f.severity, f.message, f.excerpt, f.dismissed, name or "", f.dismissed_reason)
            for f, name in findings
        ),
        audit_head_hash=head_hash(session.connection()),
    )
