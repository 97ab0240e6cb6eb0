-- Team mode: triggers that hold every client (the program, psql, anything) to
-- the workflow's rules, with session_user as the person acting.
--
-- Each trigger function lets the owner's own work through (team_trusted(): the
-- owner, a superuser, or a SECURITY DEFINER function of functions.sql, which
-- checks for itself) and holds everyone else to the rules. Refusals raise
-- SQLSTATE 42501 (insufficient_privilege) with a message that starts with the
-- name of the rule, as the program's own refusals do.

CREATE OR REPLACE FUNCTION team_refuse(p_message text) RETURNS void
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = p_message;
END $$;

-- ------------------------------------------------------------------ articles and the workflow

CREATE OR REPLACE FUNCTION team_article_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
    blockers text;
    approving boolean;
BEGIN
    IF team_trusted() THEN
        RETURN NEW;
    END IF;
    uid := team_require_uid();
    IF TG_OP = 'INSERT' THEN
        IF NEW.status <> 'Submitted' THEN
            PERFORM team_refuse(format('workflow: a new article starts as Submitted; it becomes %s only through '
                                       'the workflow', NEW.status));
        END IF;
        IF NEW.created_by_id IS DISTINCT FROM uid OR NEW.last_edited_by_id IS DISTINCT FROM uid THEN
            PERFORM team_refuse(format('separation of duties: an article is created in the name of the '
                                       'signed-in user (%s)', session_user));
        END IF;
        IF NEW.approved_revision_id IS NOT NULL OR NEW.approved_at IS NOT NULL THEN
            PERFORM team_refuse('electronic signature: a new article has no approval');
        END IF;
        RETURN NEW;
    END IF;

    IF NEW.created_by_id IS DISTINCT FROM OLD.created_by_id THEN
        PERFORM team_refuse('separation of duties: an article''s author does not change');
    END IF;
    IF NEW.last_edited_by_id IS DISTINCT FROM OLD.last_edited_by_id AND NEW.last_edited_by_id IS DISTINCT FROM uid THEN
        PERFORM team_refuse(format('separation of duties: %s may record only themselves as the last editor',
                                   session_user));
    END IF;
    approving := OLD.status = 'Under Review' AND NEW.status = 'Approved';
    IF NOT approving AND (NEW.approved_revision_id IS DISTINCT FROM OLD.approved_revision_id
                          OR NEW.approved_at IS DISTINCT FROM OLD.approved_at) THEN
        PERFORM team_refuse('electronic signature: the approved revision is set only by an approval');
    END IF;
    IF NEW.status = OLD.status THEN
        IF OLD.status = 'Approved' AND NEW.current_revision_id IS DISTINCT FROM OLD.current_revision_id THEN
            PERFORM team_refuse('workflow: an approved article''s content changes only as it goes back to review');
        END IF;
        RETURN NEW;
    END IF;

    IF (OLD.status = 'Submitted' AND NEW.status = 'Under Review')
       OR (OLD.status = 'Under Review' AND NEW.status = 'Submitted') THEN
        IF NOT team_in_group('reviewer') THEN
            PERFORM team_refuse(format('role: %s may not move an article from %s to %s; only reviewer, approver, '
                                       'admin may', session_user, OLD.status, NEW.status));
        END IF;
    ELSIF OLD.status = 'Approved' AND NEW.status = 'Under Review' THEN
        -- a reviewer reopens it, or anyone's edit sends the approved article back to review
        IF NOT team_in_group('reviewer') AND NEW.current_revision_id IS NOT DISTINCT FROM OLD.current_revision_id THEN
            PERFORM team_refuse(format('role: %s may not reopen an article; only reviewer, approver, admin may',
                                       session_user));
        END IF;
    ELSIF approving THEN
        IF NOT team_in_group('approver') THEN
            PERFORM team_refuse(format('role: %s may not approve; only approver, admin may', session_user));
        END IF;
        IF uid = OLD.created_by_id THEN
            PERFORM team_refuse('separation of duties: nobody approves an article they authored');
        END IF;
        IF uid = OLD.last_edited_by_id OR uid = NEW.last_edited_by_id THEN
            PERFORM team_refuse('separation of duties: nobody approves an article they last edited');
        END IF;
        IF NEW.current_revision_id IS DISTINCT FROM OLD.current_revision_id
           OR NEW.approved_revision_id IS DISTINCT FROM NEW.current_revision_id THEN
            PERFORM team_refuse('electronic signature: an approval approves the current revision as it stands');
        END IF;
        blockers := team_approval_blockers(NEW.id, NEW.current_revision_id);
        IF blockers <> '' THEN
            PERFORM team_refuse('approval blocked: ' || blockers);
        END IF;
    ELSE
        PERFORM team_refuse(format('workflow: no step from %s to %s', OLD.status, NEW.status));
    END IF;
    RETURN NEW;
