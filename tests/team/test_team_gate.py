"""Wrong passwords at a desk's connection count toward the lock, through the sign-in gate.

PostgreSQL refuses a wrong password before any of our tables are reached; the
desk then connects as ``<prefix>gate`` (a published password) and calls
``team_failed_sign_in``, the one thing that role may do.
"""

from __future__ import annotations

import json

import psycopg
import pytest
from psycopg import errors

from db.team import GATE_PASSWORD
from tests.cli.runner import run_cli
from tests.people import ADMIN, password_for
from tests.team.board import desk, set_up_board
from tests.team.conftest import TeamDatabase
from workstation.errors import SignInFailed
from workstation.facade import Workstation

pytestmark = pytest.mark.team

WRONG = "not-the-right-password"


def gate(db: TeamDatabase) -> psycopg.Connection:
    """A plain connection as the sign-in gate, as anyone who read the README could make."""
    return db.connect(f"{db.name}_gate", GATE_PASSWORD)


def sign_in_events(db: TeamDatabase, name: str) -> list[tuple[str, str]]:
    with db.cluster.superuser(db.name) as conn:
        return [(r[0], r[1]) for r in conn.execute(
            "SELECT action, actor FROM audit_event WHERE entity = 'user' AND action IN "
            "('user.sign_in_failed', 'user.locked') AND entity_id = (SELECT id FROM \"user\" WHERE name = %s) "
            "ORDER BY id", (name,))]


def failed_signins(db: TeamDatabase, name: str) -> int:
    with db.cluster.superuser(db.name) as conn:
        return conn.execute('SELECT failed_signins FROM "user" WHERE name = %s', (name,)).fetchone()[0]


def can_login(db: TeamDatabase, name: str) -> bool:
    with db.cluster.superuser(db.name) as conn:
        return bool(conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (name,)).fetchone()[0])


def user_listed(capsys: pytest.CaptureFixture[str], db: TeamDatabase, name: str) -> dict:
    code, out, err = run_cli(capsys, "--db", db.desk_url, "users", "list", "--json", "--as", ADMIN)
    assert code == 0, err
    return next(u for u in json.loads(out) if u["name"] == name)


def test_five_wrong_passwords_at_a_desk_lock_the_account(capsys: pytest.CaptureFixture[str],
                                                          team_db: TeamDatabase) -> None:
    set_up_board(team_db)
    with Workstation.open(team_db.desk_url) as ws:
        for left in (4, 3, 2, 1):
            with pytest.raises(SignInFailed, match=rf"wrong user name or password \({left} attempt\(s\) left"):
                ws.users.sign_in(name="rita", password=WRONG)
        with pytest.raises(SignInFailed, match="the account is locked until an admin unlocks it"):
            ws.users.sign_in(name="rita", password=WRONG)
        # the sixth, with the right password, is refused: the login is closed
        with pytest.raises(SignInFailed, match="locked or deactivated"):
            ws.users.sign_in(name="rita", password=password_for("rita"))
    assert not can_login(team_db, "rita")
    assert sign_in_events(team_db, "rita") == [("user.sign_in_failed", "rita")] * 5 + [("user.locked", "system")]
    listed = user_listed(capsys, team_db, "rita")
    assert listed["locked"] is True and listed["active"] is True
    with Workstation.open(team_db.owner_url) as owner:
        assert owner.audit.verify().ok

    code, _out, err = run_cli(capsys, "--db", team_db.desk_url, "users", "unlock", "rita", "--as", ADMIN)
    assert code == 0, err
    assert can_login(team_db, "rita")
    with desk(team_db, "rita") as ws:
        assert ws.signed_in == ("rita",)
    assert failed_signins(team_db, "rita") == 0


def test_a_successful_sign_in_starts_the_count_again(team_db: TeamDatabase) -> None:
    set_up_board(team_db)
    with Workstation.open(team_db.desk_url) as ws:
        for _ in range(3):
            with pytest.raises(SignInFailed, match="attempt"):
                ws.users.sign_in(name="ana", password=WRONG)
    assert failed_signins(team_db, "ana") == 3
    desk(team_db, "ana").close()
    assert failed_signins(team_db, "ana") == 0
    with Workstation.open(team_db.desk_url) as ws, pytest.raises(SignInFailed, match=r"\(4 attempt\(s\) left"):
        ws.users.sign_in(name="ana", password=WRONG)


def test_an_unknown_name_records_nothing(team_db: TeamDatabase) -> None:
    set_up_board(team_db)
    with team_db.cluster.superuser(team_db.name) as conn:
        before = conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    with Workstation.open(team_db.desk_url) as ws:
        with pytest.raises(SignInFailed) as info:
            ws.users.sign_in(name="nobody", password=WRONG)
        assert str(info.value) == "wrong user name or password"
        # the owner's role exists on the server, but is no user of the review database
        with pytest.raises(SignInFailed) as info:
            ws.users.sign_in(name=team_db.owner, password=WRONG)
        assert str(info.value) == "wrong user name or password"
    with team_db.cluster.superuser(team_db.name) as conn:
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone()[0] == before


def test_the_gate_can_only_count_a_failure(team_db: TeamDatabase) -> None:
    set_up_board(team_db)
    with team_db.cluster.superuser(team_db.name) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        functions = [r[0] for r in conn.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace "
            "AND p.proname LIKE 'team\\_%' AND p.proname <> 'team_failed_sign_in' "
            "AND p.prorettype <> 'trigger'::regtype ORDER BY 1")]
        head = conn.execute("SELECT count(*), max(id) FROM audit_event").fetchone()
    assert "audit_event" in tables and "team_password" in tables
    assert "team_append_event(text,text,text,integer,integer,text,text,text,text)" in functions
    assert "team_count_failure(integer)" in functions and "team_check_password(text)" in functions

    with gate(team_db) as conn:
        conn.autocommit = True
        for table in tables:
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT 1 FROM {table} LIMIT 1")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit_event (id, at, actor, action, entity, field, old_value, new_value, "
                         "reason, prev_hash, hash) VALUES (999, now(), 'x', 'x', 'x', '', '', '', '', '', '')")
        for function in functions:
            name, _, arguments = function.partition("(")
            nulls = ", ".join("NULL" for _ in arguments.rstrip(")").split(",")) if arguments != ")" else ""
            with pytest.raises(errors.InsufficientPrivilege, match="permission denied for function"):
                conn.execute(f"SELECT {name}({nulls})")
        assert conn.execute("SELECT team_failed_sign_in('nobody')").fetchone()[0] is None
        assert conn.execute("SELECT team_failed_sign_in(%s)", (team_db.owner,)).fetchone()[0] is None

    # a desk cannot count someone else's failures: only the gate calls team_failed_sign_in
    with team_db.connect("rita", password_for("rita")) as conn, pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SELECT team_failed_sign_in('ana')")
    with team_db.cluster.superuser(team_db.name) as conn:
        assert conn.execute("SELECT count(*), max(id) FROM audit_event").fetchone() == head
        assert conn.execute('SELECT sum(failed_signins) FROM "user"').fetchone()[0] == 0
