"""The library list: filtered, sorted and paged in the database."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import ColumnElement, Select, String, bindparam, cast, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from db.dashboard import is_due, is_overdue_assignment
from db.driver import driver_rows
from db.search import WALK, first_matches, join_matching, search_tokens
from db.tables import Article, Meta, User
from db.tables.people import CHECKED_PREFIX

DUE = "due"
OVERDUE = "overdue"  # an assigned review past its due date, not approved yet
ASSIGNED = "assigned"  # the user's own queue: assigned to them and not done (approved, not due)
AWAITING_APPROVAL = "approval"  # under review with the user as the assigned approver
PERSONAL = frozenset({ASSIGNED, AWAITING_APPROVAL})
SORT_COLUMNS = {
    "id": Article.id,
    "title": Article.title,
    "status": Article.status,
    "audience": Article.audience,
    "findings": Article.open_findings,
    "claims_reviewed": Article.claims_reviewed,
    "last_updated": Article.last_updated,
    "next_review": Article.next_review,
    "due_date": Article.due_date,
    "updated": Article.updated_at,
    # the name the Reviewer column shows, kept on the article ('' for none): an index, not a join
    "assigned_reviewer": Article.assigned_reviewer_name,
}

Reviewer = aliased(User)
Approver = aliased(User)
Checked = aliased(Meta)  # the mark of a current revision whose checks ran


def current_revision_mark() -> ColumnElement:
    """The Meta key that marks the article's current revision as checked."""
    return literal(CHECKED_PREFIX) + cast(Article.current_revision_id, String)


def _filtered(statement: Select, session: Session, *, status: str | None, search: str, today: date,
              within: Select | None = None, user_id: int | None = None) -> Select:
    if within is not None:  # a set of ids from elsewhere (a dashboard figure), as a subquery
        statement = statement.where(col(Article.id).in_(within))
    if status == ASSIGNED:
        statement = statement.where(
            col(Article.assigned_reviewer_id) == user_id,
            or_(col(Article.status) != "Approved", col(Article.next_review) <= today),
        )
    elif status == AWAITING_APPROVAL:
        statement = statement.where(col(Article.assigned_approver_id) == user_id, col(Article.status) == "Under Review")
    elif status == DUE:
        statement = statement.where(is_due(today))
    elif status == OVERDUE:
        statement = statement.where(is_overdue_assignment(today))
    elif status:
        statement = statement.where(col(Article.status) == status)
    return join_matching(statement, session, search) if search else statement


def _ordered(statement: Select, sort: str, descending: bool) -> Select:
    column = SORT_COLUMNS.get(sort, Article.updated_at)
    order = col(column).desc() if descending else col(column).asc()
    if sort == "due_date":
        order = order.nulls_last()  # articles without a due date after those with one, on both backends
    tiebreak = col(Article.id).desc() if descending else col(Article.id).asc()
    return statement.order_by(order, tiebreak)


def _ids_statement(
    session: Session, *, status: str | None, search: str, sort: str, descending: bool, today: date,
    within: Select | None, user_id: int | None,
) -> Select:
    statement = _filtered(select(Article.id), session, status=status, search=search, today=today, within=within,
                          user_id=user_id)
    return _ordered(statement, sort, descending)


def article_ids(
    session: Session, *, status: str | None, search: str, sort: str, descending: bool, today: date,
    within: Select | None = None, user_id: int | None = None, cancelled: Callable[[], bool] | None = None,
) -> list[int] | None:
    """Every matching id in display order (what a lazy table model holds).

    ``cancelled``, polled while SQLite runs the query, stops it early (the
    answer is then None): a list a newer search has superseded is not worth
    finishing. PostgreSQL runs it to the end.
    """
    statement = _ids_statement(session, status=status, search=search, sort=sort, descending=descending,
                               today=today, within=within, user_id=user_id)
    return _driver_ids(session, statement, cancelled)


def first_ids(
    session: Session, *, status: str | None, search: str, sort: str, descending: bool, today: date, limit: int,
    within: Select | None = None, user_id: int | None = None,
) -> list[int]:
    """The first ``limit`` matching ids in display order, without listing every match first."""
    if search_tokens(search) and session.get_bind().dialect.name == "postgresql":
        unsearched = _ids_statement(session, status=status, search="", sort=sort, descending=descending,
                                    today=today, within=within, user_id=user_id)
        walked = first_matches(session, _driver_ids(session, unsearched.limit(WALK)) or [], search, limit)
        if walked is not None:
            return walked
    statement = _ids_statement(session, status=status, search=search, sort=sort, descending=descending,
                               today=today, within=within, user_id=user_id)
    return _driver_ids(session, statement.limit(limit)) or []


def _driver_ids(session: Session, statement: Select, cancelled: Callable[[], bool] | None = None) -> list[int] | None:
    """A one-column select of ids on the driver's cursor: 100,000 ids on a search keystroke."""
    rows = driver_rows(session, statement, cancelled)
    return None if rows is None else [row[0] for row in rows]


SUMMARY_COLUMNS = (
    Article.id, Article.title, Article.status, Article.audience, Article.last_updated, Article.claims_count,
    Article.claims_reviewed, Article.references_count, Article.open_findings, Reviewer.name, Article.next_review,
    Article.updated_at, Approver.name, Article.due_date, Checked.key.is_not(None),  # type: ignore[union-attr]
)


def _summary_select() -> Select:
    return (
        select(*SUMMARY_COLUMNS).outerjoin(Reviewer, Reviewer.id == Article.assigned_reviewer_id)
        .outerjoin(Approver, Approver.id == Article.assigned_approver_id)
        .outerjoin(Checked, Checked.key == current_revision_mark())  # a findings count of 0 or "not checked"
    )


# The rows of given ids, built once: each article switch reads the rows in view and the article's own,
# and building this select afresh each time took longer than SQLite took to run it (bench/ui_bench.py).
_SUMMARIES_BY_ID = _summary_select().where(col(Article.id).in_(bindparam("ids", expanding=True)))


def summary_rows(
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
    user_id: int | None = None,
):  # type: ignore[no-untyped-def]
    """Library rows in the order of SUMMARY_COLUMNS: by ids (any order), or by filter, sorted and paged.

    Columns rather than ORM objects: the table asks for a page on the worker
    thread while the GUI thread paints, and building full entities would hold
    the interpreter lock several times longer.
    """
    if ids is not None:
        return session.connection().execute(_SUMMARIES_BY_ID, {"ids": ids}).all()
    statement = _filtered(_summary_select(), session, status=status, search=search, today=today, user_id=user_id)
    statement = _ordered(statement, sort, descending).offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return session.connection().execute(statement).all()


def count_articles(session: Session, *, status: str | None, search: str, today: date,
                   within: Select | None = None, user_id: int | None = None) -> int:
    statement = _filtered(select(func.count(Article.id)), session, status=status, search=search, today=today,
                          within=within, user_id=user_id)
    return int(session.execute(statement).scalar_one())
