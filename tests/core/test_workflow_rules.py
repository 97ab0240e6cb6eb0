"""The workflow's state machine and permission table, without a database."""

from __future__ import annotations

from datetime import date

import pytest

from workstation.model import ROLES, STATUSES
from workstation.workflow import (
    ACTIONS,
    ACTIONS_BY_NAME,
    APPROVAL_GUARDS,
    APPROVED,
    SUBMITTED,
    UNDER_REVIEW,
    action_for,
    add_months,
    permission_refusal,
    reason_refusal,
    role_refusal,
    separation_refusal,
    step_refusal,
)

EXPECTED_STEPS = {
    (SUBMITTED, UNDER_REVIEW): "start_review",
    (UNDER_REVIEW, SUBMITTED): "request_changes",
    (UNDER_REVIEW, APPROVED): "approve",
    (APPROVED, UNDER_REVIEW): "reopen",
}


@pytest.mark.parametrize("source", STATUSES)
@pytest.mark.parametrize("target", STATUSES)
def test_transition_table_is_exactly_the_four_steps(source: str, target: str) -> None:
    action = action_for(source, target)
    expected = EXPECTED_STEPS.get((source, target))
    assert (action.name if action else None) == expected
    assert (step_refusal(source, target) is None) == (expected is not None)


def test_refusals_name_the_rule() -> None:
    assert step_refusal(APPROVED, APPROVED) == "workflow: the article is already Approved"
    refusal = step_refusal(SUBMITTED, APPROVED)
    assert refusal is not None and refusal.startswith("workflow: no step from Submitted to Approved")
    assert "Under Review" in refusal


ALLOWED = {
    "author": set(),
    "reviewer": {"start_review", "request_changes", "reopen"},
    "approver": {"start_review", "request_changes", "approve", "reopen"},
    "admin": {"start_review", "request_changes", "approve", "reopen"},
}


@pytest.mark.parametrize("role", ROLES)
def test_role_permissions(role: str) -> None:
    for action in ACTIONS:
        refusal = role_refusal(action, role)
        assert (refusal is None) == (action.name in ALLOWED[role]), (role, action.name)
        if refusal:
            assert refusal.startswith("role: ") and role in refusal


def test_authors_never_start_review_or_approve() -> None:
    for name in ("start_review", "approve"):
        assert role_refusal(ACTIONS_BY_NAME[name], "author") is not None


@pytest.mark.parametrize("role", ["approver", "admin"])
def test_separation_of_duties_binds_every_role(role: str) -> None:
    approve = ACTIONS_BY_NAME["approve"]
    authored = permission_refusal(approve, role=role, user_id=7, created_by_id=7, last_edited_by_id=None)
    assert authored == "separation of duties: nobody approves an article they authored"
    edited = permission_refusal(approve, role=role, user_id=7, created_by_id=3, last_edited_by_id=7)
    assert edited == "separation of duties: nobody approves an article they last edited"
    assert permission_refusal(approve, role=role, user_id=7, created_by_id=3, last_edited_by_id=4) is None
    assert permission_refusal(approve, role=role, user_id=7, created_by_id=None, last_edited_by_id=None) is None


def test_separation_of_duties_concerns_approval_only() -> None:
    for name in ("start_review", "request_changes", "reopen"):
        assert separation_refusal(ACTIONS_BY_NAME[name], user_id=1, created_by_id=1, last_edited_by_id=1) is None


def test_reason_required_for_request_changes_and_reopen() -> None:
    for action in ACTIONS:
        needs = action.name in ("request_changes", "reopen")
        assert action.needs_reason == needs
        assert (reason_refusal(action, "  ") is not None) == needs
        assert reason_refusal(action, "the dosage is wrong") is None
    assert [a.name for a in ACTIONS if a.needs_signature] == ["approve"]


def test_approval_guards_are_pluggable_and_named() -> None:
    assert [g.name for g in APPROVAL_GUARDS] == [
        "missing_verdicts", "open_error_findings", "unresolved_negative_verdicts",
    ]


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2025, 3, 1), 12, date(2026, 3, 1)),
        (date(2025, 1, 31), 1, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2025, 11, 15), 3, date(2026, 2, 15)),
        (date(2025, 12, 31), 24, date(2027, 12, 31)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
