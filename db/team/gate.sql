-- Team mode: the sign-in gate.
--
-- A wrong password at a desk's connection is refused by PostgreSQL before any
-- of our tables are reached, so the desk then connects as <prefix>gate, a
-- login role whose password is fixed and published (@GATE_PASSWORD@): all it
-- may do is call team_failed_sign_in, which counts the failure toward the lock.
-- It reads no table and calls no other function of ours. Run after grants.sql,
-- whose REVOKE ... FROM PUBLIC also takes away the EXECUTE every new function
-- gives PUBLIC by default.

SET LOCAL password_encryption = 'scram-sha-256';

DO $$
DECLARE
    gate text := team_group('gate');
    existing pg_roles;
BEGIN
    SELECT * INTO existing FROM pg_roles WHERE rolname = gate;
    IF NOT FOUND THEN
        EXECUTE format('CREATE ROLE %I LOGIN NOINHERIT PASSWORD %L', gate, @GATE_PASSWORD@);
    ELSIF existing.rolsuper OR existing.rolcreaterole OR existing.rolcreatedb OR existing.rolreplication
          OR existing.rolbypassrls
          OR EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.member = existing.oid)
          OR EXISTS (SELECT 1 FROM "user" WHERE name = gate) THEN
        RAISE EXCEPTION 'the role % exists and is not a sign-in gate; set another prefix in meta team.role_prefix',
            gate;
    ELSE
        EXECUTE format('ALTER ROLE %I LOGIN NOINHERIT PASSWORD %L', gate, @GATE_PASSWORD@);
    END IF;

    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), gate);
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO %I', '@SCHEMA@', gate);
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %s FROM %I', '@SCHEMA@', gate);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %s FROM %I', '@SCHEMA@', gate);
    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %s FROM %I', '@SCHEMA@', gate);
    EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I',
                   '@SCHEMA@.team_failed_sign_in(text)'::regprocedure, gate);
END $$;
