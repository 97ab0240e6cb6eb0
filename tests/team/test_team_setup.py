"""team init and user administration on a team database, through the command line and the facade."""

from __future__ import annotations

import json

import psycopg
import pytest

from tests.cli.runner import run_cli
from tests.people import ADMIN, ADMIN_PASSWORD, password_for
from tests.team.conftest import TeamDatabase
from workstation.errors import PermissionDenied, SignInFailed, SignInRequired, ValidationError
from workstation.facade import Workstation

pytestmark = pytest.mark.team


def init(capsys: pytest.CaptureFixture[str], db: TeamDatabase) -> dict:
    code, out, err = run_cli(capsys, "--db", db.owner_url, "team", "init", "--json")
    assert code == 0, err
    return json.loads(out)


def setup_board(capsys: pytest.CaptureFixture[str], db: TeamDatabase) -> None:
    """team init, the first admin by the owner, then the admin adds the board from a desk."""
    init(capsys, db)
    code, _out, err = run_cli(capsys, "--db", db.owner_url, "users", "add", ADMIN, "--role", "admin",
                              "--password", ADMIN_PASSWORD)
    assert code == 0, err
    for name, role in (("rita", "reviewer"), ("ana", "approver"), ("alan", "author")):
        code, _out, err = run_cli(capsys, "--db", db.desk_url, "users", "add", name, "--role", role,
                                  "--password", password_for(name), "--as", ADMIN)
        assert code == 0, err


def memberships(db: TeamDatabase, role: str) -> set[str]:
    with db.cluster.superuser(db.name) as conn:
        return {r[0] for r in conn.execute(
            "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = %s", (role,)
        )}


def can_login(db: TeamDatabase, role: str) -> bool:
    with db.cluster.superuser(db.name) as conn:
        return bool(conn.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (role,)).fetchone()[0])


def test_team_init_twice_is_idempotent(capsys: pytest.CaptureFixture[str], team_db: TeamDatabase) -> None:
    first = init(capsys, team_db)
    again = init(capsys, team_db)
    assert first["ok"] is True and again == first
    assert first["role_prefix"] == f"{team_db.name}_"
    with team_db.cluster.superuser(team_db.name) as conn:
        groups = {r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                              (f"{team_db.name}\\_%",))}
        triggers = {r[0] for r in conn.execute("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'team\\_%'")}
        extension = conn.execute("SELECT count(*) FROM pg_extension WHERE extname = 'pgcrypto'").fetchone()[0]
    assert {f"{team_db.name}_{g}" for g in ("member", "author", "reviewer", "approver", "admin")} <= groups
    assert {"team_article_guard", "team_article_recorded", "team_user_guard", "team_verdict_guard"} <= triggers
    assert extension == 1


def test_team_init_needs_postgresql_and_the_owner(capsys: pytest.CaptureFixture[str], team_db: TeamDatabase,
                                                  tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = run_cli(capsys, "--db", str(tmp_path / "one-desk.db"), "team", "init")
    assert code == 1 and "PostgreSQL" in err
    init(capsys, team_db)
    code, _out, err = run_cli(capsys, "--db", team_db.desk_url, "team", "init")
    assert code == 1 and "owner" in err


def test_users_get_login_roles_that_follow_role_changes_and_locks(
    capsys: pytest.CaptureFixture[str], team_db: TeamDatabase,
) -> None:
    setup_board(capsys, team_db)
    prefix = f"{team_db.name}_"
    assert memberships(team_db, "rita") == {prefix + "reviewer"}
    assert memberships(team_db, ADMIN) == {prefix + "admin"}
    assert can_login(team_db, "rita")

    with Workstation.open(team_db.desk_url) as desk:
        desk.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)
        desk.users.set_role(name="rita", role="approver", by=ADMIN)
        assert memberships(team_db, "rita") == {prefix + "approver"}
        desk.users.deactivate_user(name="rita", by=ADMIN)
        assert not can_login(team_db, "rita")
        desk.users.reactivate_user(name="rita", by=ADMIN)
        assert can_login(team_db, "rita")
        with pytest.raises(ValidationError, match="already exists"):
            desk.users.add_user(name=team_db.owner, role="reviewer", password="a-long-enough-pass", by=ADMIN)

    # the server checks the password: the new login works, a wrong one does not
    team_db.connect("rita", password_for("rita")).close()
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        team_db.connect("rita", "not-ritas-password")

    # five wrong passwords at the lock screen lock the account and close its login
    with Workstation.open(team_db.desk_url) as desk:
        desk.users.sign_in(name="rita", password=password_for("rita"))
        for _ in range(4):
            with pytest.raises(SignInFailed, match="attempt"):
                desk.users.sign_in(name="rita", password="wrong-password-here")
        with pytest.raises(SignInFailed, match="locked"):
            desk.users.sign_in(name="rita", password="wrong-password-here")
        with pytest.raises(SignInRequired):
            desk.users.list_users()
    assert not can_login(team_db, "rita")
    with Workstation.open(team_db.desk_url) as desk, pytest.raises(SignInFailed, match="locked or deactivated"):
        desk.users.sign_in(name="rita", password=password_for("rita"))
    code, _out, err = run_cli(capsys, "--db", team_db.desk_url, "users", "unlock", "rita", "--as", ADMIN)
    assert code == 0, err
    assert can_login(team_db, "rita")


