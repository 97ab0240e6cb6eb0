"""Facade operations on the audit trail: the chain, checked against anchors kept outside the database."""

from __future__ import annotations

from pathlib import Path

from workstation.audit import VerifyResult
from workstation.audit_anchor import read_anchor, verify_trail
from workstation.facade.manager import Manager


class AuditManager(Manager):
    """``ws.audit``: the audit trail's hash chain, checked against anchors kept outside the database."""

    def verify(self, *, against: str | Path | None = None) -> VerifyResult:
        """Recompute the audit trail's hash chain; names the first bad event.

        The trail is also checked against the head this computer last recorded for
        the database and, with ``against``, against the head in a saved ``audit verify
        --json`` document or any exported file: nothing up to that head may have been
        removed or rewritten since. Raises ValidationError when ``against`` holds no head.
        """
        anchors = [read_anchor(against)] if against is not None else []
        with self.engine.connect() as connection:
            return verify_trail(connection, self.url, anchors)
