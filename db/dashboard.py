"""The dashboard's aggregates, each one SQL statement that runs on SQLite and PostgreSQL.

Sources: the ``transition`` table (every status change, with who and when), the
audit trail's ``article.import`` events (when an article was submitted to the
board), and the current rows of ``article``, ``finding`` and ``user``. Durations
and week buckets come from :mod:`db.timespans`; the covering indexes these
statements walk are declared in :mod:`db.tables.indexes` (migration 0004).

Every figure a dashboard shows can be clicked, so each one has a matching
selection of article ids here (:func:`selection`), built from the same
predicates as its aggregate: the library shows exactly what was counted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import (
    Connection,
    DateTime,
    Select,
    and_,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from db.tables import Article, AuditEvent, Finding, Transition, User
from db.timespans import days_between, whole_weeks

SUBMITTED, UNDER_REVIEW, APPROVED = "Submitted", "Under Review", "Approved"
IMPORT_ACTION = "article.import"
WEEK = timedelta(days=7)


def _at(value: datetime) -> ColumnElement:
    """A timestamp parameter typed like the columns it is compared with."""
    return literal(value, DateTime(timezone=True))


def _flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


# ---------------------------------------------------------------- shared predicates
def is_due(today: date) -> ColumnElement[bool]:
    """Approved and its re-review date has come: the library's 'Due for re-review' filter."""
    return and_(Article.status == APPROVED, Article.next_review.is_not(None), Article.next_review <= today)  # type: ignore[union-attr, operator]


def is_overdue_assignment(today: date) -> ColumnElement[bool]:
    """Not approved and its assignment's due date has passed: the library's 'Overdue assignments' filter.

    Written with the two open statuses rather than "not Approved", so the planner can
    start from the status index and visit only open articles: approved ones keep the
    due date they were reviewed to, however old it is.
    """
    return and_(Article.status.in_((SUBMITTED, UNDER_REVIEW)), Article.due_date.is_not(None),  # type: ignore[attr-defined, union-attr]
                Article.due_date < today)  # type: ignore[operator]


def _is_import(event=AuditEvent) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    # Written out, not bound: the planners use the partial index ix_audit_event_import only
    # when they see the constant of its WHERE clause.
    return event.action == literal_column(f"'{IMPORT_ACTION}'")  # type: ignore[no-any-return]


def _is_open_review() -> ColumnElement[bool]:
    return and_(Article.status.in_((SUBMITTED, UNDER_REVIEW)), Article.assigned_reviewer_id.is_not(None))  # type: ignore[attr-defined, union-attr]


def _is_open_finding() -> ColumnElement[bool]:
    return and_(Finding.dismissed.is_(False), Finding.revision_id == Article.current_revision_id)  # type: ignore[attr-defined]


def _approvals_since(start: datetime, approval=Transition) -> ColumnElement[bool]:  # type: ignore[no-untyped-def]
    return and_(approval.to_status == APPROVED, approval.at >= _at(start))


# ---------------------------------------------------------------- figures
def article_counts(connection: Connection, today: date) -> list[tuple[str, int | None, int, int]]:
    """(status, assigned reviewer id, articles, of which due for re-review), one covering-index scan."""
    rows = connection.execute(
        select(Article.status, Article.assigned_reviewer_id, func.count(), func.sum(_flag(is_due(today))))
        .group_by(Article.status, Article.assigned_reviewer_id)
    )
    return [(status, reviewer, int(n), int(due or 0)) for status, reviewer, n, due in rows]


def overdue_assignments(connection: Connection, today: date) -> int:
    """Articles whose assigned review is past its due date and not yet approved."""
    statement = select(func.count()).select_from(Article).where(is_overdue_assignment(today))
    return int(connection.execute(statement).scalar_one())


def first_approval_cycles(start: datetime) -> Select:
    """One row per article whose first approval falls on or after ``start``.

    Columns: article_id; ``days`` from submission (the ``article.import`` event) to
    that approval; ``cycles``, how often changes were requested before it;
    ``submitted_raw`` and ``submitted_open``, from which the days spent Submitted
    follow (``submitted_raw + submitted_open * days``).

    An approval since ``start`` is the first when no earlier step led into or out of
    Approved (an article imported as approved and reopened is left out: it was never
    submitted). Each is joined with its article's steps up to it (one seek into
    ix_transition_article_at). The time in Submitted is the sum of the times the
    article left Submitted less the times it entered it, counted from the approval,
    plus the submission when the article began there (``submitted_open`` is 1 then):
    a sum, where pairing each stay's two ends would need a window function.
    """
    approval, step, earlier = (aliased(Transition, name=name) for name in ("approval", "step", "earlier"))
    submission = aliased(AuditEvent, name="submission")
    before = days_between(step.at, approval.at)  # days before the approval: zero or negative
    # +1 leaving Submitted, -1 entering it (a step never does both).
    in_submitted = case((step.from_status == SUBMITTED, 1), (step.to_status == SUBMITTED, -1), else_=0)
    approved_before = select(earlier.id).where(
        earlier.article_id == approval.article_id, earlier.at < approval.at,
        or_(earlier.to_status == APPROVED, earlier.from_status == APPROVED),
    ).exists()
    return (
        select(
            approval.article_id.label("article_id"),
            # A join rather than a subquery per row: PostgreSQL runs it in two thirds of the time.
            days_between(approval.at, func.min(submission.at)).label("days"),
            func.sum(_flag(and_(step.from_status == UNDER_REVIEW, step.to_status == SUBMITTED))).label("cycles"),
            func.sum(before * in_submitted).label("submitted_raw"),
            func.sum(in_submitted).label("submitted_open"),
        )
        .select_from(approval)
        .join(submission, and_(_is_import(submission), submission.article_id == approval.article_id))
        .join(step, and_(step.article_id == approval.article_id, step.at <= approval.at))
        .where(_approvals_since(start, approval), ~approved_before)
        # In the order ix_transition_to_status_at yields the approvals: no sort before grouping.
        .group_by(approval.at, approval.article_id)
    )


