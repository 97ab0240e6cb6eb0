"""The facade as managers: each area on its own object, one typed change protocol, one change feed."""

from __future__ import annotations

import inspect
import threading

import pytest

from tests.people import ADMIN, add_person, board
from tests.review_helpers import REVIEWER, add_team
from workstation.changes import ChangeResult, OpChanges, changes_of
from workstation.facade import Workstation
from workstation.facade.base import FacadeBase
from workstation.facade.manager import Manager
from workstation.users import UserChange

MANAGERS = ("library", "review", "workflow", "references", "export", "users", "notifications", "audit", "backups",
            "team")
WAIT_S = 10  # a bound for a broken feed, never a delay


def test_workstation_is_its_core_and_managers_only(ws) -> None:  # type: ignore[no-untyped-def]
    assert not [name for name in vars(Workstation) if not name.startswith("_")]  # no flat operations
    public_core = {name for name in vars(FacadeBase) if not name.startswith("_")}
    assert public_core == {"open", "engine", "close", "backend", "team_mode", "signed_in", "listen"}
    for name in MANAGERS:
        manager = getattr(ws, name)
        assert isinstance(manager, Manager) and manager._core is ws
    # No operation lives on two managers, so there is one place to look for each.
    seen: dict[str, str] = {}
    for name in MANAGERS:
        for op, _ in inspect.getmembers(type(getattr(ws, name)), inspect.isfunction):
            if not op.startswith("_") and not hasattr(Manager, op):
                assert op not in seen, f"{op} on both ws.{seen[op]} and ws.{name}"
                seen[op] = name


def test_the_review_manager_owns_the_undo_history_of_its_desk(seeded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    add_team(seeded)
    claim = next(c for c in seeded.library.get_article(article_id=1).claims if c.citations)
    seeded.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="supported", user=REVIEWER)
    assert seeded.review.undo_stack.undo_label() == seeded.review.undo_label() == "Set verdict"
    with board(db_url) as other:
        assert other.review.undo_label() is None  # another desk's history is its own
    seeded.users.sign_out(name=REVIEWER)
    assert seeded.review.undo_label() is None  # whoever signs in next cannot undo it


def test_mutations_say_what_they_changed_in_one_type(seeded) -> None:  # type: ignore[no-untyped-def]
    ws = seeded
    add_team(ws)
    result = ws.workflow.transition(article_id=1, to="Under Review", user=REVIEWER)
    assert isinstance(result, ChangeResult) and changes_of(result) == result.changes and result.changes.workflow
    claim = next(c for c in ws.library.get_article(article_id=1).claims if c.citations)
    verdict = ws.review.set_verdict(claim_id=claim.id, reference=claim.citations[0], verdict="supported",
                                    user=REVIEWER)
    assert changes_of(verdict) is verdict and verdict.claims == {claim.id}
    assert changes_of(ws.library.get_article(article_id=1)) is None  # a read changes nothing

    interval = ws.workflow.set_review_interval(months=6, user=ADMIN)
    assert isinstance(interval, OpChanges) and interval.event_ids
    idle = ws.users.set_idle_lock_minutes(minutes=20, by=ADMIN)
    assert isinstance(idle, OpChanges) and idle.users


def test_user_administration_returns_the_user_and_the_change(ws) -> None:  # type: ignore[no-untyped-def]
    add_person(ws, "rita", "reviewer")
    promoted = ws.users.set_role(name="rita", role="approver", by=ADMIN)
    assert isinstance(promoted, UserChange) and promoted.user.role == "approver" and promoted.changes.users
    again = ws.users.set_role(name="rita", role="approver", by=ADMIN)
    assert again.user.role == "approver" and again.changes == OpChanges()  # already so: nothing changed
    assert not ws.users.unlock_user(name="rita", by=ADMIN).changes.users  # was not locked
    assert changes_of(ws.users.deactivate_user(name="rita", by=ADMIN)) == OpChanges(users=True)


def test_listen_hears_other_desks_and_not_its_own_echo(seeded, db_url: str) -> None:  # type: ignore[no-untyped-def]
    ws = seeded
    add_team(ws)
    heard: list[OpChanges] = []
    arrived = threading.Condition()

    def deliver(changes: OpChanges) -> None:
        with arrived:
            heard.append(changes)
            arrived.notify_all()

    feed = ws.listen(deliver)
    feed.start()
    try:
        assert feed.connected.wait(WAIT_S)
        ws.workflow.transition(article_id=2, to="Under Review", user=REVIEWER)  # this desk's own change
        with board(db_url) as other:
            other.workflow.transition(article_id=3, to="Under Review", user=REVIEWER)
        with arrived:
            assert arrived.wait_for(lambda: any(3 in c.articles for c in heard), timeout=WAIT_S), heard
        assert all(2 not in c.articles for c in heard)  # its own transition was never delivered back
    finally:
        feed.stop()


@pytest.mark.parametrize("manager", MANAGERS)
def test_every_public_operation_has_a_docstring(ws, manager: str) -> None:  # type: ignore[no-untyped-def]
    for name, member in inspect.getmembers(type(getattr(ws, manager))):
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property)):
            assert (member.__doc__ or "").strip(), f"ws.{manager}.{name} has no docstring"
