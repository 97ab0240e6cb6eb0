"""Covering indexes for the dashboard's aggregates (db/dashboard.py); created by migration 0004.

Each lets one figure be read from an index alone, in the order its statement
groups by, instead of visiting 100,000 article rows or a million audit events:

- transition (to_status, at, …): approvals in a period — per week, per signer, first ones;
- transition (article_id, at, …): an article's steps up to an approval, in order;
- article (status, assigned_reviewer_id, next_review): counts by status, open reviews
  per reviewer and what is due for re-review, in one scan;
- article (current_revision_id) and finding (dismissed, code, …): open findings by code;
- audit_event (action, article_id, at): when each article was submitted (its
  ``article.import`` event), per article and per week. A partial index over the
  imports alone would be smaller, but SQLite's planner, without statistics, prefers
  the older single-column index on ``action`` to it and reads a table row per event.
"""

from __future__ import annotations

from sqlalchemy import Index

from db.tables.content import Article
from db.tables.people import AuditEvent, Transition
from db.tables.review import Finding

DASHBOARD_INDEXES = (
    Index("ix_transition_to_status_at", Transition.to_status, Transition.at, Transition.article_id,
          Transition.user_id),
    Index("ix_transition_article_at", Transition.article_id, Transition.at, Transition.from_status,
          Transition.to_status),
    Index("ix_article_status_reviewer", Article.status, Article.assigned_reviewer_id, Article.next_review),
    Index("ix_article_current_revision_id", Article.current_revision_id),
    Index("ix_audit_event_action_article", AuditEvent.action, AuditEvent.article_id, AuditEvent.at),
    Index("ix_finding_open_code", Finding.dismissed, Finding.code, Finding.revision_id, Finding.article_id),
)