def cycles(connection: Connection, start: datetime) -> list[tuple[int, float | None, int, float | None]]:
    """Per article first approved since ``start``: (id, days to approval, review cycles, days Submitted)."""
    rows = connection.execute(first_approval_cycles(start))
    result = []
    for article_id, days, n, raw, open_ in rows:
        total = None if days is None else float(days)
        submitted = None if total is None else float(raw or 0) + int(open_ or 0) * total
        result.append((int(article_id), total, int(n or 0), submitted))
    return result


def weekly_approvals(connection: Connection, start: datetime) -> dict[int, int]:
    """{week index since ``start``: articles approved that week}."""
    week = whole_weeks(Transition.at, _at(start))
    rows = connection.execute(
        select(week, func.count(Transition.article_id.distinct())).where(_approvals_since(start)).group_by(week))
    return {int(w): int(n) for w, n in rows}


def weekly_submissions(connection: Connection, start: datetime) -> dict[int, int]:
    """{week index since ``start``: articles submitted (imported) that week}."""
    week = whole_weeks(AuditEvent.at, _at(start))
    rows = connection.execute(
        select(week, func.count(AuditEvent.article_id.distinct()))  # type: ignore[union-attr]
        .where(_is_import(), AuditEvent.at >= _at(start)).group_by(week)
    )
    return {int(w): int(n) for w, n in rows}


def approvals_by_user(connection: Connection, start: datetime) -> dict[int, int]:
    """{user id: approvals signed since ``start``}."""
    rows = connection.execute(
        select(Transition.user_id, func.count())
        .where(_approvals_since(start), Transition.user_id.is_not(None)).group_by(Transition.user_id)  # type: ignore[union-attr]
    )
    return {int(user): int(n) for user, n in rows}


def people(connection: Connection) -> list[tuple[int, str, str, str, bool]]:
    """(id, name, display name, role, active) of every user."""
    rows = connection.execute(select(User.id, User.name, User.display_name, User.role, User.active))
    return [(int(i), name, display or "", role, bool(active)) for i, name, display, role, active in rows]


def open_findings(connection: Connection) -> dict[str, int]:
    """{code: open findings}: not dismissed, on the article's current revision."""
    rows = connection.execute(
        select(Finding.code, func.count()).select_from(Finding).join(Article, Article.id == Finding.article_id)
        .where(_is_open_finding()).group_by(Finding.code)
    )
    return {code: int(n) for code, n in rows}


# ---------------------------------------------------------------- selections (what a click opens)
def _approved_in_week(key: str, _since: datetime | None) -> Select:
    monday = _monday(key)
    return select(Transition.article_id).where(
        Transition.to_status == APPROVED, Transition.at >= _at(monday), Transition.at < _at(monday + WEEK))


def _submitted_in_week(key: str, _since: datetime | None) -> Select:
    monday = _monday(key)
    return select(AuditEvent.article_id).where(
        _is_import(), AuditEvent.at >= _at(monday), AuditEvent.at < _at(monday + WEEK))


def _open_reviews_of(key: str, _since: datetime | None) -> Select:
    return select(Article.id).join(User, User.id == Article.assigned_reviewer_id).where(
        _is_open_review(), User.name == key)


def _approved_by(key: str, since: datetime | None) -> Select:
    return select(Transition.article_id).join(User, User.id == Transition.user_id).where(
        _approvals_since(_required(since)), User.name == key)


def _with_open_finding(key: str, _since: datetime | None) -> Select:
    return select(Finding.article_id).join(Article, Article.id == Finding.article_id).where(
        _is_open_finding(), Finding.code == key)


def _with_review_cycles(key: str, since: datetime | None) -> Select:
    rows = first_approval_cycles(_required(since)).subquery()
    return select(rows.c.article_id).where(rows.c.cycles == int(key))


def _first_approved(_key: str, since: datetime | None) -> Select:
    return select(first_approval_cycles(_required(since)).subquery().c.article_id)


SELECTIONS: dict[str, Callable[[str, datetime | None], Select]] = {
    "approved-week": _approved_in_week,
    "submitted-week": _submitted_in_week,
    "open-reviews": _open_reviews_of,
    "approved-by": _approved_by,
    "finding": _with_open_finding,
    "review-cycles": _with_review_cycles,
    "first-approved": _first_approved,
}


def selection(kind: str, key: str, since: datetime | None) -> Select:
    """The ids of the articles a dashboard figure counted (``kind`` one of SELECTIONS)."""
    try:
        build = SELECTIONS[kind]
    except KeyError:
        raise ValueError(f"unknown selection {kind!r}: expected one of {', '.join(SELECTIONS)}") from None
    return build(key, since)


def _monday(key: str) -> datetime:
    day = date.fromisoformat(key)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _required(since: datetime | None) -> datetime:
    if since is None:
        raise ValueError("this selection needs the period's start")
    return since
