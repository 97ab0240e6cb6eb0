-- Team mode: one group role per workstation role, and a login role per user.
--
-- Roles belong to the whole PostgreSQL server, so the groups carry this
-- database's prefix (meta 'team.role_prefix'): <prefix>member, author,
-- reviewer, approver, admin. Rights nest as the workflow's do: an admin has an
-- approver's, an approver a reviewer's; every group has a member's.

DO $$
DECLARE
    grp text;
    existing pg_roles;
    pair text[];
BEGIN
    FOREACH grp IN ARRAY ARRAY['member', 'author', 'reviewer', 'approver', 'admin'] LOOP
        SELECT * INTO existing FROM pg_roles WHERE rolname = team_group(grp);
        IF NOT FOUND THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', team_group(grp));
        ELSIF existing.rolcanlogin OR existing.rolsuper THEN
            RAISE EXCEPTION 'the role % exists and is not a group role; set another prefix in meta team.role_prefix',
                team_group(grp);
        END IF;
    END LOOP;
    FOREACH pair SLICE 1 IN ARRAY ARRAY[
        ['author', 'member'], ['reviewer', 'member'], ['approver', 'reviewer'], ['admin', 'approver']
    ] LOOP
        IF NOT pg_has_role(team_group(pair[1]), team_group(pair[2]), 'MEMBER') THEN
            EXECUTE format('GRANT %I TO %I', team_group(pair[2]), team_group(pair[1]));
        END IF;
    END LOOP;
END $$;

-- Users from before team mode: their hashes move where only the owner reads
-- them, and each gets a login role that may connect once an admin sets a new
-- password (the database cannot check the program's argon2 hashes).
INSERT INTO team_password (user_id, hash)
SELECT id, password_hash FROM "user" WHERE password_hash IS NOT NULL AND password_hash <> @MARKER@
ON CONFLICT (user_id) DO NOTHING;
UPDATE "user" SET password_hash = @MARKER@ WHERE password_hash IS NOT NULL AND password_hash <> @MARKER@;

DO $$
DECLARE
    u "user";
BEGIN
    FOR u IN SELECT * FROM "user" ORDER BY id LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = u.name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', u.name);
            PERFORM team_sync_login(u.id);
        ELSIF team_owns_login(u.name) THEN
            PERFORM team_sync_login(u.id);
        END IF;
    END LOOP;
END $$;
