"""Covering indexes for the dashboard's aggregates (db/dashboard.py); created by migration 0004.

Each lets one figure be read from an index alone, in the order its statement
groups by, instead of visiting 100,000 article rows or a million audit events:

- transition (to_status, at, …): approvals in a period — per week, per signer, first ones;
- transition (article_id, at, …): an article's steps up to an approval, in order;
- article (status, assigned_reviewer_id, next_review): counts by status, open reviews
  per reviewer and what is due for re-review, in one scan;
- article (current_revision_id) and finding (dismissed, code, …): open findings by code;
- audit_event (action, article_id, at) over the ``article.import`` events only: when
  each article was submitted, per article and per week. Partial, so that appending any
  other event (every change appends some) does not also write to it. The planners use
  a partial index only when the query names the same constant: the statements write
  ``action = 'article.import'`` out rather than binding it.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from db.tables.content import Article
from db.tables.people import AuditEvent, Transition
from db.tables.review import Finding

IMPORT_EVENTS = text("action = 'article.import'")

DASHBOARD_INDEXES = (
    Index("ix_transition_to_status_at", Transition.to_status, Transition.at, Transition.article_id,
          Transition.user_id),
    Index("ix_transition_article_at", Transition.article_id, Transition.at, Transition.from_status,
          Transition.to_status),
    Index("ix_article_status_reviewer", Article.status, Article.assigned_reviewer_id, Article.next_review),
    Index("ix_article_current_revision_id", Article.current_revision_id),
    Index("ix_audit_event_import", AuditEvent.action, AuditEvent.article_id, AuditEvent.at,
          sqlite_where=IMPORT_EVENTS, postgresql_where=IMPORT_EVENTS),
    Index("ix_finding_open_code", Finding.dismissed, Finding.code, Finding.revision_id, Finding.article_id),
)
