"""Threaded comments: anchors on the body, replies, resolve and reopen."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlmodel import Session

from db.tables import Comment, User
from workstation.errors import ValidationError
from workstation.messages import message
from workstation.review import fetch
from workstation.structure import ANCHOR_CONTEXT
from workstation.views_review import CommentView

MAX_COMMENT = 20_000

_FIELDS = (
    "id", "article_id", "parent_id", "claim_id", "revision_id", "quote", "prefix", "suffix", "start", "end",
    "anchor_score", "orphaned", "body", "user_id", "created_at", "resolved", "resolved_by_id", "resolved_at",
)


def get_comment(session: Session, comment_id: int) -> Comment:
    return fetch(session, Comment, comment_id, "comment")


def validate_body(body: str) -> str:
    text = body.strip()
    if not text:
        raise ValidationError(message("invalid.empty-comment"))
    if len(text) > MAX_COMMENT:
        raise ValidationError(message("comment.too-long", count=MAX_COMMENT))
    return text


def anchor_fields(body: str, start: int | None, end: int | None) -> dict:
    """Quote, prefix and suffix of a selection of the current body (nothing when unanchored)."""
    if start is None and end is None:
        return {}
    if start is None or end is None or not 0 <= start < end <= len(body):
        raise ValidationError(message("comment.selection-outside", start=start, end=end, length=len(body)))
    return {
        "quote": body[start:end], "prefix": body[max(0, start - ANCHOR_CONTEXT):start],
        "suffix": body[end:end + ANCHOR_CONTEXT], "start": start, "end": end,
        "anchor_score": 1.0, "orphaned": False,
    }


def snapshot(comment: Comment) -> dict:
    return {f: getattr(comment, f) for f in _FIELDS}


def restore(session: Session, snap: dict) -> int:
    """Insert a deleted comment again (its old id when free)."""
    values = dict(snap)
    if session.get(Comment, values["id"]) is not None:
        values.pop("id")
    comment = Comment(**values)
    session.add(comment)
    session.flush()
    assert comment.id is not None
    return comment.id


# Built once: the article workspace reads this on every article switch, and building the select
# afresh cost more than SQLite took to run it.
_COMMENTS = (select(Comment).where(Comment.article_id == bindparam("article"))
             .order_by(Comment.created_at, Comment.id))


def thread_views(session: Session, article_id: int) -> list[CommentView]:
    """The article's comments, each thread in order: a comment, then its replies (depth first)."""
    rows = session.execute(_COMMENTS, {"article": article_id}).scalars().all()
    ids = [i for i in {c.user_id for c in rows} | {c.resolved_by_id for c in rows} if i]
    names = dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all()) if ids else {}  # type: ignore[union-attr]
    children: dict[int | None, list[Comment]] = {}
    known = {c.id for c in rows}
    for c in rows:
        children.setdefault(c.parent_id if c.parent_id in known else None, []).append(c)
    out: list[CommentView] = []

    def walk(parent: int | None, depth: int) -> None:
        for c in children.get(parent, []):
            assert c.id is not None
            out.append(CommentView(
                id=c.id, parent_id=c.parent_id, author=names.get(c.user_id), body=c.body,
                created_at=c.created_at, quote=c.quote, start=c.start, end=c.end, orphaned=c.orphaned,
                anchor_score=c.anchor_score, resolved=c.resolved, resolved_by=names.get(c.resolved_by_id),
                claim_id=c.claim_id, depth=depth,
            ))
            walk(c.id, depth + 1)

    walk(None, 0)
    return out
