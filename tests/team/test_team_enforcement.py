"""PostgreSQL itself refuses what a person may not do, whatever client they use.

Each test connects with plain psycopg as a board member's own login role (as
psql would) and tries something the workflow forbids; the database refuses
it, and nothing changes. The board, its articles and reviews are set up once
for the module through the program, from each person's desk.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import errors

from db.team import PASSWORD_MARKER
from tests.people import ADMIN, password_for
from tests.team.board import desk, import_article, review, set_up_board
from tests.team.conftest import Cluster, TeamDatabase, create_team_database, drop_team_database
from workstation.facade import Workstation

pytestmark = pytest.mark.team


@dataclass(frozen=True)
class Board:
    db: TeamDatabase
    users: dict[str, int]
    ready: int  # Under Review, every citation judged: an approver could approve it
    blocked: int  # Under Review, one citation without a verdict

    def connect(self, name: str) -> psycopg.Connection:
        return self.db.connect(name, password_for(name))

    def status(self, article_id: int) -> str:
        with self.db.cluster.superuser(self.db.name) as conn:
            return conn.execute("SELECT status FROM article WHERE id = %s", (article_id,)).fetchone()[0]

    def audit_intact(self) -> bool:
        with Workstation.open(self.db.owner_url) as owner:
            return owner.audit.verify().ok


@pytest.fixture(scope="module")
def board(cluster: Cluster) -> Iterator[Board]:
    db = create_team_database(cluster)
    try:
        set_up_board(db)
        with tempfile.TemporaryDirectory() as folder:
            ready = import_article(db, Path(folder))
            blocked = import_article(db, Path(folder))
        review(db, ready)
        review(db, blocked, skip=1)
        with desk(db, ADMIN) as admin:
            users = {u.name: u.id for u in admin.users.list_users()}
        yield Board(db, users, ready, blocked)
    finally:
        drop_team_database(db)


def refused(board: Board, name: str, *statements: str, error: type[psycopg.Error] = errors.InsufficientPrivilege,
            params: dict | None = None) -> str:
    """Run the statements in one transaction as ``name``: the database refuses (at the latest at commit)."""
    with board.connect(name) as conn, pytest.raises(error) as info, conn.transaction():
        for statement in statements:
            conn.execute(statement, params)
    return str(info.value)


APPROVE = ("UPDATE article SET status = 'Approved', approved_revision_id = current_revision_id, "
           "approved_at = now(), version = version + 1 WHERE id = %(a)s")
RECORD = ("INSERT INTO transition (article_id, from_status, to_status, user_id, at, reason) "
          "VALUES (%(a)s, 'Under Review', 'Approved', %(u)s, now(), '')")


def test_a_reviewer_cannot_approve(board: Board) -> None:
    message = refused(board, "rita", APPROVE, params={"a": board.ready})
    assert message.startswith("role: rita may not approve")
    assert board.status(board.ready) == "Under Review"


def test_an_approval_needs_the_signature_written_by_the_database(board: Board) -> None:
    params = {"a": board.ready, "u": board.users["ana"]}
    assert "must be recorded as a transition" in refused(board, "ana", APPROVE, params=params)
    assert refused(board, "ana", APPROVE, RECORD, params=params).startswith(
        "electronic signature: an approval needs the approver's signature")
    message = refused(board, "ana", "INSERT INTO signature (article_id, revision_id, content_hash, user_id, "
                      "printed_name, role, meaning, signed_at) SELECT id, current_revision_id, 'x', %(u)s, 'Dr. Ana', "
                      "'approver', 'Approved', now() FROM article WHERE id = %(a)s", params=params)
    assert "permission denied for table signature" in message
    # the signing function checks the password inside the database
    wrong = refused(board, "ana", APPROVE, RECORD, "SELECT team_sign(%(a)s, 'not-anas-password', '', now(), 1)",
                    error=errors.InvalidPassword, params=params)
    assert "the password is wrong" in wrong
    # with her password, but bound to no approval event of her own in this transaction
    unbound = refused(board, "ana", APPROVE, RECORD, "SELECT team_sign(%(a)s, %(p)s, '', now(), 1)",
                      params=params | {"p": password_for("ana")})
    assert "bound to the approval event" in unbound
    assert board.status(board.ready) == "Under Review"


def test_the_approval_guards_hold_in_the_database(board: Board) -> None:
    message = refused(board, "ana", APPROVE, params={"a": board.blocked})
    assert message.startswith("approval blocked: 1 citation(s) without a verdict")
    # nor may an author send it back
    refused(board, "alan", "UPDATE article SET status = 'Submitted' WHERE id = %(a)s", params={"a": board.blocked})
    assert board.status(board.blocked) == "Under Review"


def test_separation_of_duties_in_the_database(board: Board) -> None:
    """Nobody approves what they last edited, and nobody names someone else as the last editor."""
    message = refused(board, "ana", "UPDATE article SET last_edited_by_id = %(rita)s WHERE id = %(a)s",
                      params={"a": board.ready, "rita": board.users["rita"]})
    assert message.startswith("separation of duties")
    message = refused(board, "ana", "UPDATE article SET last_edited_by_id = %(ana)s WHERE id = %(a)s", APPROVE,
                      params={"a": board.ready, "ana": board.users["ana"]})
    assert "nobody approves an article they last edited" in message


def test_audit_events_cannot_be_changed_or_deleted(board: Board) -> None:
    assert "permission denied for table audit_event" in refused(board, "rita", "UPDATE audit_event SET actor = 'x'")
    assert "permission denied for table audit_event" in refused(board, "rita", "DELETE FROM audit_event")
    # not even the owner: the append-only trigger of the first migration
    with psycopg.connect(board.db.owner_url.replace("postgresql+psycopg", "postgresql")) as owner, \
            pytest.raises(errors.RaiseException, match="append-only"):
        owner.execute("UPDATE audit_event SET actor = 'x' WHERE id = 1")
    assert board.audit_intact()


def test_audit_events_only_in_ones_own_name(board: Board) -> None:
    insert = ("INSERT INTO audit_event (id, at, actor, action, entity, field, old_value, new_value, reason, "
              "prev_hash, hash) VALUES (100000, now(), 'ana', 'transition', 'article', '', '', '', '', '', '')")
    assert "permission denied for table audit_event" in refused(board, "rita", insert)
    message = refused(board, "rita", "SELECT team_append_event('ana', 'transition', 'article', 1, 1, 'status', "
                                     "'Under Review', 'Approved', '')")
    assert message.startswith("audit: rita may record events only in their own name")
    assert "permission denied for function team_write_event" in refused(
        board, "rita", "SELECT team_write_event('ana', 'transition', 'article', 1, 1, '', '', '', '')")
    assert refused(board, "rita", "UPDATE meta SET value = '1:00' WHERE key = 'audit_head'").startswith(
        "meta: audit_head is kept by the database")
    # in one's own name it is appended, hashed by the database as the program hashes it
    with board.connect("rita") as conn:
        conn.execute("SELECT team_append_event('rita', 'note', 'article', %s, %s, '', '', 'ünïcode \"quoted\"\n', "
                     "'by psql')", (board.ready, board.ready))
    assert board.audit_intact()


def test_verdicts_comments_and_transitions_only_as_oneself(board: Board) -> None:
    with board.connect("rita") as conn:
        claim_id, number = conn.execute(
            "SELECT ci.claim_id, ci.number FROM citation ci JOIN claim c ON c.id = ci.claim_id "
            "LEFT JOIN verdict v ON v.claim_id = ci.claim_id AND v.reference_number = ci.number "
            "WHERE c.article_id = %s AND v.id IS NULL", (board.blocked,)).fetchone()
        revision_id = conn.execute("SELECT current_revision_id FROM article WHERE id = %s",
                                   (board.blocked,)).fetchone()[0]
    params = {"c": claim_id, "n": number, "a": board.blocked, "r": revision_id, "ana": board.users["ana"],
              "rita": board.users["rita"], "alan": board.users["alan"]}
    verdict = ("INSERT INTO verdict (claim_id, reference_number, verdict, evidence, note, user_id, created_at, "
               "updated_at, claim_text_hash, needs_recheck) VALUES (%(c)s, %(n)s, 'supported', '', '', {}, now(), "
               "now(), '', false)")
    assert "in the name of the signed-in user (rita)" in refused(board, "rita", verdict.format("%(ana)s"),
                                                                  params=params)
    assert "permission denied for table verdict" in refused(board, "alan", verdict.format("%(alan)s"),
                                                             params=params)
    assert "in the name of the signed-in user (rita)" in refused(
        board, "rita", "UPDATE verdict SET user_id = %(ana)s WHERE user_id = %(rita)s", params=params)
    comment = ("INSERT INTO comment (article_id, revision_id, quote, prefix, suffix, anchor_score, orphaned, body, "
               "user_id, created_at, resolved) VALUES (%(a)s, %(r)s, '', '', '', 1, false, 'looks fine to me', "
               "%(ana)s, now(), false)")
    assert "in the name of the signed-in user (rita)" in refused(board, "rita", comment, params=params)
    transition = ("INSERT INTO transition (article_id, from_status, to_status, user_id, at, reason) "
                  "VALUES (%(a)s, 'Under Review', 'Submitted', %(ana)s, now(), 'ana said so')")
    assert "in the name of the signed-in user (rita)" in refused(board, "rita", transition, params=params)


def test_nobody_makes_themselves_admin(board: Board) -> None:
    admin_group = f"{board.db.name}_admin"
    assert "admin option" in refused(board, "rita", f'GRANT "{admin_group}" TO rita')
    assert "permission denied to set role" in refused(board, "rita", f'SET ROLE "{admin_group}"')
    assert "permission denied for table user" in refused(
        board, "rita", "UPDATE \"user\" SET role = 'admin' WHERE name = 'rita'")
    assert "permission denied" in refused(board, "rita", "ALTER ROLE rita CREATEROLE")
    assert refused(board, "rita", "SELECT team_set_password('ana', 'rita-knows-this-now')").startswith(
        "role: only an admin sets another user's password")
    assert refused(board, "rita", "SELECT team_create_login(id, 'a-password-of-hers') FROM \"user\" "
                                  "WHERE name = 'rita'").startswith("role: only an admin adds users")
    with board.db.cluster.superuser(board.db.name) as conn:
        assert conn.execute("SELECT role FROM \"user\" WHERE name = 'rita'").fetchone()[0] == "reviewer"


def test_password_hashes_cannot_be_read(board: Board) -> None:
    assert "permission denied for table team_password" in refused(board, "rita", "SELECT * FROM team_password")
    assert "permission denied for table pg_authid" in refused(board, "rita", "SELECT rolpassword FROM pg_authid")
    assert "permission denied for function team_password_matches" in refused(
        board, "rita", "SELECT team_password_matches(%(u)s, 'guess')", params={"u": board.users["ana"]})
    assert "a desk checks only its own user's password" in refused(
        board, "rita", "SELECT team_verify_password('ana', 'guess')")
    with board.connect("rita") as conn:
        stored = {r[0] for r in conn.execute('SELECT password_hash FROM "user"')}
    assert stored == {PASSWORD_MARKER}


def test_only_reviewers_replace_the_retraction_list(board: Board) -> None:
    assert "permission denied for table retraction" in refused(board, "alan", "DELETE FROM retraction")
    assert "permission denied for table library_record" in refused(board, "alan", "DELETE FROM library_record")
    with board.connect("rita") as conn:  # a reviewer may (the program audits when it does so)
        conn.execute("DELETE FROM retraction WHERE false")