END $$;

-- At commit: a status change is recorded as a transition by the person who made
-- it, and an approval carries that person's signature (written only by team_sign,
-- which checks the password) on the approved revision.
CREATE OR REPLACE FUNCTION team_article_recorded() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
BEGIN
    IF team_trusted() THEN
        RETURN NULL;
    END IF;
    uid := team_require_uid();
    IF NOT EXISTS (
        SELECT 1 FROM transition t
        WHERE t.article_id = NEW.id AND t.from_status = OLD.status AND t.to_status = NEW.status
          AND t.user_id = uid AND team_this_xact(t.xmin)
    ) THEN
        PERFORM team_refuse(format('workflow: the step from %s to %s must be recorded as a transition by %s',
                                   OLD.status, NEW.status, session_user));
    END IF;
    IF NEW.status = 'Approved' AND NOT EXISTS (
        SELECT 1 FROM signature s
        WHERE s.article_id = NEW.id AND s.revision_id = NEW.approved_revision_id AND s.user_id = uid
          AND team_this_xact(s.xmin)
    ) THEN
        PERFORM team_refuse('electronic signature: an approval needs the approver''s signature, given with their '
                            'password');
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION team_revision_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NOT team_trusted() AND NEW.created_by_id IS DISTINCT FROM team_require_uid() THEN
        PERFORM team_refuse(format('a revision is saved in the name of the signed-in user (%s)', session_user));
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION team_transition_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
BEGIN
    IF team_trusted() THEN
        RETURN NEW;
    END IF;
    uid := team_require_uid();
    IF TG_OP = 'INSERT' THEN
        IF NEW.user_id IS DISTINCT FROM uid THEN
            PERFORM team_refuse(format('workflow: a transition is recorded in the name of the signed-in user (%s)',
                                       session_user));
        END IF;
        IF NEW.signature_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM signature WHERE id = NEW.signature_id AND user_id = uid) THEN
            PERFORM team_refuse('electronic signature: a transition cites only its own user''s signature');
        END IF;
    ELSIF (to_jsonb(NEW) - 'audit_event_id') IS DISTINCT FROM (to_jsonb(OLD) - 'audit_event_id')
          OR OLD.audit_event_id IS NOT NULL OR OLD.user_id IS DISTINCT FROM uid THEN
        PERFORM team_refuse('workflow: a recorded transition does not change');
    END IF;
    RETURN NEW;
END $$;

-- ------------------------------------------------------------------ what reviewers add

