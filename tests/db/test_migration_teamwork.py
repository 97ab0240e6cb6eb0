"""Migration 0005 (teamwork) upgrades a database of the schema before it and goes back down, on both backends."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from db.engine import create_db_engine, database_url
from db.migrate import alembic_config, migrate

TEAMWORK = "0005"


def test_teamwork_migration_up_and_down(db_url: str) -> None:
    before = ScriptDirectory.from_config(alembic_config()).get_revision(TEAMWORK).down_revision
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, before)
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO article (title, status, audience, topic, authors, source_format, "
                    "source_file, created_at, updated_at, version, claims_count, claims_reviewed, "
                    "references_count, open_findings) VALUES ('Kept', 'Submitted', 'patient', '', "
                    "'[]', 'markdown', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 0, 0, 0, 0)"
                )
            )
        migrate(engine, TEAMWORK)
        tables = set(inspect(engine).get_table_names())
        assert {"edit_lease", "notification"} <= tables
        columns = {c["name"] for c in inspect(engine).get_columns("article")}
        assert {"assigned_approver_id", "due_date"} <= columns
        with engine.connect() as connection:
            assert connection.execute(text("SELECT title FROM article")).scalar_one() == "Kept"
            if engine.dialect.name == "postgresql":
                triggers = set(
                    connection.execute(
                        text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
                    ).scalars()
                )
                assert {
                    "audit_event_notice",
                    "edit_lease_notice",
                    "notification_notice",
                } <= triggers
        migrate(engine, before, down=True)
        assert "notification" not in set(inspect(engine).get_table_names())
        assert "due_date" not in {c["name"] for c in inspect(engine).get_columns("article")}
        migrate(engine, "head")
    finally:
        engine.dispose()
