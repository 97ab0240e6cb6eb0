"""Property: over random sequences of (user, target) steps, no illegal transition ever succeeds,
every refusal is in the audit trail, and the hash chain still verifies at the end."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.db.test_workflow import PASSWORD, USERS, add_users, make_article
from workstation.errors import PermissionDenied, SignInRequired, WorkflowError
from workstation.model import STATUSES
from workstation.workflow import APPROVED, action_for

AUTHOR, LAST_EDITOR = "appr2", "adm"  # an approver who wrote the article, an admin who last edited it

steps = st.lists(
    st.tuples(
        st.sampled_from(sorted(USERS)),
        st.sampled_from([*STATUSES, "under-review", "approved"]),
        st.booleans(),  # gives a reason
        st.sampled_from([PASSWORD, "wrong-password", None]),
    ),
    min_size=1,
    max_size=12,
)


def expected_ok(status: str, user: str, target: str, has_reason: bool, password: str | None) -> bool:
    """The rules, stated independently of the implementation."""
    action = action_for(status, target)
    if action is None:
        return False
    role = USERS[user]
    if role == "author" or user == "nopw":  # nopw has no password, so never signs in
        return False
    if action.target == APPROVED:
        if role == "reviewer" or user in (AUTHOR, LAST_EDITOR):
            return False
        if user == "nopw" or password != PASSWORD:
            return False
    return not (action.needs_reason and not has_reason)


def test_random_steps_never_break_the_rules(ws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    add_users(ws)
    examples = 60 if ws.backend == "sqlite" else 20
    totals = {"ok": 0, "refused": 0}

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(steps)
    def run(sequence: list[tuple[str, str, bool, str | None]]) -> None:
        aid = make_article(ws, tmp_path, author=AUTHOR, last_editor=LAST_EDITOR)
        status = "Submitted"
        for user, to, has_reason, password in sequence:
            target = {"under-review": "Under Review", "approved": "Approved"}.get(to, to)
            ok = expected_ok(status, user, target, has_reason, password)
            events_before = len(ws.workflow.history(article_id=aid))
            try:
                result = ws.workflow.transition(article_id=aid, to=to, user=user,
                                                reason="because" if has_reason else "", password=password)
            except (PermissionDenied, WorkflowError) as exc:
                assert not ok, f"{user} {status}→{target} was refused: {exc}"
                history = ws.workflow.history(article_id=aid)
                if isinstance(exc, SignInRequired):  # nobody authenticated: nothing to record against a name
                    assert user == "nopw" and len(history) == events_before
                    totals["refused"] += 1
                    continue
                assert len(history) == events_before + 1
                refusal = history[-1]
                assert (refusal.action, refusal.actor, refusal.old, refusal.new) == (
                    "transition.refused", user, status, target)
                assert refusal.reason.startswith(str(exc))
                totals["refused"] += 1
            else:
                assert ok, f"{user} moved the article {status}→{target} against the rules"
                assert result.status == target
                status = target
                totals["ok"] += 1
            assert ws.library.get_article(article_id=aid).summary.status == status

    run()
    assert totals["ok"] and totals["refused"]
    result = ws.audit.verify()
    assert result.ok, result
