"""Facade operations that export approved articles."""

from __future__ import annotations

from workstation.facade.base import FacadeBase


class ExportOps(FacadeBase):
    pass
