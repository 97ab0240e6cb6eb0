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

And one for verifying signatures (migration 0018): audit_event (action, entity, entity_id)
over the ``signature.sign`` events only, so the sign events of an export batch's signatures
are looked up by signature id instead of among every signature ever made; partial for the
same reason, written out the same way (``action = 'signature.sign'``). It keys all three
columns the look-up names: keyed by ``entity_id`` alone, SQLite's planner (no statistics)
preferred the index on ``action`` for a list of a hundred signatures.
"""

from __future__ import annotations

from sqlalchemy import Index, text

from db.tables.content import Article
from db.tables.people import AuditEvent, Transition
from db.tables.review import Finding

IMPORT_EVENTS = text("action = 'article.import'")
SIGN_EVENTS = text("action = 'signature.sign'")

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

SIGN_EVENTS_INDEX = Index("ix_audit_event_sign", AuditEvent.action, AuditEvent.entity, AuditEvent.entity_id,
                          sqlite_where=SIGN_EVENTS, postgresql_where=SIGN_EVENTS)
