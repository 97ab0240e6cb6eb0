"""Facade operations on the audit trail."""

from __future__ import annotations

from workstation.audit import VerifyResult, verify_chain
from workstation.facade.base import FacadeBase


class AuditOps(FacadeBase):
    def verify_audit(self) -> VerifyResult:
        """Recompute the audit trail's hash chain; names the first bad event."""
        with self.engine.connect() as connection:
            return verify_chain(connection)