CREATE OR REPLACE FUNCTION team_verdict_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
BEGIN
    IF team_trusted() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    uid := team_require_uid();
    IF TG_OP = 'DELETE' THEN
        IF NOT team_in_group('reviewer') THEN
            PERFORM team_refuse('role: only a reviewer, approver or admin clears verdicts');
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' OR ROW(NEW.verdict, NEW.evidence, NEW.note, NEW.user_id, NEW.claim_id, NEW.reference_number,
                               NEW.claim_text_hash)
                           IS DISTINCT FROM ROW(OLD.verdict, OLD.evidence, OLD.note, OLD.user_id, OLD.claim_id,
                                                OLD.reference_number, OLD.claim_text_hash) THEN
        IF NOT team_in_group('reviewer') THEN
            PERFORM team_refuse('role: only a reviewer, approver or admin records verdicts');
        END IF;
        IF NEW.user_id IS DISTINCT FROM uid THEN
            PERFORM team_refuse(format('a verdict is recorded in the name of the signed-in user (%s)', session_user));
        END IF;
    ELSIF NEW.needs_recheck AND NOT OLD.needs_recheck
          AND NEW.claim_text_hash = (SELECT text_hash FROM claim WHERE id = NEW.claim_id) THEN
        -- a flagged negative verdict no longer blocks approval: only a changed claim text flags it
        PERFORM team_refuse('a verdict is flagged for re-checking only when its claim''s text changed');
    END IF;
    -- where the evidence stands in the reference's document: placed again by the reviewer who replaces
    -- the document, whoever recorded the verdict
    IF TG_OP = 'UPDATE' AND NOT team_in_group('reviewer')
       AND ROW(NEW.evidence_prefix, NEW.evidence_suffix, NEW.evidence_start, NEW.evidence_end, NEW.evidence_score,
               NEW.evidence_orphaned)
           IS DISTINCT FROM ROW(OLD.evidence_prefix, OLD.evidence_suffix, OLD.evidence_start, OLD.evidence_end,
                                OLD.evidence_score, OLD.evidence_orphaned) THEN
        PERFORM team_refuse('role: only a reviewer, approver or admin places evidence in a reference''s document');
    END IF;
    RETURN NEW;
END $$;

-- A document attached to a reference: a reviewer's, in their own name, and not while the article is
-- Approved (what the signature covers and the review report shows stays as it was signed).
CREATE OR REPLACE FUNCTION team_document_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
    row_article integer;
BEGIN
    IF team_trusted() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    uid := team_require_uid();
    IF NOT team_in_group('reviewer') THEN
        PERFORM team_refuse('role: only a reviewer, approver or admin attaches documents to references');
    END IF;
    row_article := CASE WHEN TG_OP = 'DELETE' THEN OLD.article_id ELSE NEW.article_id END;
    IF (SELECT status FROM article WHERE id = row_article) = 'Approved'
       OR (TG_OP = 'UPDATE' AND OLD.article_id IS DISTINCT FROM NEW.article_id
           AND (SELECT status FROM article WHERE id = OLD.article_id) = 'Approved') THEN
        PERFORM team_refuse(format('approved record: article %s is Approved and signed, so its references'' '
                                   'documents cannot change; reopen it first', row_article));
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.attached_by_id IS DISTINCT FROM uid THEN
        PERFORM team_refuse(format('a document is attached in the name of the signed-in user (%s)', session_user));
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION team_comment_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
BEGIN
    IF team_trusted() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    uid := team_require_uid();
    IF TG_OP = 'DELETE' THEN
        IF OLD.user_id IS DISTINCT FROM uid THEN
            PERFORM team_refuse('a comment is deleted only by the user who wrote it');
        END IF;
        RETURN OLD;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.user_id IS DISTINCT FROM uid THEN
            PERFORM team_refuse(format('a comment is written in the name of the signed-in user (%s)', session_user));
        END IF;
    ELSIF ROW(NEW.body, NEW.user_id, NEW.article_id, NEW.parent_id, NEW.created_at)
          IS DISTINCT FROM ROW(OLD.body, OLD.user_id, OLD.article_id, OLD.parent_id, OLD.created_at) THEN
        PERFORM team_refuse('a comment''s text and author do not change');
    END IF;
    IF NEW.resolved AND NEW.resolved_by_id IS DISTINCT FROM uid
       AND (TG_OP = 'INSERT' OR ROW(OLD.resolved, OLD.resolved_by_id) IS DISTINCT FROM ROW(NEW.resolved, NEW.resolved_by_id)) THEN
        PERFORM team_refuse(format('a comment is resolved in the name of the signed-in user (%s)', session_user));
    END IF;
    IF NOT NEW.resolved AND NEW.resolved_by_id IS NOT NULL THEN
        PERFORM team_refuse('an open comment has nobody who resolved it');
    END IF;
    RETURN NEW;
END $$;

-- A finding carries a dismissal only from the signed-in reviewer, or carried over
-- from an earlier dismissal of the same problem (same article and fingerprint).
CREATE OR REPLACE FUNCTION team_finding_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    uid integer;
    carried boolean;
