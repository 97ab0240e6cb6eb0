"""Facade operations on the library: list, search, show (imports: import_ops.py; users: users_ops.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, select
from sqlmodel import Session, col

from db import dashboard as dashboard_queries
from db import library as library_queries
from db.tables import Article, Citation, Claim, Reference, Revision, Section, User, Verdict
from workstation.errors import NotFound, ValidationError
from workstation.facade.manager import Manager
from workstation.model import normalize_status
from workstation.references.status import link_views
from workstation.reports.selections import ArticleSelection
from workstation.structure import Section as SectionData
from workstation.users import find_user
from workstation.views import (
    ArticleDetail,
    ArticleSummary,
    ClaimView,
    ReferenceView,
    VerdictView,
)
from workstation.views_references import ReferenceLinkView

FIRST_PAGE = 100


@dataclass(frozen=True)
class LibraryPage:
    """Matching ids in display order, with the rows of the first ones already loaded.

    ``complete`` False: only the first ids (``library_first_page``); the rest come with ``library_page``.
    """

    ids: list[int]
    rows: dict[int, ArticleSummary]
    complete: bool = True


PERSONAL_FILTERS = {"assigned": library_queries.ASSIGNED, "assigned to me": library_queries.ASSIGNED,
                    "approval": library_queries.AWAITING_APPROVAL,
                    "awaiting my approval": library_queries.AWAITING_APPROVAL}


def status_filter(status: str | None) -> str | None:
    """'due', 'overdue', 'assigned', 'approval' or a canonical status name (None for all)."""
    if not status or status.strip().lower() == "all":
        return None
    if status.strip().lower() in ("due", "due for re-review"):
        return library_queries.DUE
    if status.strip().lower() in ("overdue", "overdue assignments"):
        return library_queries.OVERDUE
    if status.strip().lower() in PERSONAL_FILTERS:
        return PERSONAL_FILTERS[status.strip().lower()]
    try:
        return normalize_status(status)
    except ValueError as exc:
        raise ValidationError(f"status: {exc}; or 'due', 'overdue', 'assigned' (to me), 'approval' (awaiting mine)") from exc


def _user_id(session: Session, wanted: str | None, user: str | None) -> int | None:
    """The id of the user whose queue a personal filter shows."""
    if wanted not in library_queries.PERSONAL:
        return None
    if not user:
        raise ValidationError("the filters 'assigned' and 'approval' show a user's own queue: say who (--as USER)")
    return find_user(session, user).id


class LibraryOps(Manager):
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
        user: str | None = None,
    ) -> list[ArticleSummary]:
        """Library rows, filtered (status, 'due', 'overdue', or ``user``'s 'assigned' / 'approval' queue), searched,
        sorted and paged in the database."""
        wanted = status_filter(status)
        today = self._today()
        with self._read() as session:
            rows = library_queries.summary_rows(
                session, status=wanted, search=search, sort=sort, descending=descending,
                offset=offset, limit=limit, today=today, user_id=_user_id(session, wanted, user),
            )
            return [_summary(row, today) for row in rows]

    def article_ids(
        self, *, status: str | None = None, search: str = "", sort: str = "updated", descending: bool = True,
        selection: ArticleSelection | None = None, user: str | None = None,
    ) -> list[int]:
        """All matching ids in display order (a lazy table model fetches rows by id).

        ``selection``: only the articles a dashboard figure counted; ``user``: whose queue
        the 'assigned' and 'approval' filters show.
        """
        wanted = status_filter(status)
        with self._read() as session:
            return library_queries.article_ids(
                session, status=wanted, search=search, sort=sort,
                descending=descending, today=self._today(), within=_within(selection),
                user_id=_user_id(session, wanted, user),
            ) or []

    def library_page(
        self, *, status: str | None = None, search: str = "", sort: str = "updated", descending: bool = True,
        around: int | None = None, rows: int = FIRST_PAGE, selection: ArticleSelection | None = None,
        user: str | None = None, cancelled: Callable[[], bool] | None = None,
    ) -> LibraryPage | None:
        """Matching ids in display order plus the rows a table shows first, in one read.

        The rows are those of the first ``rows`` ids, or of the ``rows`` ids
        around the article ``around`` (the one selected) when it is among them,
        so a search shows its results without a second round trip. ``selection``:
        only the articles a dashboard figure counted; ``user``: whose queue the
        'assigned' and 'approval' filters show. ``cancelled``, polled while the
        query runs (SQLite), abandons it: the answer is then None.
        """
        today = self._today()
        wanted = status_filter(status)
        with self._read() as session:
            ids = library_queries.article_ids(
                session, status=wanted, search=search, sort=sort, descending=descending, today=today,
                within=_within(selection), user_id=_user_id(session, wanted, user), cancelled=cancelled,
            )
            if ids is None:
                return None
            start = 0
            if around is not None and rows:
                try:
                    start = max(0, ids.index(around) - rows // 2)
                except ValueError:
                    start = 0
            wanted = ids[start:start + rows]
            return LibraryPage(ids, _summaries(session, wanted, today) if wanted else {})

    def library_first_page(
        self, *, status: str | None = None, search: str = "", sort: str = "updated", descending: bool = True,
        rows: int = FIRST_PAGE, selection: ArticleSelection | None = None, user: str | None = None,
    ) -> LibraryPage:
        """The first ``rows`` matching ids in display order and their rows, without listing every match.

        What a table shows at once for a new search, filter or sort; ``complete``
        says whether these are all the matches (else ``library_page`` lists them).
        """
        today = self._today()
        wanted = status_filter(status)
        with self._read() as session:
            ids = library_queries.first_ids(
                session, status=wanted, search=search, sort=sort, descending=descending, today=today,
                limit=rows + 1, within=_within(selection), user_id=_user_id(session, wanted, user),
            )
            complete = len(ids) <= rows
            ids = ids[:rows]
            return LibraryPage(ids, _summaries(session, ids, today) if ids else {}, complete)

    def count_articles(self, *, status: str | None = None, search: str = "",
                       selection: ArticleSelection | None = None, user: str | None = None) -> int:
        """How many articles match the filter."""
        wanted = status_filter(status)
        with self._read() as session:
            return library_queries.count_articles(
                session, status=wanted, search=search, today=self._today(),
                within=_within(selection), user_id=_user_id(session, wanted, user),
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


def _within(selection: ArticleSelection | None):  # type: ignore[no-untyped-def]
    if selection is None:
        return None
    return dashboard_queries.selection(selection.kind, selection.key, selection.since)


def _summary(row, today: date) -> ArticleSummary:  # type: ignore[no-untyped-def]
    """An ArticleSummary from a row of ``db.library.SUMMARY_COLUMNS``."""
    (article_id, title, status, audience, last_updated, claims, reviewed, references, findings, reviewer,
     next_review, updated_at, approver, due_date, checked) = row
    return ArticleSummary(
        id=article_id, title=title, status=status, audience=audience, last_updated=last_updated,
        claims=claims, claims_reviewed=reviewed, references=references, findings=findings,
        assigned_reviewer=reviewer, next_review=next_review, updated_at=updated_at,
        due=bool(status == "Approved" and next_review and next_review <= today),  # past its re-review date
        assigned_approver=approver, due_date=due_date,
        overdue=bool(due_date and due_date < today and status != "Approved"),  # an assigned review running late
        checked=bool(checked),
    )


def _summaries(session: Session, ids: list[int], today: date) -> dict[int, ArticleSummary]:
    return {row[0]: _summary(row, today) for row in library_queries.summary_rows(session, ids=ids, today=today)}


FETCH_BATCH = 2_000


# load_detail's selects, built once: building them afresh on each article switch cost the op runner's
# thread (and, through the interpreter lock, the window) more than SQLite took to run them.
_SECTIONS = select(Section).where(Section.revision_id == bindparam("revision")).order_by(Section.position)
_REFERENCES = select(Reference).where(Reference.revision_id == bindparam("revision")).order_by(Reference.number)
_CLAIMS = (select(Claim).where(Claim.article_id == bindparam("article")).order_by(Claim.position, Claim.id)
           .execution_options(yield_per=FETCH_BATCH))
_OF_ARTICLE = select(Claim.id).where(Claim.article_id == bindparam("article"))
_CITATIONS = (select(Citation.claim_id, Citation.number).where(col(Citation.claim_id).in_(_OF_ARTICLE))
              .order_by(Citation.id).execution_options(yield_per=FETCH_BATCH))
_VERDICTS = (select(Verdict, User.name).outerjoin(User, User.id == Verdict.user_id)
             .where(col(Verdict.claim_id).in_(_OF_ARTICLE)).order_by(Verdict.reference_number)
             .execution_options(yield_per=FETCH_BATCH))
_NAMES = select(User.id, User.name).where(col(User.id).in_(bindparam("users", expanding=True)))


def load_detail(session: Session, article_id: int, today: date) -> ArticleDetail:
    article = session.get(Article, article_id)
    summary = _summaries(session, [article_id], today).get(article_id)
    if article is None or summary is None:
        raise NotFound(f"no article with id {article_id}")
    revision = session.get(Revision, article.current_revision_id)
    if revision is None:
        raise NotFound(f"article {article_id} has no revision")
    sections = session.execute(_SECTIONS, {"revision": revision.id}).scalars().all()
    references = session.execute(_REFERENCES, {"revision": revision.id}).scalars().all()
    # An article may hold 60,000 claims: rows are fetched a batch at a time (one fetch of them all held the
    # interpreter lock, and so the window, for ~100 ms) and citations and verdicts found by a join, not a list
    # of 60,000 ids.
    claims = session.execute(_CLAIMS, {"article": article_id}).scalars().all()
    cites: dict[int, list[int]] = {}
    for claim_id, number in session.execute(_CITATIONS, {"article": article_id}):
        cites.setdefault(claim_id, []).append(number)
    verdicts: dict[int, list[VerdictView]] = {}
    for v, name in session.execute(_VERDICTS, {"article": article_id}):
        verdicts.setdefault(v.claim_id, []).append(
            VerdictView(v.claim_id, v.reference_number, v.verdict, v.evidence, v.note, name or "",
                        v.updated_at, v.needs_recheck)
        )
    headings = {s.id: s.heading for s in sections}
    links = link_views(session, references)
    known = {r.number for r in references}
    cited = {n for numbers in cites.values() for n in numbers}
    names = dict(session.execute(_NAMES, {"users": [article.created_by_id, article.last_edited_by_id]}).all())
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
        sections=tuple(SectionData(s.position, s.heading, s.level, s.kind, s.start, s.end) for s in sections),
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
        references=tuple(_reference_view(r, r.number in cited, links.get(r.id)) for r in references),
        created_by=names.get(article.created_by_id),
        last_edited_by=names.get(article.last_edited_by_id),
    )


def _reference_view(r: Reference, cited: bool, link: ReferenceLinkView | None) -> ReferenceView:
    link = link or ReferenceLinkView()
    return ReferenceView(
        r.number, r.type, r.title, r.source, r.year, r.doi, r.pmid, r.url, cited,
        record_id=link.record_id, record_doi=link.doi, record_pmid=link.pmid, match_method=link.method,
        suggested_records=link.suggested, retraction=link.retraction,
    )


__all__ = ["LibraryOps", "LibraryPage", "load_detail"]