def test_desk_sign_in_is_checked_by_postgresql(capsys: pytest.CaptureFixture[str], team_db: TeamDatabase) -> None:
    setup_board(capsys, team_db)
    with Workstation.open(team_db.desk_url) as desk:
        with pytest.raises(SignInRequired, match="connects as the person who signs in"):
            desk.library.list_articles()
        with pytest.raises(SignInFailed, match="wrong user name or password"):
            desk.users.sign_in(name="rita", password="not-ritas-password")
        with pytest.raises(SignInFailed, match="wrong user name or password"):
            desk.users.sign_in(name="nobody", password="whatever-it-is")
        view = desk.users.sign_in(name="rita", password=password_for("rita"))
        assert view.role == "reviewer" and desk.signed_in == ("rita",)
        with desk.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT session_user").scalar() == "rita"
        events = _events(desk)
        assert ("rita", "user.sign_in") in events
        assert desk.audit.verify().ok
    # a URL naming her own login works too; the password is checked inside the database
    own = team_db.desk_url.replace("://", f"://rita:{password_for('rita')}@")
    with Workstation.open(own) as desk:
        with pytest.raises(SignInFailed, match="attempt"):
            desk.users.sign_in(name="rita", password="not-ritas-password")
        assert desk.users.sign_in(name="rita", password=password_for("rita")).name == "rita"
        with pytest.raises(ValidationError, match="owner"):
            desk.team.init()
    # the command line signs in the same way
    code, out, err = run_cli(capsys, "--db", team_db.desk_url, "users", "list", "--json", "--as", "rita")
    assert code == 0, err
    assert {u["name"] for u in json.loads(out)} == {ADMIN, "rita", "ana", "alan"}
    code, _out, err = run_cli(capsys, "--db", team_db.desk_url, "users", "list", "--as", "rita",
                              password="not-ritas-password")
    assert code == 1 and "wrong user name or password" in err


def test_password_change_at_a_desk_changes_the_login(capsys: pytest.CaptureFixture[str],
                                                     team_db: TeamDatabase) -> None:
    setup_board(capsys, team_db)
    new = "rita-has-a-new-passphrase"
    with Workstation.open(team_db.desk_url) as desk:
        desk.users.sign_in(name="rita", password=password_for("rita"))
        with pytest.raises(SignInFailed, match="current password is wrong"):
            desk.users.change_password(name="rita", old_password="not-ritas-password", new_password=new)
        desk.users.change_password(name="rita", old_password=password_for("rita"), new_password=new)
        assert desk.users.list_users()  # the desk keeps working on its new login password
    team_db.connect("rita", new).close()
    with pytest.raises(psycopg.OperationalError):
        team_db.connect("rita", password_for("rita"))

    # an admin's reset sets the login's password too, and the user must choose a new one
    reset = "reset-by-the-admin-2026"
    code, _out, err = run_cli(capsys, "--db", team_db.desk_url, "users", "passwd", "rita", "--new-password", reset,
                              "--as", ADMIN)
    assert code == 0, err
    with Workstation.open(team_db.desk_url) as desk:
        assert desk.users.sign_in(name="rita", password=reset).must_change_password
        with pytest.raises(PermissionDenied, match="must choose a new password"):
            desk.review.add_comment(article_id=1, body="anything", user="rita")
        view = desk.users.change_password(name="rita", old_password=reset, new_password="rita-chose-this-one").user
        assert not view.must_change_password


def _events(ws: Workstation) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from db.tables import AuditEvent

    with ws._read() as session:
        return [tuple(r) for r in session.execute(select(AuditEvent.actor, AuditEvent.action).order_by(AuditEvent.id))]


def test_a_database_with_users_becomes_a_team_database(team_db: TeamDatabase) -> None:
    """Users from before team init keep their accounts; each desk login opens once a password is set."""
    with Workstation.open(team_db.owner_url) as owner:
        owner.users.add_user(name=ADMIN, role="admin", password=ADMIN_PASSWORD)
        owner.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)
        owner.users.add_user(name="rita", role="reviewer", password=password_for("rita"), by=ADMIN)
        setup = owner.team.init()
        assert setup.users_without_login == (ADMIN, "rita")
    assert not can_login(team_db, "rita")
    with Workstation.open(team_db.owner_url) as owner:
        owner.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)  # the program still reads the old hash here
        owner.users.change_password(name=ADMIN, old_password=ADMIN_PASSWORD, new_password="a-new-admin-passphrase")
        owner.users.reset_password(name="rita", new_password="rita-reset-by-admin", by=ADMIN)
    assert can_login(team_db, ADMIN) and can_login(team_db, "rita")
    with Workstation.open(team_db.desk_url) as desk:
        assert desk.users.sign_in(name="rita", password="rita-reset-by-admin").must_change_password
    with Workstation.open(team_db.owner_url) as owner:
        assert owner.team.init().users_without_login == ()
