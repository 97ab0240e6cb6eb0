"""PostgreSQL triggers that announce every committed change with NOTIFY (used by migration 0005).

One notice per statement, on a channel of the schema's own (``ws_<schema>``), so
desks on other schemas of the same server are not woken. Audit events carry the
last event id and the articles they touch (left out beyond ``MAX_NOTICE_ARTICLES``:
a notice's payload is limited to 8000 bytes, and the listener reads the events
anyway); edit leases and notifications only say which table changed. NOTIFY is
delivered at commit, so a rolled-back change is never announced; any writer, the
workstation or another SQL client, is heard.
"""

from __future__ import annotations

MAX_NOTICE_ARTICLES = 200
CHANNEL_PREFIX = "ws_"


def channel(schema: str) -> str:
    """The channel a schema's changes are announced on (identifiers stop at 63 bytes)."""
    return (CHANNEL_PREFIX + schema)[:63]

CHANGE_NOTICE_UP = (
    f"""
    CREATE OR REPLACE FUNCTION workstation_events_notice() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify(left('{CHANNEL_PREFIX}' || TG_TABLE_SCHEMA, 63), (
            SELECT json_build_object(
                'table', TG_TABLE_NAME,
                'last', max(id),
                'articles', CASE WHEN count(DISTINCT article_id) <= {MAX_NOTICE_ARTICLES}
                                 THEN coalesce(json_agg(DISTINCT article_id)
                                               FILTER (WHERE article_id IS NOT NULL), '[]'::json)
                            END
            )::text FROM new_rows));
        RETURN NULL;
    END $$
    """,
    f"""
    CREATE OR REPLACE FUNCTION workstation_table_notice() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM pg_notify(left('{CHANNEL_PREFIX}' || TG_TABLE_SCHEMA, 63), json_build_object('table', TG_TABLE_NAME)::text);
        RETURN NULL;
    END $$
    """,
    "DROP TRIGGER IF EXISTS audit_event_notice ON audit_event",
    """
    CREATE TRIGGER audit_event_notice AFTER INSERT ON audit_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION workstation_events_notice()
    """,
    "DROP TRIGGER IF EXISTS edit_lease_notice ON edit_lease",
    """
    CREATE TRIGGER edit_lease_notice AFTER INSERT OR UPDATE OR DELETE ON edit_lease
    FOR EACH STATEMENT EXECUTE FUNCTION workstation_table_notice()
    """,
    "DROP TRIGGER IF EXISTS notification_notice ON notification",
    """
    CREATE TRIGGER notification_notice AFTER INSERT OR UPDATE OR DELETE ON notification
    FOR EACH STATEMENT EXECUTE FUNCTION workstation_table_notice()
    """,
)

CHANGE_NOTICE_DOWN = (
    "DROP TRIGGER IF EXISTS notification_notice ON notification",
    "DROP TRIGGER IF EXISTS edit_lease_notice ON edit_lease",
    "DROP TRIGGER IF EXISTS audit_event_notice ON audit_event",
    "DROP FUNCTION IF EXISTS workstation_table_notice()",
    "DROP FUNCTION IF EXISTS workstation_events_notice()",
)
