"""What a mutation changed, so views refresh only what they must (Anki's OpChanges).

Every mutation of the facade's managers returns an :class:`OpChanges`, or a result
that carries one as ``changes`` (:class:`ChangeResult`: a transition, a saved
revision, an import report …). A change heard from another desk arrives as the same
type. :func:`changes_of` gives the one of any result, for whoever announces it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class OpChanges:
    articles: frozenset[int] = frozenset()
    library: bool = False  # rows were added or removed (not just changed)
    content: bool = False  # a body or its claims changed
    claims: frozenset[int] = frozenset()
    references: bool = False
    findings: bool = False
    comments: bool = False
    workflow: bool = False
    users: bool = False
    editing: frozenset[int] = frozenset()  # articles whose open editors (edit leases) changed
    notifications: bool = False
    undo_label: str = ""
    event_ids: tuple[int, ...] = field(default=(), compare=False)

    def merged(self, other: OpChanges) -> OpChanges:
        return OpChanges(
            articles=self.articles | other.articles,
            library=self.library or other.library,
            content=self.content or other.content,
            claims=self.claims | other.claims,
            references=self.references or other.references,
            findings=self.findings or other.findings,
            comments=self.comments or other.comments,
            workflow=self.workflow or other.workflow,
            users=self.users or other.users,
            editing=self.editing | other.editing,
            notifications=self.notifications or other.notifications,
            undo_label=other.undo_label or self.undo_label,
            event_ids=self.event_ids + other.event_ids,
        )


@runtime_checkable
class ChangeResult(Protocol):
    """A mutation's result that says, besides what it returns, what it changed."""

    @property
    def changes(self) -> OpChanges: ...


def changes_of(result: object) -> OpChanges | None:
    """What a mutation changed: the result itself or the change it carries; None for anything else (a read)."""
    if isinstance(result, OpChanges):
        return result
    if isinstance(result, ChangeResult) and isinstance(result.changes, OpChanges):
        return result.changes
    return None