BEGIN
    IF team_trusted() THEN
        RETURN NEW;
    END IF;
    uid := team_require_uid();
    IF TG_OP = 'UPDATE' THEN
        IF ROW(NEW.code, NEW.fingerprint, NEW.article_id, NEW.revision_id)
           IS DISTINCT FROM ROW(OLD.code, OLD.fingerprint, OLD.article_id, OLD.revision_id) THEN
            PERFORM team_refuse('a finding''s code and revision do not change');
        END IF;
        IF OLD.severity = 'error' AND NEW.severity <> 'error' THEN
            PERFORM team_refuse('an error finding is not downgraded; a reviewer dismisses it with a reason');
        END IF;
        IF ROW(NEW.dismissed, NEW.dismissed_by_id, NEW.dismissed_reason)
           IS NOT DISTINCT FROM ROW(OLD.dismissed, OLD.dismissed_by_id, OLD.dismissed_reason) THEN
            RETURN NEW;
        END IF;
    END IF;
    IF NOT NEW.dismissed THEN
        IF TG_OP = 'UPDATE' AND NOT team_in_group('reviewer') THEN
            PERFORM team_refuse('role: only a reviewer, approver or admin restores a dismissed finding');
        END IF;
        RETURN NEW;
    END IF;
    carried := NEW.fingerprint <> '' AND EXISTS (
        SELECT 1 FROM finding f
        WHERE f.article_id = NEW.article_id AND f.fingerprint = NEW.fingerprint AND f.dismissed
          AND f.id IS DISTINCT FROM NEW.id AND f.dismissed_by_id IS NOT DISTINCT FROM NEW.dismissed_by_id
          AND f.dismissed_reason = NEW.dismissed_reason
    );
    IF NOT carried THEN
        IF NOT team_in_group('reviewer') THEN
            PERFORM team_refuse('role: only a reviewer, approver or admin dismisses findings');
        END IF;
        IF NEW.dismissed_by_id IS DISTINCT FROM uid OR btrim(NEW.dismissed_reason) = '' THEN
            PERFORM team_refuse(format('a finding is dismissed in the name of the signed-in user (%s), with a reason',
                                       session_user));
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- ------------------------------------------------------------------ users and settings

CREATE OR REPLACE FUNCTION team_user_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF team_trusted() THEN
        RETURN NEW;
    END IF;
    PERFORM team_require_uid();
    IF NOT team_in_group('admin') THEN
        PERFORM team_refuse('role: only an admin adds or changes users');
    END IF;
    IF NEW.password_hash IS NOT NULL AND NEW.password_hash <> @MARKER@
       AND (TG_OP = 'INSERT' OR NEW.password_hash IS DISTINCT FROM OLD.password_hash) THEN
        PERFORM team_refuse('a password is set through team_set_password, never as a hash');
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF NEW.name <> OLD.name THEN
            PERFORM team_refuse('a user''s name does not change: it names their login and the audit trail');
        END IF;
        IF OLD.role = 'admin' AND OLD.active AND (NEW.role <> 'admin' OR NOT NEW.active)
           AND NOT EXISTS (SELECT 1 FROM "user" WHERE role = 'admin' AND active AND id <> OLD.id) THEN
            PERFORM team_refuse(format('%s is the last active admin; make another user admin first', OLD.name));
        END IF;
    END IF;
    RETURN NEW;
END $$;

-- The login role follows the user row: its group, and whether it may connect.
CREATE OR REPLACE FUNCTION team_user_synced() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    PERFORM team_sync_login(NEW.id);
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION team_meta_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
DECLARE
    k text;
