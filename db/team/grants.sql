-- Team mode: what each group may touch. Only what a role needs: SELECT on the
-- review tables for every member; writes where the program writes, each held to
-- its rules by triggers.sql; audit events, signatures and password hashes only
-- through the functions of functions.sql. Re-applied in full on every team init.

DO $$
DECLARE
    member text := team_group('member');
    reviewer text := team_group('reviewer');
    admin text := team_group('admin');
    everyone text := format('%I, %I, %I, %I, %I', member, team_group('author'), reviewer, team_group('approver'), admin);
    fn regprocedure;
BEGIN
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), member);
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO %I', '@SCHEMA@', member);

    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %s FROM PUBLIC, %s', '@SCHEMA@', everyone);
    EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %s FROM PUBLIC, %s', '@SCHEMA@', everyone);

    -- every table is readable (a newer migration's too) but the owner's password hashes
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %s TO %I', '@SCHEMA@', member);
    EXECUTE format('REVOKE ALL ON team_password FROM %I', member);
    EXECUTE format('GRANT INSERT, UPDATE ON article, meta TO %I', member);
    EXECUTE format('GRANT INSERT ON revision, section, reference, transition TO %I', member);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON claim, citation, finding, comment, article_search TO %I', member);
    -- the shared reference library (imports add to it; merging records is a reviewer's), and the
    -- retraction list, which only reviewers replace
    EXECUTE format('GRANT INSERT, UPDATE ON library_record TO %I', member);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON record_conflict, reference_link TO %I', member);
    -- who has an editor open (edit leases) and what waits for whom (notifications), written by whoever acts
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON edit_lease, notification TO %I', member);
    -- documents attached to references, and their search index, are a reviewer's to attach (triggers.sql
    -- keeps an approved article's documents as they were signed)
    EXECUTE format('GRANT INSERT, UPDATE ON reference_document TO %I', reviewer);
    EXECUTE format('GRANT INSERT, DELETE ON reference_page_search TO %I', reviewer);
    EXECUTE format('GRANT DELETE ON library_record TO %I', reviewer);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON retraction TO %I', reviewer);
    -- re-anchoring after an edit flags verdicts for re-checking; recording one is a reviewer's
    EXECUTE format('GRANT UPDATE ON verdict TO %I', member);
    EXECUTE format('GRANT INSERT, DELETE ON verdict TO %I', reviewer);
    -- the audit event an edit's transition points to is filled in after the event is appended
    EXECUTE format('GRANT UPDATE (audit_event_id) ON transition TO %I', member);
    EXECUTE format('GRANT INSERT, UPDATE ON "user" TO %I', admin);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %s TO %I', '@SCHEMA@', member);

    EXECUTE format('REVOKE ALL ON ALL FUNCTIONS IN SCHEMA %s FROM PUBLIC, %s', '@SCHEMA@', everyone);
    FOR fn IN
        SELECT p.oid::regprocedure FROM pg_proc p
        WHERE p.pronamespace = '@SCHEMA@'::regnamespace AND p.proname = ANY (ARRAY[
            -- what the triggers call as the desk's own role
            'team_group', 'team_trusted', 'team_session_trusted', 'team_uid', 'team_require_uid', 'team_in_group',
            'team_this_xact', 'team_approval_blockers', 'team_refuse',
            -- the doors a desk goes through
            'team_append_event', 'team_note_sign_in', 'team_check_password', 'team_verify_password',
            'team_set_password', 'team_create_login', 'team_sign'])
    LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', fn, member);
    END LOOP;
END $$;
