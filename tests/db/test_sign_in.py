"""Identity on both backends: the first admin, sign-in, locks, passwords, user administration."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.tables import AuditEvent
from tests.conftest import SEEDS
from tests.people import ADMIN, ADMIN_PASSWORD, add_person, password_for
from workstation.errors import (
    NotFound,
    PermissionDenied,
    SignInFailed,
    SignInRequired,
    ValidationError,
)
from workstation.passwords import password_problem
from workstation.users import MAX_FAILED_SIGNINS


def user_events(ws) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(actor, action, reason) of every event about people, oldest first."""
    with ws._read() as session:
        rows = session.execute(
            select(AuditEvent.actor, AuditEvent.action, AuditEvent.reason)
            .where(AuditEvent.entity == "user").order_by(AuditEvent.id)
        ).all()
    return [tuple(r) for r in rows]


def test_the_first_user_is_an_admin_with_a_password(ws) -> None:  # type: ignore[no-untyped-def]
    assert not ws.users.has_users()
    with pytest.raises(ValidationError, match="first user of a database must be an admin"):
        ws.users.add_user(name="rita", role="reviewer", password=password_for("rita"))
    with pytest.raises(ValidationError, match="first admin needs one"):
        ws.users.add_user(name=ADMIN, role="admin")
    ws.users.add_user(name=ADMIN, role="admin", password=ADMIN_PASSWORD)
    assert ws.users.has_users()
    # From now on only a signed-in admin adds users.
    with pytest.raises(SignInRequired):
        ws.users.add_user(name="mallory", role="admin", password="mallory-passphrase")
    with pytest.raises(SignInRequired, match="admin has not signed in"):
        ws.users.add_user(name="mallory", role="admin", password="mallory-passphrase", by=ADMIN)
    ws.users.sign_in(name=ADMIN, password=ADMIN_PASSWORD)
    add_person(ws, "rita", "reviewer")
    with pytest.raises(PermissionDenied, match="only an admin may add users; rita is reviewer"):
        ws.users.add_user(name="mallory", role="admin", password="mallory-passphrase", by="rita")
    assert [u.name for u in ws.users.list_users()] == [ADMIN, "rita"]


@pytest.mark.parametrize(("password", "problem"), [
    ("", "at least 8"), ("seven77", "at least 8"), ("password", "commonly used"), ("Qwerty123", "commonly used"),
    ("iloveyou", "commonly used"), ("rita-reviews", None), ("x" * 300, "at most 256"),
])
def test_password_rules(password: str, problem: str | None) -> None:
    found = password_problem(password, user_name="someone")
    assert (found is None) if problem is None else (problem in found)
    assert "user name" in (password_problem("longusername", user_name="LongUserName") or "")


def test_nothing_changes_without_a_signed_in_user(ws) -> None:  # type: ignore[no-untyped-def]
    # A new file needs no sign-in: the first import and the first admin.
    assert len(ws.library.import_files(paths=[next(SEEDS.glob("004_*"))]).imported) == 1
    add_person(ws, "rita", "reviewer", sign_in=False)
    claim = next(c for c in ws.library.get_article(article_id=1).claims if c.citations)
    with pytest.raises(SignInRequired, match="sign-in required: rita has not signed in"):
        ws.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="supported", user="rita")
    with pytest.raises(SignInRequired, match="sign-in required"):
        ws.library.import_files(paths=[next(SEEDS.glob("001_*"))])
    with pytest.raises(SignInRequired):
        ws.workflow.transition(article_id=1, to="Under Review", user="rita")
    assert ws.library.get_article(article_id=1).summary.status == "Submitted"
    assert ws.library.count_articles() == 1
    ws.users.sign_in(name="rita", password=password_for("rita"))
    ws.workflow.transition(article_id=1, to="Under Review", user="rita")
    ws.users.sign_out(name="rita")
    with pytest.raises(SignInRequired):
        ws.workflow.transition(article_id=1, to="Submitted", user="rita", reason="needs work")


