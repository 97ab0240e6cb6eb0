-- Team mode: helper and SECURITY DEFINER functions.
--
-- @SCHEMA@ is the schema of the workstation's tables and @CRYPTO@ the schema
-- pgcrypto lives in; both are filled in (quoted) by db/team/__init__.py.
-- Every function pins its search_path, so no object a desk creates can stand
-- in for ours. "Trusted" means the database owner (or a superuser), and the
-- SECURITY DEFINER functions below, which run as the owner and make their own
-- checks against session_user: the role the person at the desk signed in as.

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
    -- The key of the program's write transactions (db/engine.py), so appends from
    -- any client take their turn and the chain never forks.
    PERFORM pg_advisory_xact_lock(1381454676);
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

-- ------------------------------------------------------------------ passwords and logins

CREATE OR REPLACE FUNCTION team_prehash(p_password text) RETURNS text
    LANGUAGE sql IMMUTABLE SET search_path = @SCHEMA@, pg_temp
AS $$ SELECT encode(sha256(convert_to(p_password, 'UTF8')), 'hex') $$;

CREATE OR REPLACE FUNCTION team_password_matches(p_user_id integer, p_password text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    stored text;
BEGIN
    SELECT hash INTO stored FROM team_password WHERE user_id = p_user_id;
    IF stored IS NULL OR p_password IS NULL OR stored NOT LIKE '$2%' THEN
        RETURN false;  -- no password, or a hash from before team mode that only the program reads
    END IF;
    RETURN stored = @CRYPTO@.crypt(team_prehash(p_password), stored);
END $$;

-- Move the login role into the group of the user's workstation role and let it
-- connect only while the account is active, unlocked and has a password.
CREATE OR REPLACE FUNCTION team_sync_login(p_user_id integer) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u "user";
    wanted text;
    g text;
BEGIN
    SELECT * INTO u FROM "user" WHERE id = p_user_id;
    IF NOT FOUND OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.name) THEN
        RETURN;
    END IF;
    wanted := team_group(u.role);
    FOR g IN
        SELECT gr.rolname FROM pg_auth_members m
        JOIN pg_roles gr ON gr.oid = m.roleid
        JOIN pg_roles r ON r.oid = m.member
        WHERE r.rolname = u.name AND gr.rolname <> wanted
          AND gr.rolname IN (team_group('member'), team_group('author'), team_group('reviewer'),
                             team_group('approver'), team_group('admin'))
    LOOP
        EXECUTE format('REVOKE %I FROM %I', g, u.name);
    END LOOP;
    IF NOT EXISTS (
        SELECT 1 FROM pg_auth_members m JOIN pg_roles gr ON gr.oid = m.roleid JOIN pg_roles r ON r.oid = m.member
        WHERE r.rolname = u.name AND gr.rolname = wanted
    ) THEN
        EXECUTE format('GRANT %I TO %I', wanted, u.name);
    END IF;
    IF u.active AND NOT u.locked AND EXISTS (SELECT 1 FROM team_password WHERE user_id = u.id AND hash LIKE '$2%') THEN
        EXECUTE format('ALTER ROLE %I LOGIN', u.name);
    ELSE
        EXECUTE format('ALTER ROLE %I NOLOGIN', u.name);
    END IF;
END $$;

