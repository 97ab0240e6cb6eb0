"""Every migration, down and up again, keeps the rows of the tables it does not drop.

On SQLite, Alembic changes a table's columns by copying the table and dropping the old
one; with foreign keys enforced, dropping ``article`` used to delete every revision,
claim, citation and finding by cascade (migration 0005, both ways). The walk below
takes a database with a reviewed, approved and commented article one revision at a time
down to the first schema and back to the newest, and counts every table's rows at each
step, on both backends.
"""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import create_db_engine, database_url
from db.migrate import MigrationBrokeReferences, alembic_config, migrate
from tests.review_helpers import REVIEWER, add_team, approve

# Rows of these are written again by the migrations themselves (the schema's version).
NOT_COUNTED = {"alembic_version"}


def _counts(engine) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        names = [n for n in inspect(connection).get_table_names() if n not in NOT_COUNTED]
        return {
            n: connection.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names
        }


def _revisions() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in script.walk_revisions()]  # newest first


@pytest.fixture
def reviewed_db(seeded, db_url: str) -> str:  # type: ignore[no-untyped-def]
    add_team(seeded)
    approve(seeded, 1)
    seeded.workflow.transition(article_id=2, to="under-review", user=REVIEWER)
    seeded.review.add_comment(article_id=2, body="Check the dose in section 2.", user=REVIEWER)
    seeded.close()
    return db_url


def test_each_migration_down_and_up_keeps_every_row(reviewed_db: str) -> None:
    engine = create_db_engine(database_url(reviewed_db))
    try:
        start = _counts(engine)
        for table in (
            "revision",
            "claim",
            "citation",
            "finding",
            "verdict",
            "comment",
            "transition",
            "signature",
        ):
            assert start[table], table
        revisions = _revisions()
        for below in revisions[1:]:
            migrate(engine, below, down=True)
            lost = {t: (start[t], n) for t, n in _counts(engine).items() if start[t] != n}
            assert lost == {}, f"down to {below}"
        first_schema = set(_counts(engine))
        for above in reversed(revisions[:-1]):
            migrate(engine, above)
            # Tables a downgrade dropped come back empty; the first schema's keep every row.
            lost = {
                t: (start[t], n)
                for t, n in _counts(engine).items()
                if t in first_schema and start[t] != n
            }
            assert lost == {}, f"up to {above}"
    finally:
        engine.dispose()


def test_a_migration_leaving_a_broken_reference_changes_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = create_db_engine(database_url(str(tmp_path / "broken.db")))
    try:
        migrate(engine, "head")
        with engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute(
                "INSERT INTO edit_lease (article_id, user_id, started_at, renewed_at) VALUES (4242, 4243, '2026-01-01', '2026-01-01')"
            )
            raw.execute("PRAGMA foreign_keys = ON")
        head = _revisions()[0]
        with pytest.raises(MigrationBrokeReferences, match="edit_lease"):
            migrate(engine, _revisions()[1], down=True)
        with engine.connect() as connection:
            assert (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
                == head
            )
    finally:
        engine.dispose()
