"""Facade operations of the review workflow: transitions, signatures, history, revisions."""

from __future__ import annotations

from workstation.facade.base import FacadeBase


class WorkflowOps(FacadeBase):
    pass
