-- Team mode: passwords and login roles.
--
-- Password hashes live in team_password rather than in "user".password_hash,
-- which every desk may read; on a team database that column holds a marker
-- only. Hashes are bcrypt (pgcrypto crypt()) of the password's SHA-256, so the
-- signature function can check a password inside the database, and passwords
-- longer than bcrypt's 72 bytes still count in full. Each user's login role is
-- named after them and sits in the group of their workstation role.

CREATE TABLE IF NOT EXISTS team_password (
    user_id integer PRIMARY KEY REFERENCES "user"(id),
    hash text NOT NULL
);
REVOKE ALL ON team_password FROM PUBLIC;

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

-- One more wrong password for an active, unlocked user: counted and audited;
-- the fifth in a row locks the account, and the trigger on "user" makes its
-- login NOLOGIN. Returns the attempts left (0: now locked). Not SECURITY
-- DEFINER: only the owner's functions below, which checked who asks, call it.
CREATE OR REPLACE FUNCTION team_count_failure(p_user_id integer) RETURNS integer
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u_name text;
    failures integer;
BEGIN
    UPDATE "user" SET failed_signins = failed_signins + 1 WHERE id = p_user_id
    RETURNING name, failed_signins INTO u_name, failures;
    PERFORM team_write_event(u_name, 'user.sign_in_failed', 'user', p_user_id, NULL, '', '', '',
                             format('wrong password (%s in a row)', failures));
    IF failures >= 5 THEN
        UPDATE "user" SET locked = true WHERE id = p_user_id;
        PERFORM team_write_event('system', 'user.locked', 'user', p_user_id, NULL, '', '', '',
                                 '5 failed sign-ins in a row');
        RETURN 0;
    END IF;
    RETURN 5 - failures;
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
BEGIN
    SELECT * INTO u FROM "user" WHERE name = session_user FOR UPDATE;
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
    IF team_count_failure(u.id) = 0 THEN
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


-- A wrong password at a desk's connection: PostgreSQL refused it before any of
-- our tables were reached, so the desk reports it here, connected as this
-- database's sign-in gate (<prefix>gate, gate.sql), the one role that may call
-- this. Counts like a wrong password at the lock screen. Returns the attempts
-- left (0: locked), or NULL for a name that is no active user here (nothing is
-- recorded: there is no row to count on).
CREATE OR REPLACE FUNCTION team_failed_sign_in(p_name text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    u "user";
BEGIN
    IF session_user::text IS DISTINCT FROM team_group('gate') AND NOT team_session_trusted() THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
            MESSAGE = 'sign-in: failed sign-ins are recorded through the sign-in gate only';
    END IF;
    SELECT * INTO u FROM "user" WHERE name = p_name FOR UPDATE;
    IF NOT FOUND OR NOT u.active THEN
        RETURN NULL;
    END IF;
    IF u.locked THEN
        RETURN 0;
    END IF;
    RETURN team_count_failure(u.id);
END $$;
