-- Team mode: who is asking, and the audit trail (helper and SECURITY DEFINER functions).
--
-- @SCHEMA@ is the schema of the workstation's tables and @CRYPTO@ the schema
-- pgcrypto lives in; both are filled in (quoted) by db/team/__init__.py.
-- Every function pins its search_path, so no object a desk creates can stand
-- in for ours. "Trusted" means the database owner (or a superuser), and the
-- SECURITY DEFINER functions (here, in logins.sql and approval.sql), which run
-- as the owner and make their own checks against session_user: the role the
-- person at the desk signed in as.

-- ------------------------------------------------------------------ who is asking

CREATE OR REPLACE FUNCTION team_group(p_role text) RETURNS text
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT value || p_role FROM meta WHERE key = 'team.role_prefix' $$;

-- The current role owns the tables (or is a superuser): the owner at work, or
-- one of the SECURITY DEFINER functions, which check for themselves.
CREATE OR REPLACE FUNCTION team_trusted() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = 'article'::regclass $$;

-- The role that connected is the owner (or a superuser).
CREATE OR REPLACE FUNCTION team_session_trusted() RETURNS boolean
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT pg_has_role(session_user, c.relowner, 'MEMBER') FROM pg_class c WHERE c.oid = 'article'::regclass $$;

-- The workstation user the session signed in as, while active and unlocked.
-- A deactivated or locked account may keep an open connection; it acts no more.
CREATE OR REPLACE FUNCTION team_uid() RETURNS integer
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT id FROM "user" WHERE name = session_user AND active AND NOT locked $$;

CREATE OR REPLACE FUNCTION team_require_uid() RETURNS integer
    LANGUAGE plpgsql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer := team_uid();
BEGIN
    IF uid IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('sign-in: %s is not an active, unlocked user of this review database', session_user);
    END IF;
    RETURN uid;
END $$;

-- Whether the session's role holds a workstation role (admin ⊃ approver ⊃ reviewer).
CREATE OR REPLACE FUNCTION team_in_group(p_role text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT coalesce(pg_has_role(session_user, team_group(p_role), 'MEMBER'), false) $$;

-- Whether a row version was written by the current transaction (a 32-bit xmin
-- against the 64-bit transaction id).
CREATE OR REPLACE FUNCTION team_this_xact(p_xmin xid) RETURNS boolean
    LANGUAGE sql VOLATILE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT p_xmin::text::bigint = pg_current_xact_id()::text::bigint % 4294967296 $$;

-- Whether a PostgreSQL role of this name is a login of this review database.
CREATE OR REPLACE FUNCTION team_owns_login(p_name text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT EXISTS (
        SELECT 1 FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid
        JOIN pg_roles r ON r.oid = m.member
        WHERE r.rolname = p_name
          AND g.rolname IN (team_group('author'), team_group('reviewer'), team_group('approver'), team_group('admin'))
    )
$$;

-- ------------------------------------------------------------------ the audit trail

-- The same SHA-256 over the same canonical JSON as workstation/audit.py's
-- event_hash (keys sorted, no spaces, non-ASCII kept), so either side verifies.
CREATE OR REPLACE FUNCTION team_event_hash(
    p_id integer, p_at timestamptz, p_prev text, p_actor text, p_action text, p_entity text,
    p_entity_id integer, p_article_id integer, p_field text, p_old text, p_new text, p_reason text
) RETURNS text
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT encode(sha256(convert_to(
        '{"action":' || to_json(p_action)::text
        || ',"actor":' || to_json(p_actor)::text
        || ',"article_id":' || coalesce(p_article_id::text, 'null')
        || ',"at":"' || to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"'
        || ',"entity":' || to_json(p_entity)::text
        || ',"entity_id":' || coalesce(p_entity_id::text, 'null')
        || ',"field":' || to_json(p_field)::text
        || ',"id":' || p_id::text
        || ',"new_value":' || to_json(p_new)::text
        || ',"old_value":' || to_json(p_old)::text
        || ',"prev_hash":' || to_json(p_prev)::text
        || ',"reason":' || to_json(p_reason)::text
        || '}', 'UTF8')), 'hex')
$$;

-- Append one event to the chain (internal: no desk may name another actor).
CREATE OR REPLACE FUNCTION team_write_event(
    p_actor text, p_action text, p_entity text, p_entity_id integer, p_article_id integer,
    p_field text, p_old text, p_new text, p_reason text
) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    last_id integer;
    prev text;
    new_id integer;
    stamp timestamptz := clock_timestamp();
    digest text;
BEGIN
    -- The lock of the program's write transactions in this schema (db/engine.py:
    -- the key and the schema's name hashed), so appends from any client take
    -- their turn and the chain never forks; other schemas' writers go on.
    PERFORM pg_advisory_xact_lock(1381454676, hashtext(current_schema()));
    SELECT id, hash INTO last_id, prev FROM audit_event ORDER BY id DESC LIMIT 1;
    IF last_id IS NULL THEN
        last_id := 0;
        prev := repeat('0', 64);
    END IF;
    new_id := last_id + 1;
    digest := team_event_hash(new_id, stamp, prev, coalesce(p_actor, ''), p_action, coalesce(p_entity, ''),
                              p_entity_id, p_article_id, coalesce(p_field, ''), coalesce(p_old, ''),
                              coalesce(p_new, ''), coalesce(p_reason, ''));
    INSERT INTO audit_event (id, at, actor, action, entity, entity_id, article_id, field, old_value, new_value,
                             reason, prev_hash, hash)
    VALUES (new_id, stamp, coalesce(p_actor, ''), p_action, coalesce(p_entity, ''), p_entity_id, p_article_id,
            coalesce(p_field, ''), coalesce(p_old, ''), coalesce(p_new, ''), coalesce(p_reason, ''), prev, digest);
    UPDATE meta SET value = new_id || ':' || digest WHERE key = 'audit_head';
    IF NOT FOUND THEN
        INSERT INTO meta (key, value) VALUES ('audit_head', new_id || ':' || digest);
    END IF;
    RETURN new_id;
END $$;

-- What a desk calls to record an event: only in the name of its own session user.
CREATE OR REPLACE FUNCTION team_append_event(
    p_actor text, p_action text, p_entity text, p_entity_id integer, p_article_id integer,
    p_field text, p_old text, p_new text, p_reason text
) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NOT team_session_trusted() THEN
        PERFORM team_require_uid();
        IF p_actor IS DISTINCT FROM session_user::text THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = format('audit: %s may record events only in their own name, not as %s', session_user, p_actor);
        END IF;
    END IF;
    RETURN team_write_event(p_actor, p_action, p_entity, p_entity_id, p_article_id, p_field, p_old, p_new, p_reason);
END $$;
