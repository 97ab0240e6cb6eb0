"""Two people edited the same article: what each wrote, and a three-way merge of the two.

Saving an edit that started from a revision which is no longer the current one
does not fail and does not overwrite: the facade raises :class:`EditConflict`
carrying the base revision, theirs (the one saved meanwhile) and yours, and the
person chooses one of ``RESOLUTIONS``. The merge applies your changes (base ->
yours) onto theirs with Google's diff-match-patch, which places each change by
its context and says which could not be placed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from diff_match_patch import diff_match_patch
from sqlalchemy import select
from sqlmodel import Session

from db.tables import Article, Revision, User
from workstation.audit import EventData
from workstation.errors import ConflictError, NotFound
from workstation.model import as_utc

MERGE = "merge"  # save a merged text (pre-filled by merge_texts, edited by the person) on top of theirs
KEEP_THEIRS = "keep_theirs"  # drop your edit
KEEP_BOTH = "keep_theirs_and_copy"  # theirs stays current; yours is kept as a revision beside it
RESOLUTIONS = (MERGE, KEEP_THEIRS, KEEP_BOTH)
RESOLUTION_LABELS = {MERGE: "merged", KEEP_THEIRS: "kept theirs", KEEP_BOTH: "kept theirs and a copy of mine"}
CONFLICT_ACTION = "revision.conflict"


@dataclass(frozen=True)
class RevisionSide:
    revision_id: int
    number: int
    body: str
    author: str
    saved_at: datetime


class EditConflict(ConflictError):
    """The revision an edit started from was replaced meanwhile; nothing was saved."""

    def __init__(self, article_id: int, base: RevisionSide, theirs: RevisionSide, yours: str) -> None:
        super().__init__(
            f"article {article_id}: {theirs.author or 'someone'} saved revision {theirs.number} at "
            f"{theirs.saved_at.astimezone():%H:%M} while you edited revision {base.number}; "
            "choose how to go on (merge, keep theirs, or keep theirs and a copy of yours)"
        )
        self.article_id = article_id
        self.base = base
        self.theirs = theirs
        self.yours = yours


@dataclass(frozen=True)
class MergeResult:
    text: str
    placed: int  # of your changes, how many were placed in theirs
    unplaced: int  # and how many could not be (their text changed at the same place)

    @property
    def clean(self) -> bool:
        return self.unplaced == 0


def merge_texts(base: str, theirs: str, yours: str) -> MergeResult:
    """Your changes since ``base`` applied to ``theirs``."""
    if yours == base:
        return MergeResult(theirs, 0, 0)
    if theirs == base:
        return MergeResult(yours, 1, 0)
    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.3  # stricter than the default: a change goes where its context really is
    patches = dmp.patch_make(base, yours)
    text, applied = dmp.patch_apply(patches, theirs)
    placed = sum(1 for ok in applied if ok)
    return MergeResult(text, placed, len(applied) - placed)



@dataclass(frozen=True)
class Resolution:
    """How a conflict was resolved, for the audit trail (``revision.conflict``)."""

    choice: str
    base_number: int
    theirs_number: int
    theirs_author: str

    def event(self, actor: str, article_id: int, *, saved_number: int | None = None) -> EventData:
        what = RESOLUTION_LABELS[self.choice]
        if saved_number is not None:
            what += f" (saved as revision {saved_number})"
        return EventData(
            actor=actor, action=CONFLICT_ACTION, entity="article", entity_id=article_id, article_id=article_id,
            field="revision", old_value=f"revision {self.base_number}", new_value=self.choice,
            reason=(f"edit conflict: {self.theirs_author or 'someone'} saved revision {self.theirs_number} "
                    f"while {actor} edited revision {self.base_number}; {what}"),
        )


def conflict_for(session: Session, article: Article, base_revision_id: int, yours: str) -> EditConflict:
    """The conflict of an edit begun on ``base_revision_id`` with the article's current revision."""
    assert article.id is not None and article.current_revision_id is not None
    return EditConflict(article.id, _side(session, base_revision_id), _side(session, article.current_revision_id), yours)


def _side(session: Session, revision_id: int) -> RevisionSide:
    row = session.execute(
        select(Revision, User.name).outerjoin(User, User.id == Revision.created_by_id).where(Revision.id == revision_id)
    ).first()
    if row is None:
        raise NotFound(f"no revision with id {revision_id}")
    revision, author = row
    return RevisionSide(revision.id, revision.number, revision.body, author or "", as_utc(revision.created_at))


__all__ = [
    "CONFLICT_ACTION", "KEEP_BOTH", "KEEP_THEIRS", "MERGE", "RESOLUTIONS", "RESOLUTION_LABELS", "EditConflict",
    "MergeResult", "Resolution", "RevisionSide", "conflict_for", "merge_texts",
]
