"""The library list: filtered, sorted and paged in the database."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from db.search import matching_article_filter
from db.tables import Article, User

DUE = "due"
SORT_COLUMNS = {
    "id": Article.id,
    "title": Article.title,
    "status": Article.status,
    "audience": Article.audience,
    "findings": Article.open_findings,
    "claims_reviewed": Article.claims_reviewed,
    "last_updated": Article.last_updated,
    "next_review": Article.next_review,
    "updated": Article.updated_at,
}

Reviewer = aliased(User)


def _filtered(statement: Select, session: Session, *, status: str | None, search: str, today: date) -> Select:
    if status == DUE:
        statement = statement.where(
            col(Article.status) == "Approved", col(Article.next_review).is_not(None),
            col(Article.next_review) <= today,
        )
    elif status:
        statement = statement.where(col(Article.status) == status)
    if search:
        clause = matching_article_filter(session, search)
        if clause is not None:
            statement = statement.where(clause)
    return statement


def _ordered(statement: Select, sort: str, descending: bool) -> Select:
    if sort == "assigned_reviewer":
        column = Reviewer.name
    else:
        column = SORT_COLUMNS.get(sort, Article.updated_at)
    order = col(column).desc() if descending else col(column).asc()
    tiebreak = col(Article.id).desc() if descending else col(Article.id).asc()
    return statement.order_by(order, tiebreak)


def article_ids(
    session: Session, *, status: str | None, search: str, sort: str, descending: bool, today: date
) -> list[int]:
    """Every matching id in display order (what a lazy table model holds)."""
    statement = select(Article.id)
    if sort == "assigned_reviewer":
        statement = statement.outerjoin(Reviewer, Reviewer.id == Article.assigned_reviewer_id)
    statement = _ordered(_filtered(statement, session, status=status, search=search, today=today), sort, descending)
    return list(session.execute(statement).scalars())


def count_articles(session: Session, *, status: str | None, search: str, today: date) -> int:
    statement = _filtered(select(func.count(Article.id)), session, status=status, search=search, today=today)
    return int(session.execute(statement).scalar_one())


def library_rows(
    session: Session,
    *,
    ids: list[int] | None = None,
    status: str | None = None,
    search: str = "",
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = None,
    today: date,
):  # type: ignore[no-untyped-def]
    """Library rows (Article, reviewer name) by ids, or by filter with paging."""
    statement = select(Article, Reviewer.name).outerjoin(Reviewer, Reviewer.id == Article.assigned_reviewer_id)
    if ids is not None:
        statement = statement.where(col(Article.id).in_(ids))
    else:
        statement = _filtered(statement, session, status=status, search=search, today=today)
        statement = _ordered(statement, sort, descending).offset(offset)
        if limit is not None:
            statement = statement.limit(limit)
    return session.execute(statement).all()
