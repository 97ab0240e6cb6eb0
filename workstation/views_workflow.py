"""Read objects of the workflow that the UI and the command line receive."""

from __future__ import annotations

from dataclasses import dataclass

from workstation.changes import OpChanges
from workstation.history import DiffRow, HistoryEntry, RevisionDiff, RevisionView
from workstation.signatures import SignatureView


@dataclass(frozen=True)
class TransitionResult:
    article_id: int
    status: str
    event_id: int
    signature_id: int | None
    changes: OpChanges
    version: int = 0

    def as_json(self) -> dict:
        return {"id": self.article_id, "status": self.status, "event_id": self.event_id}


@dataclass(frozen=True)
class ActionState:
    """Whether a user may take a step now; when not, ``reason`` says which rule refuses it."""

    action: str
    label: str
    to: str
    enabled: bool
    reason: str = ""
    needs_reason: bool = False
    needs_signature: bool = False
    open_items: tuple[str, ...] = ()  # approve: what still blocks approval


__all__ = [
    "ActionState", "DiffRow", "HistoryEntry", "RevisionDiff", "RevisionView", "SignatureView", "TransitionResult",
]
