-- Team mode: the approval guards and the electronic signature, inside the database.

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
