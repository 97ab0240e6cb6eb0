"""The current article and what is selected in it, without Qt: what the window's panes observe.

The window puts the article the reviewer picked here (:meth:`SelectionModel.open_article`),
then the workspace read for it (:meth:`SelectionModel.show`), and the claim, finding or
reference picked in it; every pane and controller observes the model instead of asking
the window. An observer is told the new selection and which of its fields changed, so a
pane refills only when what it shows changed. The model is not thread-safe: it lives on
the thread that drives the window (the workspace is read elsewhere and handed over).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace

from workstation.views_workspace import ArticleWorkspace

ARTICLE, WORKSPACE, CLAIM, FINDING, REFERENCE = "article_id", "workspace", "claim_id", "finding_id", "reference"


@dataclass(frozen=True, eq=False)
class Selection:
    """What the window has selected. ``workspace`` is the current article as last read: None until
    its first read arrives (and for no article)."""

    article_id: int | None = None
    workspace: ArticleWorkspace | None = None
    claim_id: int | None = None
    finding_id: int | None = None
    reference: int | None = None  # a reference's number in the article's list

    def changed_from(self, other: Selection) -> frozenset[str]:
        """The names of the fields that differ (a workspace differs unless it is the same read)."""
        return frozenset(f.name for f in fields(self) if not _same(getattr(self, f.name), getattr(other, f.name)))


def _same(a: object, b: object) -> bool:
    if isinstance(a, ArticleWorkspace) or isinstance(b, ArticleWorkspace):
        return a is b  # comparing two reads of 60,000 claims field by field would stall the window
    return a == b


Observer = Callable[[Selection, frozenset[str]], None]


class SelectionModel:
    """The current selection, and who is told when it changes."""

    def __init__(self) -> None:
        self._state = Selection()
        self._observers: list[Observer] = []

    @property
    def state(self) -> Selection:
        return self._state

    @property
    def article_id(self) -> int | None:
        return self._state.article_id

    @property
    def workspace(self) -> ArticleWorkspace | None:
        return self._state.workspace

    def observe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer(selection, changed)`` after each change; returns what stops it."""
        self._observers.append(observer)
        return lambda: self._observers.remove(observer) if observer in self._observers else None

    def open_article(self, article_id: int | None) -> None:
        """Another article (None: none): what was selected in the one before goes with it."""
        if article_id != self._state.article_id:
            self._set(Selection(article_id=article_id))

    def show(self, workspace: ArticleWorkspace) -> bool:
        """The workspace read for the current article; False (and nothing changes) when it is of another one.

        A claim, finding or reference selected before stays selected while the new read still holds it.
        """
        state = self._state
        if workspace.id != state.article_id:
            return False  # the reviewer moved on while it was read
        claim = state.claim_id if state.claim_id in workspace.claims_by_id else None
        finding = state.finding_id if any(f.id == state.finding_id for f in workspace.findings) else None
        reference = state.reference if any(r.number == state.reference for r in workspace.detail.references) else None
        self._set(replace(state, workspace=workspace, claim_id=claim, finding_id=finding, reference=reference))
        return True

    def select_claim(self, claim_id: int | None) -> None:
        self._select(claim_id=claim_id)

    def select_finding(self, finding_id: int | None) -> None:
        self._select(finding_id=finding_id)

    def select_reference(self, number: int | None) -> None:
        self._select(reference=number)

    def _select(self, **what: int | None) -> None:
        if self._state.article_id is None and any(v is not None for v in what.values()):
            raise ValueError("nothing can be selected while no article is open")
        self._set(replace(self._state, **what))  # type: ignore[arg-type]

    def _set(self, new: Selection) -> None:
        changed = new.changed_from(self._state)
        if not changed:
            return
        self._state = new
        for observer in list(self._observers):
            observer(new, changed)


__all__ = ["ARTICLE", "CLAIM", "FINDING", "REFERENCE", "WORKSPACE", "Observer", "Selection", "SelectionModel"]