BEGIN
    IF team_trusted() THEN
        RETURN NEW;
    END IF;
    PERFORM team_require_uid();
    FOREACH k IN ARRAY CASE WHEN TG_OP = 'UPDATE' THEN ARRAY[OLD.key, NEW.key] ELSE ARRAY[NEW.key] END LOOP
        IF k = 'audit_head' OR k LIKE 'team.%' THEN
            PERFORM team_refuse(format('meta: %s is kept by the database', k));
        END IF;
        IF k IN ('review_interval_months', 'idle_lock_minutes', 'seeded') AND NOT team_in_group('admin') THEN
            PERFORM team_refuse(format('role: only an admin changes the setting %s', k));
        END IF;
        IF k LIKE 'checks.revision.%' AND TG_OP = 'UPDATE' THEN
            PERFORM team_refuse('meta: a revision''s checks mark does not change');
        END IF;
    END LOOP;
    RETURN NEW;
END $$;

-- Tables whose rows name nobody (claims, citations, sections, references, the
-- search index, the reference library and retraction list): a deactivated or
-- locked account's still-open connection may not write them either.
CREATE OR REPLACE FUNCTION team_active_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = @SCHEMA@, pg_temp
AS $$
BEGIN
    IF NOT team_trusted() THEN
        PERFORM team_require_uid();
    END IF;
    RETURN NULL;
END $$;

-- ------------------------------------------------------------------ the triggers

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['claim', 'citation', 'section', 'reference', 'article_search', 'library_record',
                             'record_conflict', 'reference_link', 'retraction', 'reference_page_search'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS team_active_guard ON %I', t);
        EXECUTE format('CREATE TRIGGER team_active_guard BEFORE INSERT OR UPDATE OR DELETE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION team_active_guard()', t);
    END LOOP;
END $$;

DROP TRIGGER IF EXISTS team_article_guard ON article;
CREATE TRIGGER team_article_guard BEFORE INSERT OR UPDATE ON article
    FOR EACH ROW EXECUTE FUNCTION team_article_guard();
DROP TRIGGER IF EXISTS team_article_recorded ON article;
CREATE CONSTRAINT TRIGGER team_article_recorded AFTER UPDATE ON article
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION team_article_recorded();
DROP TRIGGER IF EXISTS team_revision_guard ON revision;
CREATE TRIGGER team_revision_guard BEFORE INSERT ON revision
    FOR EACH ROW EXECUTE FUNCTION team_revision_guard();
DROP TRIGGER IF EXISTS team_transition_guard ON transition;
CREATE TRIGGER team_transition_guard BEFORE INSERT OR UPDATE ON transition
    FOR EACH ROW EXECUTE FUNCTION team_transition_guard();
-- (signature has no trigger: no desk may insert, update or delete a row of it)
DROP TRIGGER IF EXISTS team_verdict_guard ON verdict;
CREATE TRIGGER team_verdict_guard BEFORE INSERT OR UPDATE OR DELETE ON verdict
    FOR EACH ROW EXECUTE FUNCTION team_verdict_guard();
DROP TRIGGER IF EXISTS team_document_guard ON reference_document;
CREATE TRIGGER team_document_guard BEFORE INSERT OR UPDATE OR DELETE ON reference_document
    FOR EACH ROW EXECUTE FUNCTION team_document_guard();
DROP TRIGGER IF EXISTS team_comment_guard ON comment;
CREATE TRIGGER team_comment_guard BEFORE INSERT OR UPDATE OR DELETE ON comment
    FOR EACH ROW EXECUTE FUNCTION team_comment_guard();
DROP TRIGGER IF EXISTS team_finding_guard ON finding;
CREATE TRIGGER team_finding_guard BEFORE INSERT OR UPDATE ON finding
    FOR EACH ROW EXECUTE FUNCTION team_finding_guard();
DROP TRIGGER IF EXISTS team_user_guard ON "user";
CREATE TRIGGER team_user_guard BEFORE INSERT OR UPDATE ON "user"
    FOR EACH ROW EXECUTE FUNCTION team_user_guard();
DROP TRIGGER IF EXISTS team_user_synced ON "user";
CREATE TRIGGER team_user_synced AFTER UPDATE OF role, active, locked ON "user"
    FOR EACH ROW EXECUTE FUNCTION team_user_synced();
DROP TRIGGER IF EXISTS team_meta_guard ON meta;
CREATE TRIGGER team_meta_guard BEFORE INSERT OR UPDATE ON meta
    FOR EACH ROW EXECUTE FUNCTION team_meta_guard();
