"""Migration 0008 (reference documents) upgrades the schema before it, keeps verdicts, and goes back down."""

from __future__ import annotations

from sqlalchemy import inspect, text

from db.engine import create_db_engine, database_url
from tests.db.test_migration_teamwork import migrate

DOCUMENTS, BEFORE = "0008", "0005"


def test_documents_migration_up_and_down(db_url: str) -> None:
    engine = create_db_engine(database_url(db_url))
    search = "reference_page_fts" if engine.dialect.name == "sqlite" else "reference_page_search"
    try:
        migrate(engine, BEFORE)
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO article (id, title, status, audience, topic, authors, source_format, source_file, "
                "created_at, updated_at, version, claims_count, claims_reviewed, references_count, open_findings) "
                "VALUES (1, 'Kept', 'Submitted', 'patient', '', '[]', 'markdown', '', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP, 1, 0, 0, 0, 0)"))
            connection.execute(text(
                "INSERT INTO revision (id, article_id, number, title, audience, body, content_hash, note, created_at) "
                "VALUES (1, 1, 1, 'Kept', 'patient', 'Body.', 'h', '', CURRENT_TIMESTAMP)"))
            connection.execute(text(
                "INSERT INTO claim (id, article_id, revision_id, position, text, quote, prefix, suffix, start, "
                "\"end\", anchor_score, orphaned, origin, needs_citation, text_hash, created_at) VALUES "
                "(1, 1, 1, 0, 'Body.', 'Body.', '', '', 0, 5, 1.0, false, 'extracted', false, '', CURRENT_TIMESTAMP)"))
            connection.execute(text(
                "INSERT INTO verdict (claim_id, reference_number, verdict, evidence, note, created_at, updated_at, "
                "claim_text_hash, needs_recheck) VALUES (1, 1, 'supported', 'Table 2', '', CURRENT_TIMESTAMP, "
                "CURRENT_TIMESTAMP, '', false)"))
        migrate(engine, DOCUMENTS)
        tables = set(inspect(engine).get_table_names())
        assert {"reference_document", search} <= tables
        with engine.connect() as connection:
            row = connection.execute(text(
                "SELECT evidence, evidence_start, evidence_orphaned, evidence_score FROM verdict")).one()
        assert (row[0], row[1], bool(row[2]), row[3]) == ("Table 2", None, False, 1.0)
        migrate(engine, BEFORE, down=True)
        assert not {"reference_document", search} & set(inspect(engine).get_table_names())
        assert "evidence_start" not in {c["name"] for c in inspect(engine).get_columns("verdict")}
        with engine.connect() as connection:
            assert connection.execute(text("SELECT evidence FROM verdict")).scalar_one() == "Table 2"
        migrate(engine, "head")
    finally:
        engine.dispose()


def test_sort_indexes_on_postgresql_only(db_url: str) -> None:
    """0011: a (column, id) index per library sort on PostgreSQL; SQLite's indexes hold the row id already."""
    engine = create_db_engine(database_url(db_url))
    try:
        migrate(engine, "0011")
        names = {index["name"] for index in inspect(engine).get_indexes("article")}
        wanted = {"ix_article_status_id", "ix_article_updated_at_id", "ix_article_due_date_desc_id"}
        assert wanted <= names if engine.dialect.name == "postgresql" else not wanted & names
        migrate(engine, DOCUMENTS, down=True)
        assert not wanted & {index["name"] for index in inspect(engine).get_indexes("article")}
    finally:
        engine.dispose()
