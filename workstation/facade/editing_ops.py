"""Facade operations of editing side by side: edit leases and the ways out of an edit conflict."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import func, select

from db.tables import Revision
from workstation import leases
from workstation.changes import OpChanges
from workstation.edit_conflict import (
    KEEP_BOTH,
    KEEP_THEIRS,
    MERGE,
    RESOLUTIONS,
    EditConflict,
    Resolution,
    conflict_for,
)
from workstation.errors import ValidationError
from workstation.facade.review_base import ReviewBase
from workstation.leases import EditorView
from workstation.messages import message
from workstation.model import ArticleDraft
from workstation.review import current_revision, get_article
from workstation.revisions import revision_references
from workstation.store import insert_revisions
from workstation.views_review import SaveResult

COPY_NOTE = "copy"  # the note of a revision kept beside theirs after a conflict


class EditingOps(ReviewBase):
    # ------------------------------------------------------------------ leases
    def begin_editing(self, *, article_id: int, user: str) -> OpChanges:
        """Say that ``user`` has the article's editor open (call again to renew; see workstation.leases)."""
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None and actor.id is not None
            get_article(session, article_id)
            new = leases.take(session, article_id, actor.id)
        return OpChanges(editing=frozenset({article_id})) if new else OpChanges()

    def end_editing(self, *, article_id: int, user: str) -> OpChanges:
        """``user`` closed the article's editor."""
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None and actor.id is not None
            gone = leases.release(session, article_id, actor.id)
        return OpChanges(editing=frozenset({article_id})) if gone else OpChanges()

    def editors(self, *, article_id: int) -> list[EditorView]:
        """Who has the article's editor open now (leases renewed in the last two minutes)."""
        with self._read() as session:
            return leases.editors(session, article_id)

    # ------------------------------------------------------------------ conflicts
    def resolve_edit_conflict(
        self, *, article_id: int, user: str, choice: str, base_revision_id: int, theirs_revision_id: int,
        yours: str, merged: str | None = None,
    ) -> SaveResult:
        """Go on after :class:`EditConflict`: ``merge`` (save ``merged`` on top of theirs), ``keep_theirs``
        (drop yours) or ``keep_theirs_and_copy`` (theirs stays current, yours is stored as a revision
        beside it). The choice is recorded in the audit trail. When yet another revision was saved
        meanwhile, EditConflict is raised again with it.
        """
        if choice not in RESOLUTIONS:
            raise ValidationError(message("edit.choice", choices=", ".join(RESOLUTIONS), given=repr(choice)))
        if choice == MERGE and not (merged or "").strip():
            raise ValidationError(message("invalid.merged-empty"))
        with self._read() as session:
            article = get_article(session, article_id)
            if article.current_revision_id != theirs_revision_id:
                raise conflict_for(session, article, base_revision_id, yours)
            conflict = conflict_for(session, article, base_revision_id, yours)
        resolution = Resolution(choice, conflict.base.number, conflict.theirs.number, conflict.theirs.author)
        if choice == MERGE and merged != conflict.theirs.body:
            return self.save_revision(  # type: ignore[attr-defined]  (CommentFindingOps: the review manager holds both)
                article_id=article_id, body=merged or "", user=user,
                                      base_revision_id=theirs_revision_id, resolution=resolution)
        if choice == MERGE:  # the merge came out as theirs: nothing to save, the choice is still recorded
            resolution = replace(resolution, choice=KEEP_THEIRS)
        return self._keep_theirs(article_id, user, conflict, resolution, copy=choice == KEEP_BOTH)

    def _keep_theirs(self, article_id: int, user: str, conflict: EditConflict, resolution: Resolution, *,
                     copy: bool) -> SaveResult:
        with self._write() as session:
            actor = self._actor(session, user)
            assert actor is not None
            article = get_article(session, article_id)
            if article.current_revision_id != conflict.theirs.revision_id:
                raise conflict_for(session, article, conflict.base.revision_id, conflict.yours)
            theirs = current_revision(session, article)
            number = None
            if copy:
                number = (session.execute(
                    select(func.max(Revision.number)).where(Revision.article_id == article_id)
                ).scalar() or 0) + 1
                draft = ArticleDraft(title=theirs.title, body=conflict.yours, audience=theirs.audience,
                                     last_updated=theirs.last_updated,
                                     references=tuple(revision_references(session, theirs.id)))  # type: ignore[arg-type]
                insert_revisions(session.connection(), [(article_id, number, draft)], user_id=actor.id,
                                 note=COPY_NOTE, now=datetime.now(UTC))
            ids = self._audit(session, resolution.event(actor.name, article_id, saved_number=number))
        return SaveResult(
            revision_id=conflict.theirs.revision_id, revision_number=conflict.theirs.number, orphans=(),
            changes=OpChanges(articles=frozenset({article_id}), event_ids=ids),
        )


__all__ = ["COPY_NOTE", "EditingOps"]
