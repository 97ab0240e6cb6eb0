"""Which workflow steps a user may take on an article now, and why not (the window's menu, the command line)."""

from __future__ import annotations

from sqlmodel import Session

from db.tables import Article, User
from workstation.messages import message
from workstation.views_workflow import ActionState
from workstation.workflow import (
    ACTIONS,
    blockers_summary,
    permission_refusal,
    run_guards,
)


def action_states(session: Session, article: Article, actor: User) -> list[ActionState]:
    """Each workflow action with whether ``actor`` may take it on ``article`` now and, if not, why."""
    states = []
    for action in ACTIONS:
        reason = ""
        items: tuple[str, ...] = ()
        if article.status != action.source:
            reason = message("workflow.only-from", action=action.label, source=action.source, status=article.status)
        else:
            reason = permission_refusal(
                action, role=actor.role, user_id=actor.id, created_by_id=article.created_by_id,
                last_edited_by_id=article.last_edited_by_id,
            ) or ""
        if action.needs_signature and article.status == action.source:  # the blockers of a step one may take
            results = run_guards(session, article.id, article.current_revision_id)  # type: ignore[arg-type]
            items = tuple(item for _guard, found in results for item in found)
            if not reason and results:
                reason = blockers_summary(results)
            if not reason and not actor.password_hash:
                reason = message("signature.no-password", user=actor.name)
        states.append(ActionState(
            action=action.name, label=action.label, to=action.target, enabled=not reason,
            reason=reason, needs_reason=action.needs_reason,
            needs_signature=action.needs_signature, open_items=items,
        ))
    return states


__all__ = ["action_states"]