-- The login role of a new user (an admin, or the owner for the first admin).
CREATE OR REPLACE FUNCTION team_create_login(p_user_id integer, p_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp SET password_encryption = 'scram-sha-256'
AS $$
DECLARE
    u "user";
BEGIN
    IF NOT team_session_trusted() AND NOT (team_in_group('admin') AND team_uid() IS NOT NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = 'role: only an admin adds users';
    END IF;
    SELECT * INTO u FROM "user" WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('no user with id %s', p_user_id);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.name) THEN
        IF NOT team_owns_login(u.name) THEN
            RAISE EXCEPTION USING ERRCODE = 'duplicate_object',
                MESSAGE = format('a PostgreSQL role named %s already exists on this server (roles are shared by '
                                 'all its databases); choose another user name', u.name);
        END IF;
    ELSE
        EXECUTE format('CREATE ROLE %I NOLOGIN', u.name);
    END IF;
    IF p_password IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', u.name, p_password);
    END IF;
    PERFORM team_sync_login(u.id);
END $$;

-- Set a user's password: the bcrypt hash the database checks signatures with,
-- and the login role's own password (hashed by the server with SCRAM).
CREATE OR REPLACE FUNCTION team_set_password(p_name text, p_password text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp SET password_encryption = 'scram-sha-256'
AS $$
DECLARE
    u "user";
    self_change boolean := p_name = session_user::text;
BEGIN
    SELECT * INTO u FROM "user" WHERE name = p_name;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('no user named %s', p_name);
    END IF;
    IF NOT team_session_trusted() THEN
        PERFORM team_require_uid();
        IF NOT self_change AND NOT team_in_group('admin') THEN
            RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
                MESSAGE = 'role: only an admin sets another user''s password';
        END IF;
    END IF;
    IF p_password IS NULL OR length(p_password) < 8 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', MESSAGE = 'password: at least 8 characters';
    END IF;
    INSERT INTO team_password (user_id, hash)
    VALUES (u.id, @CRYPTO@.crypt(team_prehash(p_password), @CRYPTO@.gen_salt('bf', 10)))
    ON CONFLICT (user_id) DO UPDATE SET hash = EXCLUDED.hash;
    UPDATE "user" SET password_hash = @MARKER@ WHERE id = u.id AND password_hash IS DISTINCT FROM @MARKER@;
    IF self_change AND NOT team_session_trusted() THEN
        UPDATE "user" SET must_change_password = false WHERE id = u.id;
    END IF;
    IF team_owns_login(u.name) THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', u.name, p_password);
        PERFORM team_sync_login(u.id);
    END IF;
END $$;

-- A password check without counting (the signature dialog's early check, the
-- owner's in-app sign-in, which counts failures itself).
CREATE OR REPLACE FUNCTION team_verify_password(p_name text, p_password text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
BEGIN
    IF NOT team_session_trusted() AND p_name IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'sign-in: a desk checks only its own user''s password';
    END IF;
    SELECT id INTO uid FROM "user" WHERE name = p_name;
    RETURN uid IS NOT NULL AND team_password_matches(uid, p_password);
END $$;

-- The session user's password checked again at the desk (the lock screen, a
-- password change): wrong ones count, and the fifth in a row locks the account
-- and its login. Returns 'ok', 'wrong', 'locked' or 'inactive'. The caller
-- commits even when the answer is not 'ok', so the count survives.
CREATE OR REPLACE FUNCTION team_check_password(p_password text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u "user";
    failures integer;
BEGIN
    SELECT * INTO u FROM "user" WHERE name = session_user;
    IF NOT FOUND OR NOT u.active THEN
        RETURN 'inactive';
    END IF;
    IF u.locked THEN
        RETURN 'locked';
    END IF;
    IF team_password_matches(u.id, p_password) THEN
        UPDATE "user" SET failed_signins = 0 WHERE id = u.id AND failed_signins <> 0;
        RETURN 'ok';
    END IF;
    UPDATE "user" SET failed_signins = failed_signins + 1 WHERE id = u.id RETURNING failed_signins INTO failures;
    PERFORM team_write_event(u.name, 'user.sign_in_failed', 'user', u.id, NULL, '', '', '',
                             format('wrong password (%s in a row)', failures));
    IF failures >= 5 THEN
        UPDATE "user" SET locked = true WHERE id = u.id;
        PERFORM team_write_event('system', 'user.locked', 'user', u.id, NULL, '', '', '',
                                 '5 failed sign-ins in a row');
        RETURN 'locked';
    END IF;
    RETURN 'wrong';
END $$;

-- After the server accepted the desk's password: the in-app bookkeeping.
CREATE OR REPLACE FUNCTION team_note_sign_in() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u "user";
BEGIN
    SELECT * INTO u FROM "user" WHERE name = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('sign-in: %s is not a user of this review database', session_user);
    END IF;
    IF NOT u.active THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s''s account is deactivated', u.name);
    END IF;
    IF u.locked THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('%s''s account is locked; an admin must unlock it', u.name);
    END IF;
    UPDATE "user" SET failed_signins = 0, last_sign_in = clock_timestamp() WHERE id = u.id;
    PERFORM team_write_event(u.name, 'user.sign_in', 'user', u.id, NULL, '', '', '', '');
    RETURN u.id;
END $$;

-- ------------------------------------------------------------------ approval

-- The approval guards of workstation/workflow.py (run_guards), as counts:
-- '' when nothing blocks, else e.g. '2 citation(s) without a verdict'.
CREATE OR REPLACE FUNCTION team_approval_blockers(p_article_id integer, p_revision_id integer) RETURNS text
    LANGUAGE sql STABLE SET search_path = @SCHEMA@, pg_temp
AS $$
    SELECT concat_ws('; ',
        CASE WHEN missing > 0 THEN missing || ' citation(s) without a verdict' END,
        CASE WHEN errors > 0 THEN errors || ' open error finding(s)' END,
        CASE WHEN negative > 0 THEN negative || ' unresolved not-supported/contradicted verdict(s)' END)
    FROM (
        SELECT
            (SELECT count(*) FROM claim c
               JOIN citation ci ON ci.claim_id = c.id
               LEFT JOIN verdict v ON v.claim_id = c.id AND v.reference_number = ci.number
              WHERE c.article_id = p_article_id AND NOT c.orphaned AND v.id IS NULL) AS missing,
            (SELECT count(*) FROM finding f
              WHERE f.article_id = p_article_id AND f.revision_id IS NOT DISTINCT FROM p_revision_id
                AND f.severity = 'error' AND NOT f.dismissed) AS errors,
            (SELECT count(*) FROM claim c
               JOIN verdict v ON v.claim_id = c.id
              WHERE c.article_id = p_article_id AND NOT c.orphaned
                AND v.verdict IN ('not-supported', 'contradicted') AND NOT v.needs_recheck) AS negative
    ) counts
$$;

-- The approver's electronic signature, the only way a signature row is written:
-- the password is checked here, against the hash only the owner reads, and the
-- signature binds the revision the same transaction approved.
CREATE OR REPLACE FUNCTION team_sign(
    p_article_id integer, p_password text, p_meaning text, p_signed_at timestamptz, p_approval_event_id integer
) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u "user";
    a article;
    approved_now boolean;
    r revision;
    sid integer;
BEGIN
    SELECT * INTO u FROM "user" WHERE name = session_user AND active AND NOT locked;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('electronic signature: %s is not an active, unlocked user of this review database',
                             session_user);
    END IF;
    IF NOT team_in_group('approver') THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = format('role: a %s may not sign an approval; only approver, admin may', u.role);
    END IF;
    IF NOT team_password_matches(u.id, p_password) THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_password',
            MESSAGE = 'electronic signature: the password is wrong; the approval was not signed';
    END IF;
    SELECT * INTO a FROM article WHERE id = p_article_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found', MESSAGE = format('no article with id %s', p_article_id);
    END IF;
    SELECT team_this_xact(xmin) INTO approved_now FROM article WHERE id = p_article_id;
    IF a.status <> 'Approved' OR a.approved_revision_id IS NULL OR NOT approved_now THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'electronic signature: a signature is given only with the approval it signs, in one transaction';
    END IF;
    IF u.id = a.created_by_id THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'separation of duties: nobody approves an article they authored';
    END IF;
    IF u.id = a.last_edited_by_id THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'separation of duties: nobody approves an article they last edited';
    END IF;
    SELECT * INTO r FROM revision WHERE id = a.approved_revision_id AND article_id = a.id;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'electronic signature: the approved revision does not belong to the article';
    END IF;
    IF p_signed_at IS NULL OR abs(extract(epoch FROM p_signed_at - clock_timestamp())) > 300 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'electronic signature: the signing time is more than five minutes off the database''s clock';
    END IF;
    -- the approval's own audit event, just appended by this user in this transaction
    IF NOT EXISTS (
        SELECT 1 FROM audit_event e
        WHERE e.id = p_approval_event_id AND e.action = 'transition' AND e.article_id = a.id
          AND e.new_value = 'Approved' AND e.actor = session_user::text AND team_this_xact(e.xmin)
    ) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'electronic signature: a signature is bound to the approval event its signer just recorded';
    END IF;
    INSERT INTO signature (article_id, revision_id, content_hash, user_id, printed_name, role, meaning, signed_at,
                           audit_event_id)
    VALUES (a.id, r.id, r.content_hash, u.id, coalesce(nullif(u.display_name, ''), u.name), u.role,
            coalesce(nullif(btrim(p_meaning), ''), 'Approved as medically accurate'), p_signed_at,
            p_approval_event_id)
    RETURNING id INTO sid;
    RETURN sid;
END $$;