def test_five_wrong_passwords_lock_the_account_until_an_admin_unlocks_it(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer", sign_in=False)
    for attempt in range(1, MAX_FAILED_SIGNINS):
        with pytest.raises(SignInFailed, match=f"{MAX_FAILED_SIGNINS - attempt} attempt"):
            ws.users.sign_in(name="rita", password="not her password")
    ws.users.sign_in(name="rita", password=password_for("rita"))  # a success resets the count
    ws.users.sign_out(name="rita")
    for _ in range(MAX_FAILED_SIGNINS - 1):
        with pytest.raises(SignInFailed):
            ws.users.sign_in(name="rita", password="not her password")
    with pytest.raises(SignInFailed, match="now locked"):
        ws.users.sign_in(name="rita", password="not her password")
    with pytest.raises(SignInFailed, match="locked"):  # even the right password
        ws.users.sign_in(name="rita", password=password_for("rita"))
    assert ws.users.get_user(name="rita").locked
    add_person(ws, "rev", "reviewer")
    with pytest.raises(PermissionDenied, match="only an admin may unlock accounts; rev is reviewer"):
        ws.users.unlock_user(name="rita", by="rev")
    ws.users.unlock_user(name="rita", by=ADMIN)
    assert ws.users.sign_in(name="rita", password=password_for("rita")).name == "rita"
    actions = [action for _actor, action, _reason in user_events(ws)]
    assert actions.count("user.sign_in_failed") == 2 * (MAX_FAILED_SIGNINS - 1) + 2
    assert actions.count("user.locked") == 1 and actions.count("user.unlocked") == 1
    assert actions[-1] == "user.sign_in"
    assert ws.audit.verify().ok


def test_a_signed_in_user_locked_elsewhere_can_no_longer_act(ws, db_url) -> None:  # type: ignore[no-untyped-def]
    from workstation.facade import Workstation

    add_person(ws, "rita", "reviewer")
    with Workstation.open(db_url) as other_desk:
        for _ in range(MAX_FAILED_SIGNINS):
            with pytest.raises(SignInFailed):
                other_desk.users.sign_in(name="rita", password="guessing")
    with pytest.raises(SignInFailed, match="locked"):
        ws.workflow.set_review_interval(months=6, user="rita")


def test_unknown_and_deactivated_users_cannot_sign_in(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    with pytest.raises(SignInFailed, match="wrong user name or password"):
        ws.users.sign_in(name="nobody", password="whatever-it-is")
    ws.users.deactivate_user(name="rita", by=ADMIN)
    with pytest.raises(SignInFailed, match="deactivated"):
        ws.users.sign_in(name="rita", password=password_for("rita"))
    with pytest.raises(NotFound):  # still signed in here, but no longer an active user
        ws.workflow.transition(article_id=1, to="Under Review", user="rita")
    assert [(u.name, u.active) for u in ws.users.list_users()] == [(ADMIN, True), ("rita", False)]
    assert [u.name for u in ws.users.list_users(include_inactive=False)] == [ADMIN]
    ws.users.reactivate_user(name="rita", by=ADMIN)
    ws.users.sign_in(name="rita", password=password_for("rita"))


def test_the_last_active_admin_stays(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    with pytest.raises(ValidationError, match="last active admin"):
        ws.users.set_role(name=ADMIN, role="reviewer", by=ADMIN)
    with pytest.raises(ValidationError, match="last active admin"):
        ws.users.deactivate_user(name=ADMIN, by=ADMIN)
    with pytest.raises(PermissionDenied, match="only an admin may change roles"):
        ws.users.set_role(name="rita", role="admin", by="rita")  # nobody makes themselves admin
    ws.users.set_role(name="rita", role="admin", by=ADMIN)
    ws.users.set_role(name=ADMIN, role="approver", by="rita")  # now there is another admin
    assert {u.name: u.role for u in ws.users.list_users()} == {ADMIN: "approver", "rita": "admin"}
    role_events = [(actor, action) for actor, action, _ in user_events(ws) if action == "user.role"]
    assert role_events == [(ADMIN, "user.role"), ("rita", "user.role")]


def test_an_admin_reset_forces_a_new_password(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    with pytest.raises(ValidationError, match="commonly used"):
        ws.users.reset_password(name="rita", new_password="password1", by=ADMIN)
    ws.users.reset_password(name="rita", new_password="temporary-passphrase", by=ADMIN)
    assert ws.users.get_user(name="rita").must_change_password
    with pytest.raises(SignInFailed):
        ws.users.sign_in(name="rita", password=password_for("rita"))  # the old one no longer works
    ws.users.sign_in(name="rita", password="temporary-passphrase")
    with pytest.raises(PermissionDenied, match="must choose a new password"):
        ws.workflow.transition(article_id=1, to="Under Review", user="rita")
    with pytest.raises(SignInFailed, match="current password is wrong"):
        ws.users.change_password(name="rita", old_password="guess-again", new_password="rita-new-passphrase")
    with pytest.raises(ValidationError, match="different from the current"):
        ws.users.change_password(name="rita", old_password="temporary-passphrase", new_password="temporary-passphrase")
    view = ws.users.change_password(name="rita", old_password="temporary-passphrase", new_password="rita-new-passphrase").user
    assert not view.must_change_password
    ws.users.sign_out()
    ws.users.sign_in(name="rita", password="rita-new-passphrase")
    actions = [action for _a, action, _r in user_events(ws)]
    assert "user.password_reset" in actions and "user.password_changed" in actions


def test_sign_ins_and_outs_are_audited_under_the_authenticated_name(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    ws.users.sign_out(name="rita")
    events = user_events(ws)
    assert (ADMIN, "user.sign_in", "") in events
    assert ("rita", "user.sign_in", "") in events
    assert events[-1] == ("rita", "user.sign_out", "")
    assert ws.signed_in == (ADMIN,)


def test_idle_lock_is_an_admin_setting(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    assert ws.users.idle_lock_minutes() == 15
    with pytest.raises(PermissionDenied):
        ws.users.set_idle_lock_minutes(minutes=60, by="rita")
    with pytest.raises(ValidationError):
        ws.users.set_idle_lock_minutes(minutes=-1, by=ADMIN)
    ws.users.set_idle_lock_minutes(minutes=5, by=ADMIN)
    assert ws.users.idle_lock_minutes() == 5


def test_signing_out_ends_the_undo_history_at_this_desk(seeded) -> None:  # type: ignore[no-untyped-def]
    ws = seeded
    add_person(ws, "rita", "reviewer")
    claim = next(c for c in ws.library.get_article(article_id=5).claims if 1 in c.citations)
    ws.review.set_verdict(claim_id=claim.id, reference=1, verdict="supported", user="rita")
    ws.review.undo(user="rita")
    assert ws.review.redo_label() == "Set verdict"
    ws.review.redo(user="rita")
    assert ws.review.undo_label() == "Set verdict"
    ws.users.sign_out(name="rita")
    # The next person at the desk cannot take back (or repeat) what rita did.
    add_person(ws, "ana", "approver")
    assert ws.review.undo_label() is None and ws.review.redo_label() is None
    with pytest.raises(ValidationError, match="nothing to undo"):
        ws.review.undo(user="ana")
    verdicts = next(c for c in ws.library.get_article(article_id=5).claims if c.id == claim.id).verdicts
    assert [(v.reviewer, v.verdict) for v in verdicts if v.reference == 1] == [("rita", "supported")]
