"""Facade operations of the dashboard: the figures across the library, read in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from workstation.facade.manager import Manager
from workstation.reports.figures import Dashboard, compute_dashboard


class DashboardOps(Manager):
    def dashboard(self, *, now: datetime | None = None) -> Dashboard:
        """Every figure of the dashboard and of ``workstation report``, as of ``now`` (default: now).

        All aggregates run in one read transaction; on PostgreSQL it is REPEATABLE
        READ, so the figures come from one snapshot, as SQLite's read transaction
        gives them anyway.
        """
        moment = (now or datetime.now(UTC)).astimezone(UTC)
        postgres = self.backend == "postgresql"
        with self._read() as session:
            connection = session.connection(execution_options={"isolation_level": "REPEATABLE READ"} if postgres else {})
            if postgres:
                # Compiling the statements to machine code costs more (~50 ms) than running them.
                connection.exec_driver_sql("SET LOCAL jit = off")
            return compute_dashboard(connection, now=moment, today=None if now else self._today())
