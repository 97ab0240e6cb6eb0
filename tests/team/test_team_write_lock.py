"""A team database installed before the write lock named its schema gets the new audit append at upgrade."""

from __future__ import annotations

import pytest

from db.engine import create_db_engine, database_url
from tests.db.test_migration_teamwork import migrate
from tests.team.conftest import TeamDatabase
from tests.team.test_team_setup import init

pytestmark = pytest.mark.team

SORT_INDEXES, BEFORE = "0011", "0008"


def append_source(db: TeamDatabase) -> str:
    with db.cluster.superuser(db.name) as conn:
        return conn.execute("SELECT prosrc FROM pg_proc WHERE proname = 'team_write_event'").fetchone()[0]


def test_an_upgrade_installs_the_schemas_write_lock_in_the_audit_append(
    capsys: pytest.CaptureFixture[str], team_db: TeamDatabase
) -> None:
    init(capsys, team_db)
    assert "hashtext(current_schema())" in append_source(team_db)
    with team_db.cluster.superuser(team_db.name) as conn:  # as an older program installed it
        conn.execute(
            "UPDATE pg_proc SET prosrc = replace(prosrc, 'pg_advisory_xact_lock(1381454676, "
            "hashtext(current_schema()))', 'pg_advisory_xact_lock(1381454676)') WHERE proname = 'team_write_event'"
        )
    assert "hashtext" not in append_source(team_db)
    engine = create_db_engine(database_url(team_db.owner_url))
    try:
        migrate(engine, BEFORE, down=True)
        migrate(engine, SORT_INDEXES)
    finally:
        engine.dispose()
    assert "pg_advisory_xact_lock(1381454676, hashtext(current_schema()))" in append_source(team_db)
