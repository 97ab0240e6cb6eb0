"""Facade operations of claim review: verdicts, claims, comments, findings, revisions, undo."""

from __future__ import annotations

from workstation.facade.base import FacadeBase


class ReviewOps(FacadeBase):
    pass
